import { and, asc, eq, max, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/db/connection";
import { assessmentArea, developmentAction, developmentPlan } from "~/db/schema";
import { actionStatuses } from "~/db/schema/enums";
import { diffFields, recordAudit } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import { entityId, isoDate, optionalText, requiredText, versionInput } from "~/lib/validation";
import { AREA_COUNT } from "~/lib/mulighetsrom/areas";
import type { PartnershipScope } from "~/server/domain/scope";
import { eligibleParticipantsIn, loadAssessment } from "./assessments";

function loadPlan(db: Executor, partnershipId: string, planId: string) {
  const plan = db
    .select()
    .from(developmentPlan)
    .where(and(eq(developmentPlan.id, planId), eq(developmentPlan.partnershipId, partnershipId)))
    .get();
  if (!plan) throw notFound("Fant ikke utviklingsplanen.");
  return plan;
}

export const startPlanInput = z.object({
  assessmentId: entityId,
  areaNo: z.number({ error: "Ugyldig område." }).int().min(1, "Ugyldig område.").max(AREA_COUNT, "Ugyldig område."),
});

/** Opens the plan for a prioritised area; returns the existing plan if there already is one. */
export function startPlan(scope: PartnershipScope, input: z.infer<typeof startPlanInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return db.transaction((tx) => {
    const row = loadAssessment(tx, partnershipId, input.assessmentId);
    const area = tx
      .select()
      .from(assessmentArea)
      .where(and(eq(assessmentArea.assessmentId, row.id), eq(assessmentArea.areaNo, input.areaNo)))
      .get();
    if (!area?.prioritised) throw invalid("Utviklingsplaner lages for prioriterte områder. Prioriter området først.");
    const existing = tx
      .select({ id: developmentPlan.id })
      .from(developmentPlan)
      .where(and(eq(developmentPlan.assessmentId, row.id), eq(developmentPlan.areaNo, input.areaNo)))
      .get();
    if (existing) return existing;
    const created = tx
      .insert(developmentPlan)
      .values({ partnershipId, assessmentId: row.id, areaNo: input.areaNo })
      .returning({ id: developmentPlan.id })
      .get();
    recordAudit(tx, actor, {
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
  why: optionalText("Hvorfor", 4000),
  whatAndWhen: optionalText("Hva som må gjøres", 4000),
  approach: optionalText("Hvordan", 4000),
  involved: optionalText("Hvem som må involveres", 4000),
  responsibleUserId: entityId.nullable(),
  followUp: optionalText("Oppfølging", 4000),
});

export function updatePlan(scope: PartnershipScope, input: z.infer<typeof updatePlanInput>) {
  const { db, actor, partnership: target } = scope;
  return db.transaction((tx) => {
    const before = loadPlan(tx, target.id, input.planId);
    if (
      input.responsibleUserId !== null &&
      !eligibleParticipantsIn(tx, target).some((p) => p.userId === input.responsibleUserId)
    ) {
      throw invalid("Den ansvarlige må være en person i partnerskapet.", "responsibleUserId");
    }
    const { planId: _id, version, ...values } = input;
    const updated = tx
      .update(developmentPlan)
      .set({ ...values, version: sql`${developmentPlan.version} + 1` })
      .where(and(eq(developmentPlan.id, before.id), eq(developmentPlan.version, version)))
      .returning({ version: developmentPlan.version })
      .get();
    if (!updated) throw staleVersion();
    recordAudit(tx, actor, {
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
  text: requiredText("Tiltaket", 500),
  owner: optionalText("Ansvarlig", 200),
  deadline: isoDate("Frist").nullable(),
  status: z.enum(actionStatuses, { error: "Velg status." }),
};

export const addActionInput = z.object({ planId: entityId, ...actionFields });

export function addAction(scope: PartnershipScope, input: z.infer<typeof addActionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return db.transaction((tx) => {
    const plan = loadPlan(tx, partnershipId, input.planId);
    const last = tx
      .select({ position: max(developmentAction.position) })
      .from(developmentAction)
      .where(eq(developmentAction.planId, plan.id))
      .get();
    const { planId: _id, ...values } = input;
    const created = tx
      .insert(developmentAction)
      .values({ ...values, partnershipId, planId: plan.id, position: (last?.position ?? -1) + 1 })
      .returning()
      .get();
    recordAudit(tx, actor, {
      partnershipId,
      entity: "development_action",
      entityId: created.id,
      action: "create",
      changes: { areaNo: plan.areaNo, text: created.text },
    });
    return created;
  });
}

function loadAction(db: Executor, partnershipId: string, actionId: string) {
  const action = db
    .select()
    .from(developmentAction)
    .where(and(eq(developmentAction.id, actionId), eq(developmentAction.partnershipId, partnershipId)))
    .get();
  if (!action) throw notFound("Fant ikke tiltaket.");
  return action;
}

export const updateActionInput = z.object({ actionId: entityId, version: versionInput, ...actionFields });

export function updateAction(scope: PartnershipScope, input: z.infer<typeof updateActionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return db.transaction((tx) => {
    const before = loadAction(tx, partnershipId, input.actionId);
    const { actionId: _id, version, ...values } = input;
    const updated = tx
      .update(developmentAction)
      .set({ ...values, version: sql`${developmentAction.version} + 1` })
      .where(and(eq(developmentAction.id, before.id), eq(developmentAction.version, version)))
      .returning({ version: developmentAction.version })
      .get();
    if (!updated) throw staleVersion();
    recordAudit(tx, actor, {
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

export function removeAction(scope: PartnershipScope, input: z.infer<typeof removeActionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return db.transaction((tx) => {
    const before = loadAction(tx, partnershipId, input.actionId);
    const removed = tx
      .delete(developmentAction)
      .where(and(eq(developmentAction.id, before.id), eq(developmentAction.version, input.version)))
      .returning({ id: developmentAction.id })
      .get();
    if (!removed) throw staleVersion();
    recordAudit(tx, actor, {
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
  direction: z.enum(["up", "down"], { error: "Velg opp eller ned." }),
});

/** Swaps the action with its neighbour; at either end it stays put. */
export function moveAction(scope: PartnershipScope, input: z.infer<typeof moveActionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return db.transaction((tx) => {
    const action = loadAction(tx, partnershipId, input.actionId);
    const siblings = listActions(tx, action.planId);
    const index = siblings.findIndex((a) => a.id === action.id);
    const neighbour = siblings[input.direction === "up" ? index - 1 : index + 1];
    if (!neighbour) return { moved: false };
    siblings.splice(index, 1);
    siblings.splice(siblings.indexOf(neighbour) + (input.direction === "up" ? 0 : 1), 0, action);
    siblings.forEach((a, position) => {
      tx.update(developmentAction).set({ position }).where(eq(developmentAction.id, a.id)).run();
    });
    recordAudit(tx, actor, {
      partnershipId,
      entity: "development_action",
      entityId: action.id,
      action: "update",
      changes: { text: action.text, moved: input.direction },
    });
    return { moved: true };
  });
}

export function listActions(db: Executor, planId: string) {
  return db
    .select()
    .from(developmentAction)
    .where(eq(developmentAction.planId, planId))
    .orderBy(asc(developmentAction.position), asc(developmentAction.createdAt))
    .all();
}
