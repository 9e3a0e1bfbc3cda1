/**
 * The plan's lists: grunnlag, satsingsområder, mål, aktiviteter and indikatorer. Content edits
 * need the newest draft; following up (activity status, indicator values) is allowed on the
 * newest version in any state, since it records what happened rather than changing what was agreed.
 */
import { and, asc, eq, max, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import {
  developmentAction,
  planActivity,
  planFocusArea,
  planFoundation,
  planGoal,
  planIndicator,
  planIndicatorValue,
} from "~/db/schema";
import {
  actionStatuses,
  indicatorDirections,
  indicatorLimitOperators,
  indicatorPeriodKinds,
  indicatorTargetKinds,
  planSources,
  steeringLines,
} from "~/db/schema/enums";
import { diffFields } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import { decimalInput, entityId, optionalText, requiredText, rule, versionInput } from "~/lib/validation";
import { text } from "~/lib/i18n/text";
import type { PartnershipScope } from "~/server/domain/scope";
import { auditPlan, isLatestVersion, loadPlanVersion, requireAction, requireEditableDraft, rolePosition, touchVersion } from "./plans";
import { periodInput } from "~/lib/business-plan/targets";
import { timingInput } from "~/lib/business-plan/timing";

const sourceInput = z.enum(planSources, rule("plan.errors.chooseSource"));
const lineInput = z.enum(steeringLines, rule("plan.errors.chooseLine"));
const urlInput = z
  .string()
  .trim()
  .max(500, rule("plan.errors.urlTooLong", { max: 500 }))
  .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), rule("plan.errors.urlScheme"))
  .transform((v) => (v === "" ? null : v));

export const itemKinds = ["foundation", "focus_area", "goal", "activity", "indicator"] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Each kind's table and the column that groups siblings (for ordering). */
const tables = {
  foundation: { table: planFoundation, parent: planFoundation.versionId },
  focus_area: { table: planFocusArea, parent: planFocusArea.versionId },
  goal: { table: planGoal, parent: planGoal.focusAreaId },
  activity: { table: planActivity, parent: planActivity.goalId },
  indicator: { table: planIndicator, parent: planIndicator.versionId },
} as const;

type AnyItemTable = PgTable & {
  id: PgColumn;
  versionId: PgColumn;
  version: PgColumn;
  position: PgColumn;
  key: PgColumn;
};

interface ItemRow {
  id: string;
  versionId: string;
  version: number;
  position: number;
  key: string;
  [field: string]: unknown;
}

async function loadItem(tx: Executor, partnershipId: string, kind: ItemKind, id: string) {
  const table = tables[kind].table as unknown as AnyItemTable;
  const [row] = (await tx.select().from(table).where(eq(table.id, id)).limit(1)) as ItemRow[];
  if (!row) throw notFound(text(`plan.errors.itemNotFound.${kind}`));
  const { version } = await loadPlanVersion(tx, partnershipId, row.versionId);
  return { row, version, table };
}

async function nextPosition(tx: Executor, kind: ItemKind, parentId: string) {
  const { table, parent } = tables[kind];
  const [result] = await tx
    .select({ max: max((table as unknown as AnyItemTable).position).mapWith(Number) })
    .from(table)
    .where(eq(parent, parentId));
  return (result?.max ?? -1) + 1;
}

// --- Field schemas per kind -------------------------------------------------

const foundationFields = {
  line: lineInput,
  title: requiredText("errors.labels.title", 200),
  summary: optionalText("errors.labels.summary", 2000),
  url: urlInput,
};
const focusAreaFields = { title: requiredText("errors.labels.focusAreaName", 200), description: optionalText("errors.labels.description", 2000) };
const goalFields = {
  text: requiredText("errors.labels.goal", 500),
  source: sourceInput,
  foundationKey: z.string().max(64).nullable(),
};
const activityFields = {
  text: requiredText("errors.labels.activity", 1000),
  responsible: optionalText("errors.labels.responsibility", 200),
  responsiblePerson: optionalText("errors.labels.responsiblePerson", 120),
  timing: timingInput,
  status: z.enum(actionStatuses, rule("plan.errors.chooseStatus")),
  developmentActionId: z.string().max(64).nullable(),
};
const indicatorFields = {
  name: requiredText("errors.labels.indicatorName", 200),
  source: sourceInput,
  unit: optionalText("errors.labels.unit", 30),
  baseline: decimalInput("errors.labels.baseline", { min: -1_000_000_000, max: 1_000_000_000 }),
  targetKind: z.enum(indicatorTargetKinds, rule("plan.errors.chooseTargetKind")),
  targetValue: decimalInput("errors.labels.targetValue", { min: -1_000_000_000, max: 1_000_000_000 }),
  targetDirection: z.enum(indicatorDirections).nullable(),
  targetOperator: z.enum(indicatorLimitOperators).nullable(),
  periodKind: z.enum(indicatorPeriodKinds, rule("plan.errors.choosePeriodKind")),
};

