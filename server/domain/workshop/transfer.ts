/**
 * The samling's self-assessment becomes the partnership's own only when its Nav-leder
 * takes it over: a new assessment whose agreed statuses are the office's answers (ADR 0009).
 */
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { assessment, assessmentArea, gathering, network, networkMember, workshopTask, workshopTransfer } from "~/db/schema";
import { recordAudit } from "~/server/domain/audit/record";
import { text } from "~/lib/i18n/text";
import { invalid, notFound } from "~/server/domain/errors";
import type { PartnershipScope } from "~/server/domain/scope";
import { areas } from "~/lib/mulighetsrom/areas";
import { entityId } from "~/lib/validation";
import { answerRows } from "./answers";
import { proposedStatuses, type AnswerRow } from "~/server/domain/network/results";

/** Self-assessment tasks of samlinger in networks the partnership belongs to, with the office's own answers. */
async function selfAssessmentTasks(db: Executor, partnershipId: string) {
  return db
    .select({
      taskId: workshopTask.id,
      taskStatus: workshopTask.status,
      gatheringId: gathering.id,
      gatheringTitle: gathering.title,
      startsOn: gathering.startsOn,
      networkSlug: network.slug,
      networkName: network.name,
    })
    .from(workshopTask)
    .innerJoin(gathering, eq(gathering.id, workshopTask.gatheringId))
    .innerJoin(network, eq(network.id, gathering.networkId))
    .innerJoin(networkMember, and(eq(networkMember.networkId, network.id), eq(networkMember.partnershipId, partnershipId)))
    .where(and(eq(workshopTask.kind, "selvvurdering"), eq(networkMember.status, "medlem")));
}

/** Closed self-assessments with enough answers from the office, not yet taken over. */
export async function pendingTransfers(scope: PartnershipScope) {
  return pendingTransfersOf(scope.db, scope.partnership.id);
}

/** The same for any partnership by id: the start page asks for each office a person reaches. */
export async function pendingTransfersOf(db: Executor, partnershipId: string) {
  const tasks = (await selfAssessmentTasks(db, partnershipId)).filter((t) => t.taskStatus === "lukket");
  if (tasks.length === 0) return [];
  const transferred = await db
    .select({ taskId: workshopTransfer.taskId })
    .from(workshopTransfer)
    .where(and(eq(workshopTransfer.partnershipId, partnershipId), inArray(workshopTransfer.taskId, tasks.map((t) => t.taskId))));
  const done = new Set(transferred.map((r) => r.taskId));
  const rows = await answerRows(db, tasks.map((t) => t.taskId));
  return tasks
    .filter((t) => !done.has(t.taskId))
    .map((t) => {
      const own = rows.filter((r) => r.taskId === t.taskId) as AnswerRow[];
      const proposal = proposedStatuses(own, partnershipId);
      return proposal ? { ...t, respondents: new Set(own.filter((r) => r.partnershipId === partnershipId).map((r) => r.participantId)).size, proposal: [...proposal.entries()].map(([areaNo, status]) => ({ areaNo, status })) } : null;
    })
    .filter((t) => t !== null);
}

export const transferInput = z.object({ taskId: entityId });

export async function transferSelfAssessment(scope: PartnershipScope, input: z.infer<typeof transferInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const task = (await selfAssessmentTasks(tx, target.id)).find((t) => t.taskId === input.taskId);
    if (!task) throw notFound(text("workshop.errors.selfAssessmentNotFound"));
    if (task.taskStatus !== "lukket") throw invalid(text("workshop.errors.transferAfterClose"));
    const [already] = await tx
      .select({ id: workshopTransfer.id })
      .from(workshopTransfer)
      .where(and(eq(workshopTransfer.taskId, task.taskId), eq(workshopTransfer.partnershipId, target.id)))
      .limit(1);
    if (already) throw invalid(text("workshop.errors.alreadyTransferred"));
    const proposal = proposedStatuses(await answerRows(tx, [task.taskId]), target.id);
    if (!proposal) throw invalid(text("workshop.errors.tooFewToTransfer"));
    const [made] = await tx
      .insert(assessment)
      .values({ partnershipId: target.id, heldOn: task.startsOn, occasion: `${task.gatheringTitle} (${task.networkName})`.slice(0, 200), createdByUserId: actor.userId })
      .returning();
    const created = made!;
    await tx
      .insert(assessmentArea)
      .values(areas.map((a) => ({ assessmentId: created.id, areaNo: a.no, status: proposal.get(a.no) ?? "ikke_vurdert" })));
    // No participants: the samling's answers are its input, and nobody is asked to score again.
    await tx.insert(workshopTransfer).values({ taskId: task.taskId, partnershipId: target.id, assessmentId: created.id, acceptedByUserId: actor.userId });
    await recordAudit(tx, actor, {
      partnershipId: target.id,
      entity: "assessment",
      entityId: created.id,
      action: "create",
      changes: { heldOn: created.heldOn, occasion: created.occasion, fromWorkshop: task.gatheringId },
    });
    return created;
  });
}
