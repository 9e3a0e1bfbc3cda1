import { and, asc, eq, max, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { assessmentArea, developmentAction, developmentPlan } from "~/db/schema";
import { actionStatuses } from "~/db/schema/enums";
import { diffFields, recordAudit } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import { entityId, isoDate, optionalText, requiredText, rule, versionInput } from "~/lib/validation";
import { text } from "~/lib/i18n/text";
import { AREA_COUNT } from "~/lib/mulighetsrom/model";
import type { PartnershipScope } from "~/server/domain/scope";
import { eligibleParticipantsIn, loadAssessment } from "./assessments";

async function loadPlan(db: Executor, partnershipId: string, planId: string) {
  const [plan] = await db
    .select()
    .from(developmentPlan)
    .where(and(eq(developmentPlan.id, planId), eq(developmentPlan.partnershipId, partnershipId)))
    .limit(1);
  if (!plan) throw notFound(text("mulighetsrom.errors.planNotFound"));
  return plan;
}

export const startPlanInput = z.object({
  assessmentId: entityId,
  areaNo: z.number(rule("mulighetsrom.errors.rules.invalidArea")).int().min(1, rule("mulighetsrom.errors.rules.invalidArea")).max(AREA_COUNT, rule("mulighetsrom.errors.rules.invalidArea")),
});

/** Opens the plan for a prioritised area; returns the existing plan if there already is one. */
export async function startPlan(scope: PartnershipScope, input: z.infer<typeof startPlanInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadAssessment(tx, partnershipId, input.assessmentId);
    const [area] = await tx
      .select()
      .from(assessmentArea)
      .where(and(eq(assessmentArea.assessmentId, row.id), eq(assessmentArea.areaNo, input.areaNo)))
      .limit(1);
    if (!area?.prioritised) throw invalid(text("mulighetsrom.errors.planNeedsPriority"));
    const thisArea = and(eq(developmentPlan.assessmentId, row.id), eq(developmentPlan.areaNo, input.areaNo));
    const [existing] = await tx.select({ id: developmentPlan.id }).from(developmentPlan).where(thisArea).limit(1);
    if (existing) return existing;
    // On PostgreSQL another instance can start the same plan at the same moment: its row wins, and
    // this one returns it, as if it had been there first.
    const [created] = await tx
      .insert(developmentPlan)
      .values({ partnershipId, assessmentId: row.id, areaNo: input.areaNo })
      .onConflictDoNothing()
      .returning({ id: developmentPlan.id });
    if (!created) return (await tx.select({ id: developmentPlan.id }).from(developmentPlan).where(thisArea).limit(1))[0]!;
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "development_plan",
      entityId: created.id,
      action: "create",
      changes: { areaNo: input.areaNo },
    });
    return created;
  });
}

export const updatePlanInput = z.object({
  planId: entityId,
  version: versionInput,
  why: optionalText("errors.labels.why", 4000),
  whatAndWhen: optionalText("errors.labels.whatAndWhen", 4000),
  approach: optionalText("errors.labels.approach", 4000),
  involved: optionalText("errors.labels.involved", 4000),
  responsibleUserId: entityId.nullable(),
  followUp: optionalText("errors.labels.followUpPlan", 4000),
});

export async function updatePlan(scope: PartnershipScope, input: z.infer<typeof updatePlanInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const before = await loadPlan(tx, target.id, input.planId);
    if (
      input.responsibleUserId !== null &&
      !(await eligibleParticipantsIn(tx, target)).some((p) => p.userId === input.responsibleUserId)
    ) {
      throw invalid(text("mulighetsrom.errors.responsibleInPartnership"), "responsibleUserId");
    }
    const { planId: _id, version, ...values } = input;
    const [updated] = await tx
      .update(developmentPlan)
      .set({ ...values, version: sql`${developmentPlan.version} + 1` })
      .where(and(eq(developmentPlan.id, before.id), eq(developmentPlan.version, version)))
      .returning({ version: developmentPlan.version });
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, {
      partnershipId: target.id,
      entity: "development_plan",
      entityId: before.id,
      action: "update",
      changes: { areaNo: before.areaNo, ...diffFields(before, values) },
    });
    return updated;
  });
}