/** A target must carry exactly what its kind needs. */
const checkTarget = (v: { targetKind: string; targetValue: number | null; targetDirection: unknown; targetOperator: unknown }, ctx: z.RefinementCtx) => {
  if ((v.targetKind === "tall" || v.targetKind === "grense") && v.targetValue === null) {
    ctx.addIssue({ code: "custom", path: ["targetValue"], message: rule("plan.errors.targetValueRequired").error() });
  }
  if (v.targetKind === "retning" && !v.targetDirection) {
    ctx.addIssue({ code: "custom", path: ["targetDirection"], message: rule("plan.errors.directionRequired").error() });
  }
  if (v.targetKind === "grense" && !v.targetOperator) {
    ctx.addIssue({ code: "custom", path: ["targetOperator"], message: rule("plan.errors.operatorRequired").error() });
  }
};

export const itemFieldsInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("foundation"), ...foundationFields }),
  z.object({ kind: z.literal("focus_area"), ...focusAreaFields }),
  z.object({ kind: z.literal("goal"), ...goalFields }),
  z.object({ kind: z.literal("activity"), ...activityFields }),
  z.object({ kind: z.literal("indicator"), ...indicatorFields }).superRefine(checkTarget),
]);
type ItemFields = z.infer<typeof itemFieldsInput>;

/** Turns validated fields into column values, and checks references stay inside the partnership. */
async function columnsOf(tx: Executor, partnershipId: string, versionId: string, fields: ItemFields): Promise<Record<string, unknown>> {
  switch (fields.kind) {
    case "activity": {
      const { kind: _k, timing, ...rest } = fields;
      if (rest.developmentActionId) {
        const [action] = await tx
          .select({ id: developmentAction.id })
          .from(developmentAction)
          .where(and(eq(developmentAction.id, rest.developmentActionId), eq(developmentAction.partnershipId, partnershipId)))
          .limit(1);
        if (!action) throw invalid(text("plan.errors.actionNotFound"), "developmentActionId");
      }
      return { ...rest, timingKind: timing.kind, timingValue: timing.value };
    }
    case "goal": {
      const { kind: _k, ...rest } = fields;
      if (rest.foundationKey) {
        const [found] = await tx
          .select({ id: planFoundation.id })
          .from(planFoundation)
          .where(and(eq(planFoundation.versionId, versionId), eq(planFoundation.key, rest.foundationKey)))
          .limit(1);
        if (!found) throw invalid(text("plan.errors.foundationNotFound"), "foundationKey");
      }
      return rest;
    }
    case "indicator": {
      const { kind: _k, ...rest } = fields;
      return {
        ...rest,
        targetValue: rest.targetKind === "retning" ? null : rest.targetValue,
        targetDirection: rest.targetKind === "retning" ? rest.targetDirection : null,
        targetOperator: rest.targetKind === "grense" ? rest.targetOperator : null,
      };
    }
    default: {
      const { kind: _k, ...rest } = fields;
      return rest;
    }
  }
}

export const addItemInput = z.object({
  versionId: entityId,
  /** The satsingsområde of a new goal, the goal of a new activity. */
  parentId: entityId.optional(),
  fields: itemFieldsInput,
});

