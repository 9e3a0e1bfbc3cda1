/**
 * What the printed report and the spreadsheet of one assessment show: the assessment view
 * (already filtered by what the viewer may see), every development plan with its actions,
 * and the office's name. No "server-only" import: the router and its tests use it.
 */
import { eq } from "drizzle-orm";
import { partnership } from "~/db/schema";
import { getAssessmentView, listPlansWithActions } from "~/server/domain/mulighetsrom/view";
import type { PartnershipScope } from "~/server/domain/scope";

export async function assessmentReport(scope: PartnershipScope, input: { assessmentId: string }) {
  const { db, partnership: target } = scope;
  // The view throws NOT_FOUND for an assessment outside this partnership, before anything else is read.
  const { eligible: _eligible, me: _me, ...view } = await getAssessmentView(scope, { assessmentId: input.assessmentId });
  const [office] = await db
    .select({ officeName: partnership.officeName })
    .from(partnership)
    .where(eq(partnership.id, target.id))
    .limit(1);
  return {
    ...view,
    partnership: { slug: target.slug, officeName: office?.officeName ?? target.slug },
    plans: await listPlansWithActions(scope, { assessmentId: view.assessment.id }),
    generatedAt: new Date(),
  };
}

export type AssessmentReport = Awaited<ReturnType<typeof assessmentReport>>;
