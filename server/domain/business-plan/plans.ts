/** Creating a year's plan, editing its general parts, and starting a new version. */
import { and, eq, max, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import {
  businessPlan,
  businessPlanVersion,
  emptyBudget,
  partnership,
  planActivity,
  planFocusArea,
  planFoundation,
  planGoal,
  planIndicator,
  type PlanBudget,
} from "~/db/schema";
import { can } from "~/server/domain/access/permissions";
import type { PartnershipAccess } from "~/server/domain/access/roles";
import { diffFields, recordAudit, type Actor, type AuditAction, type AuditChanges } from "~/server/domain/audit/record";
import { DomainError, invalid, notFound, staleVersion } from "~/server/domain/errors";
import { decimalInput, entityId, optionalText, rule, versionInput, yearInput, type Label } from "~/lib/validation";
import { text } from "~/lib/i18n/text";
import { STATE_SEAT, type Seat } from "~/server/domain/access/seats";
import { allowedActions, refusalFor, type ActorPosition, type PlanAction } from "./lifecycle";
import type { PartnershipScope } from "~/server/domain/scope";
import { findPlan, listVersions, loadSnapshot, type PlanSnapshot, type PlanVersionRow } from "./snapshot";

export const PLAN_AUDIT_ENTITY = "business_plan";

/** The version a mutation targets, checked to belong to the partnership. */
export async function loadPlanVersion(db: Executor, partnershipId: string, versionId: string) {
  const [row] = await db
    .select({ version: businessPlanVersion, plan: businessPlan })
    .from(businessPlanVersion)
    .innerJoin(businessPlan, eq(businessPlan.id, businessPlanVersion.planId))
    .where(and(eq(businessPlanVersion.id, versionId), eq(businessPlan.partnershipId, partnershipId)))
    .limit(1);
  if (!row) throw notFound(text("plan.errors.planNotFound"));
  return row;
}

export async function isLatestVersion(db: Executor, version: PlanVersionRow) {
  const [newest] = await db
    .select({ max: max(businessPlanVersion.versionNo) })
    .from(businessPlanVersion)
    .where(eq(businessPlanVersion.planId, version.planId));
  return newest?.max === version.versionNo;
}

/** Whether the refusal is about who the person is (not about the plan's state). */
function lacksRole(action: PlanAction, position: ActorPosition) {
  if (!position.isLatest) return false;
  const hasRole =
    action === "approve" || action === "return"
      ? position.isOwner
      : action === "comment"
        ? position.isOwner || position.isEditor
        : action === "contribute" || action === "follow_up"
          ? position.isContributor
          : position.isEditor;
  if (hasRole) return false;
  // Refused for the role only when someone with the role could do it now; otherwise the state is the reason.
  return (
    action === "edit" ||
    action === "contribute" ||
    allowedActions({ ...position, isEditor: true, isContributor: true, isOwner: true, openSeats: [STATE_SEAT] }).has(action)
  );
}

/**
 * What the person's roles allow before the version's state is known. Owner seats count only for
 * decisions, which positionOf (review.ts) works out.
 */
export const rolePosition = (access: PartnershipAccess) => ({
  isEditor: can(access, "businessPlan:manage"),
  isContributor: can(access, "businessPlan:contribute"),
  isOwner: false,
  openSeats: [] as Seat[],
});

/**
 * Throws the Norwegian refusal unless the position allows the action: FORBIDDEN when the person
 * lacks the role for it, BAD_REQUEST when the plan's state (or an earlier decision) stands in the way.
 */
export function requireAction(action: PlanAction, position: ActorPosition) {
  if (!allowedActions(position).has(action)) {
    throw new DomainError(lacksRole(action, position) ? "forbidden" : "invalid", refusalFor(action, position));
  }
}

/** Changing content (the router has checked the role): the version must be the newest draft. */
export async function requireEditableDraft(db: Executor, version: PlanVersionRow) {
  requireAction("contribute", {
    status: version.status,
    isLatest: await isLatestVersion(db, version),
    isEditor: true,
    isContributor: true,
    openSeats: [],
    isOwner: false,
  });
}

/** Bumps the version row's counter so every content change is also a change of the version. */
export async function touchVersion(tx: Executor, versionId: string) {
  await tx
    .update(businessPlanVersion)
    .set({ version: sql`${businessPlanVersion.version} + 1` })
    .where(eq(businessPlanVersion.id, versionId));
}

export async function auditPlan(
  tx: Executor,
  actor: Actor,
  partnershipId: string,
  entityId: string,
  action: AuditAction,
  changes: AuditChanges<typeof PLAN_AUDIT_ENTITY>,
) {
  await recordAudit(tx, actor, { partnershipId, entity: PLAN_AUDIT_ENTITY, entityId, action, changes });
}

export const createPlanInput = z.object({
  year: yearInput,
  basis: z.enum(["tom", "forrige"], rule("plan.errors.chooseBasis")),
});

/** The year's plan: empty (with the office's positions filled in) or a copy of last year's newest version. */
export async function createPlan(scope: PartnershipScope, input: z.infer<typeof createPlanInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    if (await findPlan(tx, target.id, input.year)) {
      throw new DomainError("conflict", text("plan.errors.planExists", { year: input.year }));
    }
    const previousPlan = input.basis === "forrige" ? await findPlan(tx, target.id, input.year - 1) : undefined;
    const previous = previousPlan ? await loadSnapshot(tx, (await listVersions(tx, previousPlan.id))[0]!.id) : undefined;
    if (input.basis === "forrige" && !previous) {
      throw invalid(text("plan.errors.noPlanToCopy", { year: input.year - 1 }), "basis");
    }
    const [office] = await tx.select().from(partnership).where(eq(partnership.id, target.id)).limit(1);
    const [plan] = await tx.insert(businessPlan).values({ partnershipId: target.id, year: input.year }).returning();
    const [version] = await tx
      .insert(businessPlanVersion)
      .values({
        planId: plan!.id,
        versionNo: 1,
        vision: previous?.version.vision ?? "",
        description: previous?.version.description ?? "",
        statePositions: office!.statePositions,
        municipalPositions: office!.municipalPositions,
        budget: previous ? carryBudget(previous.version.budget) : emptyBudget(),
        createdByUserId: actor.userId,
      })
      .returning();
    if (previous) await copyContent(tx, previous, version!.id, { carryOver: true });
    await auditPlan(tx, actor, target.id, version!.id, "create", { year: input.year, versionNo: 1, basis: input.basis });
    return { planId: plan!.id, versionId: version!.id };
  });
}

