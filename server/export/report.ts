/**
 * What the printed report and the spreadsheet of one assessment show: the assessment view
 * (already filtered by what the viewer may see), every development plan with its actions,
 * and the office's name. No "server-only" import: the router and its tests use it.
 */
import { eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { partnership } from "~/db/schema";
import type { PartnershipAccess } from "~/server/domain/access/roles";
import { getAssessmentView, listPlansWithActions } from "~/server/domain/mulighetsrom/view";

export function assessmentReport(
  db: Executor,
  target: { id: string; slug: string; fylkeId: string },
  assessmentId: string,
  viewer: { userId: string; access: PartnershipAccess },
) {
  // The view throws NOT_FOUND for an assessment outside this partnership, before anything else is read.
  const { eligible: _eligible, me: _me, ...view } = getAssessmentView(db, target, assessmentId, viewer);
  const office = db
    .select({ officeName: partnership.officeName })
    .from(partnership)
    .where(eq(partnership.id, target.id))
    .get();
  return {
    ...view,
    partnership: { slug: target.slug, officeName: office?.officeName ?? target.slug },
    plans: listPlansWithActions(db, target.id, view.assessment.id),
    generatedAt: new Date(),
  };
}

export type AssessmentReport = ReturnType<typeof assessmentReport>;
