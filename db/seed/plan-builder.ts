/**
 * Builds one year's felles virksomhetsplan through the domain functions, as the people in it
 * would have: the Nav-leder creates it (empty, or from last year's plan), fills in om kontoret
 * and rammebetingelser, grunnlag, satsingsområder, mål, aktiviteter and indikatorer, enters
 * actual values as they come in, and may send it for approval; the owners approve one after
 * another and the Nav-leder publishes it. Every timestamp (the plan, its version, the
 * approvals, the values, comments and the audit rows) is moved to when that step happened, so
 * a plan approved in January does not look as if it was made today and does not crowd the
 * partnership's "Siste endringer". Used by the Agder demo and the national benchmark data.
 *
 * The description is declarative (SeedBusinessPlan): texts as people type them ("1. halvår",
 * "15.03.2026", "< 6,3", "skal øke") are read with the same parsers the import uses, and every
 * item goes through the same input schemas as the router, so a seed cannot hold what the app
 * would refuse. With basis "forrige", satsingsområder and mål named like copied ones are added
 * to, and `revise` changes or removes copied items by their title or text.
 *
 * Runs inside the caller's transaction (the domain functions' own transactions become savepoints).
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import {
  businessPlan,
  businessPlanVersion,
  developmentAction,
  planApproval,
  planComment,
  planIndicatorValue,
  roleAssignment,
  type PlanBudget,
} from "~/db/schema";
import type { actionStatuses, planSources, steeringLines } from "~/db/schema/enums";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import {
  addItem,
  addItemInput,
  itemFieldsInput,
  removeItem,
  setActivityStatus,
  setIndicatorValue,
  updateItem,
  type ItemKind,
} from "~/server/domain/business-plan/items";
import { createPlan, updateGeneral, updateGeneralInput } from "~/server/domain/business-plan/plans";
import { addComment, decide, publish, sendForApproval } from "~/server/domain/business-plan/review";
import { loadSnapshot, type PlanSnapshot } from "~/server/domain/business-plan/snapshot";
import { partnershipScope, type PartnershipRef } from "~/server/domain/scope";
import { parseTarget, periodKindOf, type PeriodKind } from "~/lib/business-plan/targets";
import { parseTiming } from "~/lib/business-plan/timing";
import { renderText } from "~/lib/i18n/text";
import { auditMark, backdateAudit } from "./assessment-builder";

type ActionStatus = (typeof actionStatuses)[number];
type PlanSource = (typeof planSources)[number];

export interface SeedFoundation {
  line: (typeof steeringLines)[number];
  title: string;
  summary?: string;
  url?: string;
}

export interface SeedActivity {
  text: string;
  /** A role or team, e.g. "Markedsavdelingen". */
  responsible?: string;
  responsiblePerson?: string;
  /** As typed: "fortløpende" (default), "1. halvår", "mars", "15.03.2026"; a text without a year is in the plan's year. */
  when?: string;
  /** Default ikke_startet. With `followUpAt`, reached then by a status change; else set from the start. */
  status?: ActionStatus;
  /** The text of an action in one of the partnership's development plans, to link to. */
  developmentAction?: string;
}

export interface SeedGoal {
  text: string;
  source: PlanSource;
  /** The title of the steering document (grunnlag) the goal comes from. */
  foundation?: string;
  activities?: readonly SeedActivity[];
}

export interface SeedFocusArea {
  title: string;
  description?: string;
  goals?: readonly SeedGoal[];
}

export interface SeedIndicator {
  name: string;
  source: PlanSource;
  unit?: string;
  baseline?: number | null;
  /** As typed: "skal øke", "skal synke", "< 6,3", "minst 95", "1 750". */
  target: string;
  /** Default "tertial". */
  periodKind?: PeriodKind;
  /** Actual values by period ("2026-T1", "2026-03", "2025"), entered at `valueEnteredAt(period)`. */
  values?: Readonly<Record<string, number>>;
}

/** Om kontoret and rammebetingelser; what is left out stays as the new plan had it. */
export interface SeedGeneral {
  vision?: string;
  description?: string;
  statePositions?: number | null;
  municipalPositions?: number | null;
  budget?: Partial<PlanBudget>;
  positionsBudget?: number | null;
  positionsResult?: number | null;
}

/** Changes to an item of the plan, matched on its title (grunnlag, satsingsområde), text (mål, aktivitet) or name (indikator). */
export type SeedRevision =
  | { match: string; remove: true }
  | {
      match: string;
      set: Partial<Omit<SeedFoundation, "line">> &
        Partial<Omit<SeedFocusArea, "goals" | "title">> &
        Partial<Omit<SeedGoal, "activities">> &
        Partial<Omit<SeedActivity, "developmentAction">> &
        Partial<Omit<SeedIndicator, "values" | "source">>;
    };