export async function addItem(scope: PartnershipScope, input: z.infer<typeof addItemInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const { version } = await loadPlanVersion(tx, partnershipId, input.versionId);
    await requireEditableDraft(tx, version);
    const kind = input.fields.kind;
    const values: Record<string, unknown> = { ...(await columnsOf(tx, partnershipId, version.id, input.fields)), versionId: version.id };
    let parentId = version.id;
    if (kind === "goal" || kind === "activity") {
      const parentKind = kind === "goal" ? "focus_area" : "goal";
      if (!input.parentId) throw invalid(text(kind === "goal" ? "plan.errors.chooseArea" : "plan.errors.chooseGoal"));
      const { row: parent } = await loadItem(tx, partnershipId, parentKind, input.parentId);
      if (parent.versionId !== version.id) throw notFound(text("plan.errors.planNotFound"));
      parentId = parent.id;
      values[kind === "goal" ? "focusAreaId" : "goalId"] = parent.id;
    }
    values.position = await nextPosition(tx, kind, parentId);
    const table = tables[kind].table as unknown as AnyItemTable;
    const [created] = (await tx.insert(table).values(values as never).returning()) as ItemRow[];
    if (!created) throw new Error("insert returned no row");
    await touchVersion(tx, version.id);
    await auditPlan(tx, actor, partnershipId, created.id, "create", { kind, ...stripBookkeeping(created) });
    return { id: created.id, key: created.key };
  });
}

export const updateItemInput = z.object({ id: entityId, version: versionInput, fields: itemFieldsInput });

export async function updateItem(scope: PartnershipScope, input: z.infer<typeof updateItemInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const kind = input.fields.kind;
    const { row, version, table } = await loadItem(tx, partnershipId, kind, input.id);
    await requireEditableDraft(tx, version);
    const values = await columnsOf(tx, partnershipId, version.id, input.fields);
    const [updated] = (await tx
      .update(table)
      .set({ ...values, version: sql`${table.version} + 1` })
      .where(and(eq(table.id, row.id), eq(table.version, input.version)))
      .returning()) as ItemRow[];
    if (!updated) throw staleVersion();
    await touchVersion(tx, version.id);
    await auditPlan(tx, actor, partnershipId, row.id, "update", { kind, ...diffFields(row, values) });
    return { version: updated.version };
  });
}

export const removeItemInput = z.object({ kind: z.enum(itemKinds), id: entityId, version: versionInput });

/** Removing a satsingsområde or a goal removes what is under it; the confirmation says so. */
export async function removeItem(scope: PartnershipScope, input: z.infer<typeof removeItemInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const { row, version, table } = await loadItem(tx, partnershipId, input.kind, input.id);
    await requireEditableDraft(tx, version);
    if (row.version !== input.version) throw staleVersion();
    if (input.kind === "foundation") {
      await tx
        .update(planGoal)
        .set({ foundationKey: null })
        .where(and(eq(planGoal.versionId, version.id), eq(planGoal.foundationKey, row.key)));
    }
    await tx.delete(table).where(eq(table.id, row.id));
    await touchVersion(tx, version.id);
    // The version is kept with the removal so the item's history still belongs to its version.
    await auditPlan(tx, actor, partnershipId, row.id, "delete", { kind: input.kind, ...stripBookkeeping(row), versionId: version.id });
  });
}

export const moveItemInput = z.object({
  kind: z.enum(itemKinds),
  id: entityId,
  /** The place among its siblings after the move, from 0. */
  toIndex: z.number().int().min(0).max(10_000),
  /** An activity may move to another goal, a goal to another satsingsområde. */
  toParentId: entityId.optional(),
});

/** Reordering by keyboard (one step) or by dragging (any place) ends here. */
export async function moveItem(scope: PartnershipScope, input: z.infer<typeof moveItemInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const { row, version, table } = await loadItem(tx, partnershipId, input.kind, input.id);
    await requireEditableDraft(tx, version);
    const { parent } = tables[input.kind];
    const parentField = input.kind === "goal" ? "focusAreaId" : input.kind === "activity" ? "goalId" : "versionId";
    const fromParent = row[parentField] as string;
    let toParent = fromParent;
    if (input.toParentId && input.toParentId !== fromParent) {
      if (input.kind !== "goal" && input.kind !== "activity") throw invalid(text("plan.errors.moveWithinList"));
      const { row: target } = await loadItem(tx, partnershipId, input.kind === "goal" ? "focus_area" : "goal", input.toParentId);
      if (target.versionId !== version.id) throw notFound(text("plan.errors.planNotFound"));
      toParent = target.id;
    }
    const siblings = ((await tx.select().from(table).where(eq(parent, toParent)).orderBy(asc(table.position))) as ItemRow[]).filter(
      (s) => s.id !== row.id,
    );
    const index = Math.min(input.toIndex, siblings.length);
    siblings.splice(index, 0, row);
    for (const [position, s] of siblings.entries()) {
      const set: Record<string, unknown> = { position };
      if (s.id === row.id) set[parentField] = toParent;
      if (s.id === row.id || s.position !== position) {
        await tx.update(table).set(set).where(eq(table.id, s.id));
      }
    }
    await tx.update(table).set({ version: sql`${table.version} + 1` }).where(eq(table.id, row.id));
    await touchVersion(tx, version.id);
    await auditPlan(tx, actor, partnershipId, row.id, "update", {
      kind: input.kind,
      position: { from: row.position, to: index },
      ...(toParent !== fromParent ? { [parentField]: { from: fromParent, to: toParent } } : {}),
    });
    return { position: index };
  });
}

