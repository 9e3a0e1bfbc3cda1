import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction } from "~/db/connection";
import { assessmentArea } from "~/db/schema";
import { areaScores } from "~/db/schema/enums";
import { diffFields, recordAudit } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import { entityId, optionalText, rule, versionInput } from "~/lib/validation";
import { text } from "~/lib/i18n/text";
import { AREA_COUNT } from "~/lib/mulighetsrom/model";
import type { PartnershipScope } from "~/server/domain/scope";
import { areaRows, claimVersion, loadAssessment, requireOpen } from "./assessments";
import { consideredWithPriorities, priorityProblem } from "~/lib/mulighetsrom/priorities";

const areaNo = z
  .number(rule("mulighetsrom.errors.rules.invalidArea"))
  .int(rule("mulighetsrom.errors.rules.invalidArea"))
  .min(1, rule("mulighetsrom.errors.rules.invalidArea"))
  .max(AREA_COUNT, rule("mulighetsrom.errors.rules.invalidArea"));

export const setStatusesInput = z.object({
  assessmentId: entityId,
  version: versionInput,
  statuses: z
    .array(z.object({ areaNo, status: z.enum(areaScores, rule("mulighetsrom.errors.rules.chooseStatus")) }), rule("mulighetsrom.errors.rules.missingStatuses"))
    .max(AREA_COUNT, rule("mulighetsrom.errors.rules.tooManyAreas"))
    .refine((list) => new Set(list.map((s) => s.areaNo)).size === list.length, rule("mulighetsrom.errors.rules.oneStatusEach")),
});

/** The group's agreed status (colour) per area; one save for the whole table. */
export async function setAgreedStatuses(scope: PartnershipScope, input: z.infer<typeof setStatusesInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadAssessment(tx, partnershipId, input.assessmentId);
    requireOpen(row);
    const version = await claimVersion(tx, row.id, input.version);
    const current = new Map((await areaRows(tx, [row.id])).map((a) => [a.areaNo, a]));
    let changed = 0;
    for (const { areaNo: no, status } of input.statuses) {
      const before = current.get(no);
      if (!before || before.status === status) continue;
      await tx
        .update(assessmentArea)
        .set({ status, version: sql`${assessmentArea.version} + 1` })
        .where(eq(assessmentArea.id, before.id));
      await recordAudit(tx, actor, {
        partnershipId,
        entity: "assessment_area",
        entityId: before.id,
        action: "update",
        changes: { areaNo: no, status: { from: before.status, to: status } },
      });
      changed += 1;
    }
    return { version, changed };
  });
}

const areaList = (missing: "missingConsidered" | "missingPrioritised") =>
  z.array(areaNo, rule(`mulighetsrom.errors.rules.${missing}`)).max(AREA_COUNT, rule("mulighetsrom.errors.rules.tooManyAreas"));

export const setPrioritiesInput = z.object({
  assessmentId: entityId,
  version: versionInput,
  considered: areaList("missingConsidered"),
  prioritised: areaList("missingPrioritised"),
  main: areaNo.nullable(),
});

/** Which areas are considered and prioritised, and the main area, checked as a whole. */
export async function setPriorities(scope: PartnershipScope, input: z.infer<typeof setPrioritiesInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  const problem = priorityProblem(input);
  if (problem) throw invalid(problem.message, problem.field);
  return inTransaction(db, async (tx) => {
    const row = await loadAssessment(tx, partnershipId, input.assessmentId);
    requireOpen(row);
    const version = await claimVersion(tx, row.id, input.version);
    const considered = consideredWithPriorities(input);
    const prioritised = new Set(input.prioritised);
    for (const before of await areaRows(tx, [row.id])) {
      const next = {
        considered: considered.has(before.areaNo),
        prioritised: prioritised.has(before.areaNo),
        main: input.main === before.areaNo,
      };
      const changes = diffFields(before, next);
      if (Object.keys(changes).length === 0) continue;
      await tx
        .update(assessmentArea)
        .set({ ...next, version: sql`${assessmentArea.version} + 1` })
        .where(eq(assessmentArea.id, before.id));
      await recordAudit(tx, actor, {
        partnershipId,
        entity: "assessment_area",
        entityId: before.id,
        action: "update",
        changes: { areaNo: before.areaNo, ...changes },
      });
    }
    return { version };
  });
}

export const areaNotesInput = z.object({
  assessmentId: entityId,
  areaNo,
  version: versionInput,
  desiredSituation: optionalText("errors.labels.desiredSituation", 2000),
  barriers: optionalText("errors.labels.barriers", 2000),
  drivers: optionalText("errors.labels.drivers", 2000),
});

/** Ønsket situasjon, barrierer og drivere for an area the group works on. */
export async function updateAreaNotes(scope: PartnershipScope, input: z.infer<typeof areaNotesInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadAssessment(tx, partnershipId, input.assessmentId);
    requireOpen(row);
    const thisArea = and(eq(assessmentArea.assessmentId, row.id), eq(assessmentArea.areaNo, input.areaNo));
    const [before] = await tx.select().from(assessmentArea).where(thisArea).limit(1);
    if (!before) throw notFound(text("mulighetsrom.errors.areaNotFound"));
    const values = { desiredSituation: input.desiredSituation, barriers: input.barriers, drivers: input.drivers };
    const [updated] = await tx
      .update(assessmentArea)
      .set({ ...values, version: sql`${assessmentArea.version} + 1` })
      .where(and(thisArea, eq(assessmentArea.version, input.version)))
      .returning({ version: assessmentArea.version });
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "assessment_area",
      entityId: before.id,
      action: "update",
      changes: { areaNo: input.areaNo, ...diffFields(before, values) },
    });
    return updated;
  });
}