const actionFields = {
  text: requiredText("errors.labels.action", 500),
  owner: optionalText("errors.labels.responsible", 200),
  deadline: isoDate("errors.labels.deadline").nullable(),
  status: z.enum(actionStatuses, rule("mulighetsrom.errors.rules.chooseActionStatus")),
};

export const addActionInput = z.object({ planId: entityId, ...actionFields });

export async function addAction(scope: PartnershipScope, input: z.infer<typeof addActionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const plan = await loadPlan(tx, partnershipId, input.planId);
    const [last] = await tx
      .select({ position: max(developmentAction.position) })
      .from(developmentAction)
      .where(eq(developmentAction.planId, plan.id));
    const { planId: _id, ...values } = input;
    const created = (
      await tx
        .insert(developmentAction)
        .values({ ...values, partnershipId, planId: plan.id, position: (last?.position ?? -1) + 1 })
        .returning()
    )[0]!;
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "development_action",
      entityId: created.id,
      action: "create",
      changes: { areaNo: plan.areaNo, text: created.text },
    });
    return created;
  });
}

async function loadAction(db: Executor, partnershipId: string, actionId: string) {
  const [action] = await db
    .select()
    .from(developmentAction)
    .where(and(eq(developmentAction.id, actionId), eq(developmentAction.partnershipId, partnershipId)))
    .limit(1);
  if (!action) throw notFound(text("mulighetsrom.errors.actionNotFound"));
  return action;
}

export const updateActionInput = z.object({ actionId: entityId, version: versionInput, ...actionFields });

export async function updateAction(scope: PartnershipScope, input: z.infer<typeof updateActionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const before = await loadAction(tx, partnershipId, input.actionId);
    const { actionId: _id, version, ...values } = input;
    const [updated] = await tx
      .update(developmentAction)
      .set({ ...values, version: sql`${developmentAction.version} + 1` })
      .where(and(eq(developmentAction.id, before.id), eq(developmentAction.version, version)))
      .returning({ version: developmentAction.version });
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "development_action",
      entityId: before.id,
      action: "update",
      changes: { text: before.text, ...diffFields(before, values) },
    });
    return updated;
  });
}

export const removeActionInput = z.object({ actionId: entityId, version: versionInput });

export async function removeAction(scope: PartnershipScope, input: z.infer<typeof removeActionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const before = await loadAction(tx, partnershipId, input.actionId);
    const [removed] = await tx
      .delete(developmentAction)
      .where(and(eq(developmentAction.id, before.id), eq(developmentAction.version, input.version)))
      .returning({ id: developmentAction.id });
    if (!removed) throw staleVersion();
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "development_action",
      entityId: before.id,
      action: "delete",
      // The plan is kept with the removal so the action's history still belongs to its assessment.
      changes: { text: before.text, planId: before.planId },
    });
    return removed;
  });
}

export const moveActionInput = z.object({
  actionId: entityId,
  direction: z.enum(["up", "down"], rule("mulighetsrom.errors.rules.chooseDirection")),
});

/** Swaps the action with its neighbour; at either end it stays put. */
export async function moveAction(scope: PartnershipScope, input: z.infer<typeof moveActionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const action = await loadAction(tx, partnershipId, input.actionId);
    const siblings = await listActions(tx, action.planId);
    const index = siblings.findIndex((a) => a.id === action.id);
    const neighbour = siblings[input.direction === "up" ? index - 1 : index + 1];
    if (!neighbour) return { moved: false };
    siblings.splice(index, 1);
    siblings.splice(siblings.indexOf(neighbour) + (input.direction === "up" ? 0 : 1), 0, action);
    for (const [position, a] of siblings.entries()) {
      await tx.update(developmentAction).set({ position }).where(eq(developmentAction.id, a.id));
    }
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "development_action",
      entityId: action.id,
      action: "update",
      changes: { text: action.text, moved: input.direction },
    });
    return { moved: true };
  });
}

export async function listActions(db: Executor, planId: string) {
  return db
    .select()
    .from(developmentAction)
    .where(eq(developmentAction.planId, planId))
    .orderBy(asc(developmentAction.position), asc(developmentAction.createdAt));
}