export interface SeedReview {
  /** When the Nav-leder sent the plan for approval. */
  sentAt: Date;
  /** Comments written while the plan is on review, optionally on an activity, goal or indicator (matched by text or name). */
  comments?: readonly { userId: string; at: Date; body: string; on?: string }[];
  /** The owners approve in this order; each approves every seat they hold. */
  approvals?: readonly { userId: string; at: Date }[];
  /** When the Nav-leder published the approved plan. */
  publishedAt?: Date;
}

export interface SeedBusinessPlan {
  year: number;
  basis: "tom" | "forrige";
  /** When the plan was created. */
  createdAt: Date;
  /** When the content below was written (one audit row a second from then); default half an hour after createdAt. */
  writtenAt?: Date;
  /** Who creates, writes and follows up the plan; default the partnership's Nav-leder. */
  authorUserId?: string;
  general?: SeedGeneral;
  /** Changes to copied items (basis "forrige"), made before anything is added. */
  revise?: readonly SeedRevision[];
  foundations?: readonly SeedFoundation[];
  /** A satsingsområde with the title of an existing one, and a goal with the text of an existing one, is added to. */
  focusAreas?: readonly SeedFocusArea[];
  indicators?: readonly SeedIndicator[];
  /** When activities got the status they have; left out, they have it from the start. */
  followUpAt?: Date;
  /**
   * When the value of a period was entered. Default: two weeks or so after the period ended
   * (the 10th of the next month, the 15th after a tertial, 1 February after a year), never
   * before the content was written and never later than an hour ago.
   */
  valueEnteredAt?: (period: string) => Date;
  review?: SeedReview;
}

export interface SeededBusinessPlan {
  planId: string;
  versionId: string;
  status: PlanSnapshot["version"]["status"];
  activities: number;
  indicators: number;
  values: number;
}

/** Runs `step`, then dates the audit rows it wrote to `when`, one second apart. */
async function at<T>(db: Database, when: Date, step: () => Promise<T>): Promise<T> {
  const mark = auditMark();
  const result = await step();
  await backdateAudit(db, mark, new Date(when.getTime() - 1000));
  return result;
}

const HOUR = 3_600_000;
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 9));

/** Roughly when an office has the figures for a period: after it ended, when the reports come. */
export function periodReportedAt(period: string): Date {
  const kind = periodKindOf(period);
  const year = Number(period.slice(0, 4));
  if (kind === "maned") return utc(year, Number(period.slice(5, 7)) + 1, 10);
  if (kind === "tertial") return utc(year, Number(period.slice(6)) * 4 + 1, 15);
  if (kind === "ar") return utc(year + 1, 2, 1);
  throw new Error(`plan seed: "${period}" is not a period`);
}

/** The partnership's Nav-leder, who writes the plan unless told otherwise. */
export async function navLederOf(db: Database, partnershipId: string): Promise<string> {
  const [row] = await db
    .select({ userId: roleAssignment.userId })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.partnershipId, partnershipId), eq(roleAssignment.role, "nav_leder")))
    .orderBy(roleAssignment.createdAt, roleAssignment.id)
    .limit(1);
  if (!row) throw new Error(`plan seed: partnership ${partnershipId} has no Nav-leder`);
  return row.userId;
}

/** Parses through the router's own schema, with the seed's context in the error. */
function fieldsOf(input: unknown, what: string) {
  const parsed = itemFieldsInput.safeParse(input);
  if (!parsed.success) throw new Error(`plan seed: ${what}: ${parsed.error.issues.map((i) => i.message).join(" ")}`);
  return parsed.data;
}

function timingOf(when: string | undefined, year: number, what: string) {
  const timing = parseTiming(when ?? "fortløpende", year);
  if ("error" in timing) throw new Error(`plan seed: ${what}: ${renderText(timing.error, "nb")}`);
  return timing;
}

function targetOf(target: string, what: string) {
  const parsed = parseTarget(target);
  if ("error" in parsed) throw new Error(`plan seed: ${what}: ${renderText(parsed.error, "nb")}`);
  return parsed;
}