/** Last year's "this year" budget becomes this year's "last year" column; the rest is new. */
function carryBudget(previous: PlanBudget): PlanBudget {
  return { ...emptyBudget(), budgetLastYear: { ...previous.budgetThisYear } };
}

/**
 * Copies a version's content into another version. Within the same year (a new version) every
 * item keeps its key so versions compare item by item. Carrying over into a new year drops
 * finished activities and resets the rest to "ikke startet", and items get new keys, since they
 * are a new year's items. Indicators are the exception: they keep their key, so the new year's
 * indicator continues last year's and shows its measurements in the trend (values still belong
 * to each year's plan, so the new plan starts without values of its own).
 */
export async function copyContent(tx: Executor, from: PlanSnapshot, toVersionId: string, { carryOver }: { carryOver: boolean }) {
  const keyOf = (key: string) => (carryOver ? crypto.randomUUID() : key);
  const foundationKeys = new Map<string, string>();
  for (const [position, f] of from.foundations.entries()) {
    const key = keyOf(f.key);
    foundationKeys.set(f.key, key);
    await tx
      .insert(planFoundation)
      .values({ versionId: toVersionId, key, line: f.line, title: f.title, summary: f.summary, url: f.url, position });
  }
  for (const [areaPosition, area] of from.focusAreas.entries()) {
    const [newArea] = await tx
      .insert(planFocusArea)
      .values({ versionId: toVersionId, key: keyOf(area.key), title: area.title, description: area.description, position: areaPosition })
      .returning({ id: planFocusArea.id });
    for (const [goalPosition, goal] of area.goals.entries()) {
      const [newGoal] = await tx
        .insert(planGoal)
        .values({
          versionId: toVersionId,
          focusAreaId: newArea!.id,
          key: keyOf(goal.key),
          text: goal.text,
          source: goal.source,
          foundationKey: goal.foundationKey ? (foundationKeys.get(goal.foundationKey) ?? null) : null,
          position: goalPosition,
        })
        .returning({ id: planGoal.id });
      const activities = carryOver ? goal.activities.filter((a) => a.status !== "fullfort") : goal.activities;
      for (const [position, activity] of activities.entries()) {
        await tx.insert(planActivity).values({
          versionId: toVersionId,
          goalId: newGoal!.id,
          key: keyOf(activity.key),
          text: activity.text,
          responsible: activity.responsible,
          responsiblePerson: activity.responsiblePerson,
          // A dated activity from last year needs a new date; "fortløpende" carries over as it is.
          timingKind: carryOver && activity.timingKind !== "fortlopende" ? "fortlopende" : activity.timingKind,
          timingValue: carryOver ? null : activity.timingValue,
          status: carryOver ? (activity.status === "pagar" ? "pagar" : "ikke_startet") : activity.status,
          developmentActionId: activity.developmentActionId,
          position,
        });
      }
    }
  }
  for (const [position, indicator] of from.indicators.entries()) {
    const { id: _id, versionId: _v, key, position: _p, version: _ver, values: _values, earlier: _earlier, ...fields } = indicator;
    await tx.insert(planIndicator).values({ ...fields, versionId: toVersionId, key, position });
  }
}