const stripBookkeeping = (row: ItemRow) => {
  const { id: _id, versionId: _v, version: _ver, key: _key, ...rest } = row;
  return rest;
};

// --- Follow-up: activity status and indicator values ---------------------------

export const activityStatusInput = z.object({
  id: entityId,
  version: versionInput,
  status: z.enum(actionStatuses, rule("plan.errors.chooseStatus")),
});

export async function setActivityStatus(scope: PartnershipScope, input: z.infer<typeof activityStatusInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  const who = rolePosition(scope.access);
  return inTransaction(db, async (tx) => {
    const { row, version } = await loadItem(tx, partnershipId, "activity", input.id);
    requireAction("follow_up", { ...who, status: version.status, isLatest: await isLatestVersion(tx, version), openSeats: [] });
    const [updated] = await tx
      .update(planActivity)
      .set({ status: input.status, version: sql`${planActivity.version} + 1` })
      .where(and(eq(planActivity.id, row.id), eq(planActivity.version, input.version)))
      .returning({ version: planActivity.version });
    if (!updated) throw staleVersion();
    await auditPlan(tx, actor, partnershipId, row.id, "update", { kind: "activity", status: { from: row.status, to: input.status } });
    return updated;
  });
}

export const indicatorValueInput = z.object({
  indicatorId: entityId,
  period: z.string().max(10),
  /** null removes the value for the period. */
  value: decimalInput("errors.labels.value", { min: -1_000_000_000, max: 1_000_000_000 }),
  /** The value's version when it was read; 0 when there was none. */
  version: versionInput,
});

/** Records (or removes) the actual value of an indicator for one period. */
export async function setIndicatorValue(scope: PartnershipScope, input: z.infer<typeof indicatorValueInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  const who = rolePosition(scope.access);
  return inTransaction(db, async (tx) => {
    const { row, version } = await loadItem(tx, partnershipId, "indicator", input.indicatorId);
    requireAction("follow_up", { ...who, status: version.status, isLatest: await isLatestVersion(tx, version), openSeats: [] });
    const { plan } = await loadPlanVersion(tx, partnershipId, version.id);
    const parsed = periodInput(row.periodKind as (typeof indicatorPeriodKinds)[number], plan.year).safeParse(input.period);
    if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? text("plan.errors.badPeriod"), "period");
    const where = and(
      eq(planIndicatorValue.planId, plan.id),
      eq(planIndicatorValue.indicatorKey, row.key),
      eq(planIndicatorValue.period, input.period),
    );
    const [existing] = await tx.select().from(planIndicatorValue).where(where).limit(1);
    if ((existing?.version ?? 0) !== input.version) throw staleVersion();
    if (input.value === null) {
      if (existing) await tx.delete(planIndicatorValue).where(eq(planIndicatorValue.id, existing.id));
    } else if (existing) {
      await tx
        .update(planIndicatorValue)
        .set({ value: input.value, version: sql`${planIndicatorValue.version} + 1` })
        .where(eq(planIndicatorValue.id, existing.id));
    } else {
      await tx.insert(planIndicatorValue).values({ planId: plan.id, indicatorKey: row.key, period: input.period, value: input.value });
    }
    await auditPlan(tx, actor, partnershipId, row.id, "update", {
      kind: "indicator_value",
      period: input.period,
      value: { from: existing?.value ?? null, to: input.value },
    });
  });
}