/** Finds an item of the version by its title, text or name. */
function findItem(snapshot: PlanSnapshot, match: string): { kind: ItemKind; row: { id: string; version: number } & Record<string, unknown> } {
  const found: { kind: ItemKind; row: { id: string; version: number } & Record<string, unknown> }[] = [];
  for (const f of snapshot.foundations) if (f.title === match) found.push({ kind: "foundation", row: f });
  for (const area of snapshot.focusAreas) {
    if (area.title === match) found.push({ kind: "focus_area", row: area });
    for (const goal of area.goals) {
      if (goal.text === match) found.push({ kind: "goal", row: goal });
      for (const a of goal.activities) if (a.text === match) found.push({ kind: "activity", row: a });
    }
  }
  for (const i of snapshot.indicators) if (i.name === match) found.push({ kind: "indicator", row: i });
  if (found.length !== 1) throw new Error(`plan seed: ${found.length} items match "${match}", expected one`);
  return found[0]!;
}

export async function seedBusinessPlan(db: Database, target: PartnershipRef, spec: SeedBusinessPlan): Promise<SeededBusinessPlan> {
  const authorId = spec.authorUserId ?? (await navLederOf(db, target.id));
  /** Each step as the person who took it, with their roles in the partnership. */
  const as = async (userId: string) => partnershipScope(db, userId, target, await loadPartnershipAccess(db, userId, target));
  const author = await as(authorId);
  const writtenAt = spec.writtenAt ?? new Date(spec.createdAt.getTime() + HOUR / 2);
  const review = spec.review;
  const order = [spec.createdAt, writtenAt, spec.followUpAt, review?.sentAt, ...(review?.approvals ?? []).map((a) => a.at), review?.publishedAt];
  const inOrder = [spec.createdAt, writtenAt, review?.sentAt, ...(review?.approvals ?? []).map((a) => a.at), review?.publishedAt].filter(
    (d): d is Date => d !== undefined,
  );
  if (inOrder.some((d, i) => i > 0 && d < inOrder[i - 1]!) || (spec.followUpAt && spec.followUpAt < writtenAt)) {
    throw new Error(`plan seed ${spec.year}: steps out of order (${order.map((d) => d?.toISOString() ?? "–").join(", ")})`);
  }

  const { planId, versionId } = await at(db, spec.createdAt, () => createPlan(author, { year: spec.year, basis: spec.basis }));
  const snapshot = async () => (await loadSnapshot(db, versionId))!;
  const versionNow = async () =>
    (await db.select({ version: businessPlanVersion.version }).from(businessPlanVersion).where(eq(businessPlanVersion.id, versionId)).limit(1))[0]!
      .version;

  // --- Writing: om kontoret, revisions, then what is added -----------------------------
  const activityStatuses: { id: string; status: ActionStatus }[] = [];
  const indicatorIds = new Map<string, { id: string; key: string }>();
  const addFields = async (fields: unknown, what: string, parentId?: string) => {
    const parsed = addItemInput.safeParse({ versionId, parentId, fields });
    if (!parsed.success) throw new Error(`plan seed: ${what}: ${parsed.error.issues.map((i) => i.message).join(" ")}`);
    return addItem(author, parsed.data);
  };

  const activityFields = (a: SeedActivity, status: ActionStatus, developmentActionId: string | null) => ({
    kind: "activity",
    text: a.text,
    responsible: a.responsible ?? "",
    responsiblePerson: a.responsiblePerson ?? "",
    timing: timingOf(a.when, spec.year, a.text),
    status,
    developmentActionId,
  });
  const indicatorFields = (i: Omit<SeedIndicator, "values">) => ({
    kind: "indicator",
    name: i.name,
    source: i.source,
    unit: i.unit ?? "",
    baseline: i.baseline ?? null,
    ...targetOf(i.target, i.name),
    periodKind: i.periodKind ?? "tertial",
  });
  const developmentActionId = async (text: string | undefined) => {
    if (text === undefined) return null;
    const [row] = await db
      .select({ id: developmentAction.id })
      .from(developmentAction)
      .where(and(eq(developmentAction.partnershipId, target.id), eq(developmentAction.text, text)))
      .orderBy(developmentAction.createdAt, developmentAction.id)
      .limit(1);
    if (!row) throw new Error(`plan seed: no development action "${text}" in partnership ${target.id}`);
    return row.id;
  };

  const write = async () => {
    if (spec.general) {
      const { version: row } = await snapshot();
      const g = spec.general;
      const budget = { ...row.budget, ...g.budget };
      await updateGeneral(
        author,
        updateGeneralInput.parse({
          versionId,
          version: row.version,
          vision: g.vision ?? row.vision,
          description: g.description ?? row.description,
          statePositions: g.statePositions === undefined ? row.statePositions : g.statePositions,
          municipalPositions: g.municipalPositions === undefined ? row.municipalPositions : g.municipalPositions,
          budget,
          positionsBudget: g.positionsBudget === undefined ? row.positionsBudget : g.positionsBudget,
          positionsResult: g.positionsResult === undefined ? row.positionsResult : g.positionsResult,
        }),
      );
    }

    for (const revision of spec.revise ?? []) {
      const { kind, row } = findItem(await snapshot(), revision.match);
      if ("remove" in revision) {
        await removeItem(author, { kind, id: row.id, version: row.version });
        continue;
      }
      const s = revision.set;
      const current = row as Record<string, unknown>;
      let fields: unknown;
      switch (kind) {
        case "foundation":
          fields = { kind, line: current.line, title: s.title ?? current.title, summary: s.summary ?? current.summary, url: s.url ?? current.url ?? "" };
          break;
        case "focus_area":
          fields = { kind, title: s.title ?? current.title, description: s.description ?? current.description };
          break;
        case "goal":
          fields = { kind, text: s.text ?? current.text, source: s.source ?? current.source, foundationKey: current.foundationKey };
          break;
        case "activity":
          fields = {
            kind,
            text: s.text ?? current.text,
            responsible: s.responsible ?? current.responsible,
            responsiblePerson: s.responsiblePerson ?? current.responsiblePerson,
            timing: s.when === undefined ? { kind: current.timingKind, value: current.timingValue } : timingOf(s.when, spec.year, revision.match),
            status: s.status ?? current.status,
            developmentActionId: current.developmentActionId,
          };
          break;
        case "indicator": {
          const { id: _i, versionId: _v, key: _k, position: _p, version: _ver, values: _values, earlier: _earlier, ...kept } = current;
          fields = {
            ...(kept as object),
            kind,
            name: s.name ?? current.name,
            unit: s.unit ?? current.unit,
            baseline: s.baseline === undefined ? current.baseline : s.baseline,
            periodKind: s.periodKind ?? current.periodKind,
            ...(s.target === undefined ? {} : targetOf(s.target, revision.match)),
          };
          break;
        }
      }
      await updateItem(author, { id: row.id, version: row.version, fields: fieldsOf(fields, revision.match) });
    }

    for (const f of spec.foundations ?? []) {
      await addFields({ kind: "foundation", line: f.line, title: f.title, summary: f.summary ?? "", url: f.url ?? "" }, f.title);
    }

    for (const area of spec.focusAreas ?? []) {
      const existingArea = (await snapshot()).focusAreas.find((a) => a.title === area.title);
      const areaId =
        existingArea?.id ?? (await addFields({ kind: "focus_area", title: area.title, description: area.description ?? "" }, area.title)).id;
      for (const goal of area.goals ?? []) {
        const current = await snapshot();
        const existingGoal = current.focusAreas.find((a) => a.id === areaId)!.goals.find((g) => g.text === goal.text);
        let goalId = existingGoal?.id;
        if (!goalId) {
          const foundation = goal.foundation === undefined ? undefined : current.foundations.find((f) => f.title === goal.foundation);
          if (goal.foundation !== undefined && !foundation) throw new Error(`plan seed: no grunnlag "${goal.foundation}" for "${goal.text}"`);
          goalId = (
            await addFields({ kind: "goal", text: goal.text, source: goal.source, foundationKey: foundation?.key ?? null }, goal.text, areaId)
          ).id;
        }
        for (const a of goal.activities ?? []) {
          const status = a.status ?? "ikke_startet";
          const created = await addFields(
            activityFields(a, spec.followUpAt ? "ikke_startet" : status, await developmentActionId(a.developmentAction)),
            a.text,
            goalId,
          );
          if (spec.followUpAt && status !== "ikke_startet") activityStatuses.push({ id: created.id, status });
        }
      }
    }

    for (const indicator of spec.indicators ?? []) {
      indicatorIds.set(indicator.name, await addFields(indicatorFields(indicator), indicator.name));
    }
  };

  // --- The timeline: every step at its time, in order ---------------------------------
  const steps: { when: Date; run: () => Promise<void> }[] = [{ when: writtenAt, run: write }];

  const now = Date.now();
  const enteredAt = (period: string) => {
    if (spec.valueEnteredAt) return spec.valueEnteredAt(period);
    const natural = periodReportedAt(period).getTime();
    return new Date(Math.min(Math.max(natural, writtenAt.getTime() + HOUR), now - HOUR));
  };
  const valuesByTime = new Map<number, { indicator: string; period: string; value: number }[]>();
  let valueCount = 0;
  for (const indicator of spec.indicators ?? []) {
    for (const [period, value] of Object.entries(indicator.values ?? {})) {
      const when = enteredAt(period).getTime();
      if (when < writtenAt.getTime()) throw new Error(`plan seed: the value for ${period} of "${indicator.name}" is entered before the plan was written`);
      valuesByTime.set(when, [...(valuesByTime.get(when) ?? []), { indicator: indicator.name, period, value }]);
      valueCount++;
    }
  }
  for (const [when, values] of valuesByTime) {
    steps.push({
      when: new Date(when),
      run: async () => {
        for (const v of values) {
          const indicator = indicatorIds.get(v.indicator)!;
          await setIndicatorValue(author, { indicatorId: indicator.id, period: v.period, value: v.value, version: 0 });
          await db
            .update(planIndicatorValue)
            .set({ updatedAt: new Date(when) })
            .where(
              and(eq(planIndicatorValue.planId, planId), eq(planIndicatorValue.indicatorKey, indicator.key), eq(planIndicatorValue.period, v.period)),
            );
        }
      },
    });
  }

  if (spec.followUpAt) {
    steps.push({
      when: spec.followUpAt,
      // activityStatuses is filled by the writing step, which runs before this one.
      run: async () => {
        const versions = new Map(
          (await snapshot()).focusAreas.flatMap((a) => a.goals.flatMap((g) => g.activities.map((x) => [x.id, x.version] as const))),
        );
        for (const { id, status } of activityStatuses) {
          await setActivityStatus(author, { id, version: versions.get(id)!, status });
        }
      },
    });
  }

  const stamps: { sentAt?: Date; approvedAt?: Date; publishedAt?: Date; lastChange: Date } = { lastChange: writtenAt };
  if (review) {
    steps.push({
      when: review.sentAt,
      run: async () => {
        await sendForApproval(author, { versionId, version: await versionNow() });
        stamps.sentAt = stamps.lastChange = review.sentAt;
      },
    });
    for (const comment of review.comments ?? []) {
      steps.push({
        when: comment.at,
        run: async () => {
          const on = comment.on === undefined ? null : findItem(await snapshot(), comment.on);
          if (on && on.kind !== "goal" && on.kind !== "activity" && on.kind !== "indicator") {
            throw new Error(`plan seed: comments can be on goals, activities and indicators, not on "${comment.on}"`);
          }
          const { id } = await addComment(await as(comment.userId), {
            versionId,
            targetKind: on ? (on.kind as "goal" | "activity" | "indicator") : "plan",
            targetKey: on ? (on.row.key as string) : null,
            parentId: null,
            body: comment.body,
          });
          await db.update(planComment).set({ createdAt: comment.at }).where(eq(planComment.id, id));
        },
      });
    }
    for (const approval of review.approvals ?? []) {
      steps.push({
        when: approval.at,
        run: async () => {
          const { status } = await decide(await as(approval.userId), {
            versionId,
            version: await versionNow(),
            decision: "godkjent",
            comment: "",
          });
          await db
            .update(planApproval)
            .set({ decidedAt: approval.at })
            .where(and(eq(planApproval.versionId, versionId), eq(planApproval.userId, approval.userId)));
          stamps.lastChange = approval.at;
          if (status === "godkjent") stamps.approvedAt = approval.at;
        },
      });
    }
    const publishedAt = review.publishedAt;
    if (publishedAt) {
      steps.push({
        when: publishedAt,
        run: async () => {
          await publish(author, { versionId, version: await versionNow() });
          stamps.publishedAt = stamps.lastChange = publishedAt;
        },
      });
    }
  }

  // Stable: steps at the same time keep the order above (writing, values, follow-up, review).
  for (const step of steps.toSorted((a, b) => a.when.getTime() - b.when.getTime())) await at(db, step.when, step.run);

  await db
    .update(businessPlanVersion)
    .set({
      createdAt: spec.createdAt,
      updatedAt: stamps.lastChange,
      sentAt: stamps.sentAt ?? null,
      approvedAt: stamps.approvedAt ?? null,
      publishedAt: stamps.publishedAt ?? null,
    })
    .where(eq(businessPlanVersion.id, versionId));
  await db.update(businessPlan).set({ createdAt: spec.createdAt, updatedAt: spec.createdAt }).where(eq(businessPlan.id, planId));

  const done = await snapshot();
  return {
    planId,
    versionId,
    status: done.version.status,
    activities: done.focusAreas.reduce((n, a) => n + a.goals.reduce((m, g) => m + g.activities.length, 0), 0),
    indicators: done.indicators.length,
    values: valueCount,
  };
}