const budgetCell = (label: Label) => decimalInput(label, { min: 0, max: 10_000_000_000, example: "12 345 000" });
const budgetColumnInput = (column: "thisYear" | "lastYear" | "accounts") =>
  z.object({ income: budgetCell(`errors.labels.budget.${column}.income`), expenses: budgetCell(`errors.labels.budget.${column}.expenses`) });

export const updateGeneralInput = z.object({
  versionId: entityId,
  version: versionInput,
  vision: optionalText("errors.labels.vision", 500),
  description: optionalText("errors.labels.description", 4000),
  statePositions: decimalInput("errors.labels.statePositions", { max: 10_000 }),
  municipalPositions: decimalInput("errors.labels.municipalPositions", { max: 10_000 }),
  budget: z.object({
    budgetThisYear: budgetColumnInput("thisYear"),
    budgetLastYear: budgetColumnInput("lastYear"),
    accountsLastYear: budgetColumnInput("accounts"),
  }),
  positionsBudget: decimalInput("errors.labels.positionsBudget", { max: 10_000 }),
  positionsResult: decimalInput("errors.labels.positionsResult", { max: 10_000 }),
});

/** Om kontoret and rammebetingelser: the version's own fields, saved together. */
export async function updateGeneral(scope: PartnershipScope, input: z.infer<typeof updateGeneralInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const { version: row } = await loadPlanVersion(tx, partnershipId, input.versionId);
    await requireEditableDraft(tx, row);
    const { versionId, version, ...values } = input;
    const budget: PlanBudget = {
      budgetThisYear: roundColumn(values.budget.budgetThisYear),
      budgetLastYear: roundColumn(values.budget.budgetLastYear),
      accountsLastYear: roundColumn(values.budget.accountsLastYear),
    };
    const [updated] = await tx
      .update(businessPlanVersion)
      .set({ ...values, budget, version: sql`${businessPlanVersion.version} + 1` })
      .where(and(eq(businessPlanVersion.id, versionId), eq(businessPlanVersion.version, version)))
      .returning({ version: businessPlanVersion.version });
    if (!updated) throw staleVersion();
    const { budget: beforeBudget, ...before } = row;
    const changes = diffFields(before as Record<string, unknown>, { ...values, budget: undefined });
    if (!sameBudget(beforeBudget, budget)) changes.budget = { from: beforeBudget, to: budget };
    await auditPlan(tx, actor, partnershipId, versionId, "update", changes);
    return updated;
  });
}

/** Compared cell by cell: jsonb (PostgreSQL) does not keep the order of keys, so JSON text cannot be compared. */
const budgetColumns = ["budgetThisYear", "budgetLastYear", "accountsLastYear"] as const;
const sameBudget = (a: PlanBudget, b: PlanBudget) =>
  budgetColumns.every((column) => a[column].income === b[column].income && a[column].expenses === b[column].expenses);

const roundColumn = (c: { income: number | null; expenses: number | null }) => ({
  income: c.income === null ? null : Math.round(c.income),
  expenses: c.expenses === null ? null : Math.round(c.expenses),
});

export const newVersionInput = z.object({
  versionId: entityId,
  changeNote: optionalText("errors.labels.changeNote", 1000),
});

/** Starts the next version from an approved or published one; the approved text stays as it was. */
export async function startNewVersion(scope: PartnershipScope, input: z.infer<typeof newVersionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  const position = rolePosition(scope.access);
  return inTransaction(db, async (tx) => {
    const { version: row } = await loadPlanVersion(tx, partnershipId, input.versionId);
    requireAction("new_version", { ...position, status: row.status, isLatest: await isLatestVersion(tx, row) });
    const snapshot = (await loadSnapshot(tx, row.id))!;
    const { id: _id, versionNo, status: _s, sentAt: _a, approvedAt: _b, publishedAt: _c, createdAt: _d, updatedAt: _e, version: _f, changeNote: _g, ...fields } =
      row;
    const [created] = await tx
      .insert(businessPlanVersion)
      .values({ ...fields, versionNo: versionNo + 1, changeNote: input.changeNote, createdByUserId: actor.userId })
      .returning();
    await copyContent(tx, snapshot, created!.id, { carryOver: false });
    await auditPlan(tx, actor, partnershipId, created!.id, "create", { versionNo: versionNo + 1, from: versionNo, changeNote: input.changeNote });
    return { versionId: created!.id };
  });
}
