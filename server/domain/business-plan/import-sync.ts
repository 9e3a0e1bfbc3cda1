/**
 * The spreadsheet round trip: a file exported from the plan (server/export/plan-xlsx.ts), edited
 * in Excel and imported again, updates the same activities, indicators and measurements instead
 * of adding them twice.
 *
 * - Rows are matched by the key the export writes in a hidden column (an item's key survives
 *   new versions, ADR 0007, so a file from an earlier version of the same plan still matches).
 *   A measurement is matched by its indicator and period. A row without a known key is new;
 *   an indicator without one is matched by name, as the import always did.
 * - planImport (pure) works out what would happen: new, changed (field by field), unchanged,
 *   and what the plan has that the file does not. Nothing is removed unless the person ticks it.
 * - previewImport shows that and a token of it; applyImport recomputes it against the plan as it
 *   is now, refuses if it is not what was previewed (the plan changed since), and writes it all
 *   in one transaction with an audit row per change.
 * - A file whose hidden sheet says it comes from another partnership or another year's plan is
 *   refused before any row is read against this plan.
 * - The preview and the errors are written in the reader's language (ADR 0018); the token is
 *   taken from the preview in bokmål, so it stands for what the import does, whatever the language.
 */
import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { inTransaction, type Executor } from "~/db/connection";
import { planActivity, planFocusArea, planGoal, planIndicator, planIndicatorValue } from "~/db/schema";
import { diffFields } from "~/server/domain/audit/record";
import { DomainError, invalid } from "~/server/domain/errors";
import type { PlanSource } from "~/lib/business-plan/balance";
import type { PartnershipScope } from "~/server/domain/scope";
import { auditPlan, loadPlanVersion, requireEditableDraft, touchVersion } from "./plans";
import { loadSnapshot, type ActivityRow, type FocusAreaNode, type GoalNode, type IndicatorNode, type PlanSnapshot } from "./snapshot";
import { formatNumber } from "~/lib/format";
import { periodText, timingText } from "~/lib/business-plan/period-words";
import { formatTarget, type PeriodKind } from "~/lib/business-plan/target-rules";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { text } from "~/lib/i18n/text";
import { cellError, type ImportError, type ParsedActivity, type ParsedIndicator, type ParsedPlanTables } from "./xlsx-parse";
import { importWords, periodProblem, type ImportWords } from "./xlsx-values";

// --- What the person sees -------------------------------------------------------------

export interface FieldChange {
  /** The column's name in the sheet. */
  field: string;
  from: string;
  to: string;
}

export interface PreviewRow {
  /** What the confirm step names to remove it: "activity:<key>", "indicator:<key>", "value:<key>:<period>". */
  ref: string;
  /** The row in the sheet; null for what is only in the plan. */
  row: number | null;
  label: string;
  /** Where it sits (the goal of an activity), to tell similar rows apart. */
  context?: string;
  changes: FieldChange[];
}

export interface TablePreview {
  added: PreviewRow[];
  changed: PreviewRow[];
  unchanged: number;
  /** In the plan but not in the file: removed only if the person chooses so. */
  missing: PreviewRow[];
}

export interface ImportPreview {
  activities: TablePreview;
  indicators: TablePreview;
  values: TablePreview;
  /** Satsingsområder and goals the file names that the plan lacks: added with the rows. */
  newAreas: string[];
  newGoals: string[];
  /** Goals whose source (Kilde) the file changes. */
  changedGoals: PreviewRow[];
}

export type PreviewResult = { preview: ImportPreview & { token: string }; errors?: never } | { preview?: never; errors: ImportError[] };

export interface TableCounts {
  added: number;
  changed: number;
  removed: number;
}

export type ApplyResult =
  | { imported: { activities: TableCounts; indicators: TableCounts; values: TableCounts }; errors?: never }
  | { imported?: never; errors: ImportError[] };

export const STALE_PREVIEW = text("plan.import.stalePreview");

// --- Working it out -------------------------------------------------------------------

type ActivityFields = NonNullable<ParsedActivity["activity"]>;
type IndicatorFields = Omit<ParsedIndicator, "sheetRow" | "key">;

interface NewGoal {
  ref: string;
  areaRef: string;
  text: string;
  source: PlanSource;
}

type ActivityOp =
  | { kind: "update"; current: ActivityRow; goalRef: string; moved: boolean; fields: ActivityFields }
  | { kind: "add"; goalRef: string; fields: ActivityFields };

type IndicatorOp = { kind: "update"; current: IndicatorNode; fields: IndicatorFields } | { kind: "add"; ref: string; fields: IndicatorFields };

interface ValueOp {
  /** The indicator's key, or the ref of an indicator this import adds. */
  indicatorRef: string;
  period: string;
  value: number;
  from: number | null;
}

export interface ImportPlan {
  preview: ImportPreview;
  newAreas: { ref: string; title: string }[];
  newGoals: NewGoal[];
  goalSources: { goal: GoalNode; source: PlanSource }[];
  activities: ActivityOp[];
  indicators: IndicatorOp[];
  values: ValueOp[];
  /** What may be removed, by ref. */
  removable: Map<string, { kind: "activity"; row: ActivityRow } | { kind: "indicator"; row: IndicatorNode } | { kind: "value"; indicator: IndicatorNode; period: string; value: number }>;
}

export interface StoredValue {
  indicatorKey: string;
  period: string;
  value: number;
}

const same = (a: string, b: string) => a.replace(/\r\n?/g, "\n").trim() === b.replace(/\r\n?/g, "\n").trim();
const shown = (w: ImportWords, written: string) => written.replace(/\s+/g, " ").trim() || w.t("importForm.empty");
const numberText = (w: ImportWords, n: number | null) => (n === null ? w.t("importForm.empty") : formatNumber(n, w.locale));
const targetText = (w: ImportWords, i: Parameters<typeof formatTarget>[0]) => formatTarget(i, (d) => w.t(`targetDirection.${d}`));

function foreignFileError(w: ImportWords, snapshot: PlanSnapshot, origin: NonNullable<ParsedPlanTables["origin"]>): string | null {
  // Years as text: a number value would be formatted ("2 027").
  const year = String(snapshot.plan.year);
  if (origin.partnershipId !== snapshot.plan.partnershipId) {
    return origin.officeName ? w.t("import.foreignPartnershipOffice", { office: origin.officeName }) : w.t("import.foreignPartnership");
  }
  if (origin.planId !== snapshot.plan.id) {
    return origin.year ? w.t("import.foreignPlanYear", { from: String(origin.year), year }) : w.t("import.foreignPlan", { year });
  }
  return null;
}

/**
 * What importing the parsed file into the version would do, without doing it, in the reader's
 * language (`locale`). Errors (a value for an indicator nobody has, a goal given two sources)
 * come back instead, all of them.
 */
export function planImport(
  snapshot: PlanSnapshot,
  stored: readonly StoredValue[],
  parsed: ParsedPlanTables,
  locale?: Locale,
): { plan: ImportPlan } | { errors: ImportError[] } {
  if (parsed.errors.length > 0) return { errors: parsed.errors };
  const w = importWords(locale);
  if (parsed.origin) {
    const foreign = foreignFileError(w, snapshot, parsed.origin);
    if (foreign) return { errors: [{ sheet: "", row: 0, message: foreign }] };
  }
  const errors: ImportError[] = [];
  const errorAt = (sheet: string, row: number, column: string, message: string) => errors.push(cellError(w, sheet, row, column, message));
  const sheets = w.layout.sheets;
  const timing = (kind: ActivityRow["timingKind"], value: string | null) => timingText(kind, value, w.locale, w.t);
  const period = (value: string) => periodText(value, w.locale, w.t);
  const removable: ImportPlan["removable"] = new Map();
  const year = snapshot.plan.year;

  // --- Satsingsområder, goals and activities -----------------------------------------
  const areaByTitle = new Map<string, FocusAreaNode>();
  const goalsByArea = new Map<string, Map<string, GoalNode>>();
  const activityByKey = new Map<string, { activity: ActivityRow; goal: GoalNode; area: FocusAreaNode }>();
  for (const area of snapshot.focusAreas) {
    if (!areaByTitle.has(area.title.trim())) areaByTitle.set(area.title.trim(), area);
    const goals = new Map<string, GoalNode>();
    goalsByArea.set(area.id, goals);
    for (const goal of area.goals) {
      if (!goals.has(goal.text.trim())) goals.set(goal.text.trim(), goal);
      for (const activity of goal.activities) activityByKey.set(activity.key, { activity, goal, area });
    }
  }
  const goalById = new Map(snapshot.focusAreas.flatMap((a) => a.goals.map((g) => [g.id, g] as const)));

  const newAreas: ImportPlan["newAreas"] = [];
  const newGoals: NewGoal[] = [];
  const newGoalByKey = new Map<string, NewGoal>();
  const goalSourceSeen = new Map<string, { source: PlanSource; row: number }>();
  const claimedActivities = new Set<string>();
  const activities: ActivityOp[] = [];
  const activityPreview: TablePreview = { added: [], changed: [], unchanged: 0, missing: [] };
  const A = w.layout.activityHeaders;

  for (const row of parsed.activities) {
    let areaRef = areaByTitle.get(row.area)?.id;
    if (!areaRef) {
      areaRef = `new-area:${row.area}`;
      if (!newAreas.some((a) => a.ref === areaRef)) newAreas.push({ ref: areaRef, title: row.area });
    }
    if (!row.goal) continue;
    let goalRef = goalsByArea.get(areaRef)?.get(row.goal.text)?.id;
    if (!goalRef) {
      const id = `${areaRef}\u0000${row.goal.text}`;
      let created = newGoalByKey.get(id);
      if (!created) {
        created = { ref: `new-goal:${newGoals.length}`, areaRef, text: row.goal.text, source: row.goal.source };
        newGoals.push(created);
        newGoalByKey.set(id, created);
      }
      goalRef = created.ref;
    }
    const seen = goalSourceSeen.get(goalRef);
    if (seen && seen.source !== row.goal.source) {
      errorAt(
        sheets.activities,
        row.sheetRow,
        A.source,
        w.t("import.goalTwoSources", { goal: shown(w, row.goal.text), source: w.t(`source.${seen.source}`), row: String(seen.row) }),
      );
    } else if (!seen) goalSourceSeen.set(goalRef, { source: row.goal.source, row: row.sheetRow });
    if (!row.activity) continue;

    const match = row.key && !claimedActivities.has(row.key) ? activityByKey.get(row.key) : undefined;
    if (!match) {
      activities.push({ kind: "add", goalRef, fields: row.activity });
      activityPreview.added.push({ ref: `row:${row.sheetRow}`, row: row.sheetRow, label: row.activity.text, context: row.goal.text, changes: [] });
      continue;
    }
    claimedActivities.add(match.activity.key);
    const { activity: current, goal: currentGoal, area: currentArea } = match;
    const changes: FieldChange[] = [];
    const moved = currentGoal.id !== goalRef;
    if (moved) {
      if (currentArea.id !== areaRef) changes.push({ field: A.area, from: currentArea.title, to: row.area });
      if (!same(currentGoal.text, row.goal.text)) changes.push({ field: A.goal, from: currentGoal.text, to: row.goal.text });
    }
    const f = row.activity;
    if (!same(current.text, f.text)) changes.push({ field: A.text, from: current.text, to: f.text });
    if (!same(current.responsible, f.responsible)) changes.push({ field: A.responsible, from: current.responsible, to: f.responsible });
    if (!same(current.responsiblePerson, f.responsiblePerson)) {
      changes.push({ field: A.responsiblePerson, from: current.responsiblePerson, to: f.responsiblePerson });
    }
    if (current.timingKind !== f.timingKind || (current.timingValue ?? null) !== f.timingValue) {
      changes.push({ field: A.timing, from: timing(current.timingKind, current.timingValue), to: timing(f.timingKind, f.timingValue) });
    }
    if (current.status !== f.status) {
      changes.push({ field: A.status, from: w.t(`activityStatus.${current.status}`), to: w.t(`activityStatus.${f.status}`) });
    }
    if (changes.length === 0) {
      activityPreview.unchanged += 1;
      continue;
    }
    activities.push({ kind: "update", current, goalRef, moved, fields: f });
    activityPreview.changed.push({ ref: `activity:${current.key}`, row: row.sheetRow, label: current.text, context: currentGoal.text, changes });
  }
  if (parsed.sheets.activities) {
    for (const { activity, goal } of activityByKey.values()) {
      if (claimedActivities.has(activity.key)) continue;
      const ref = `activity:${activity.key}`;
      removable.set(ref, { kind: "activity", row: activity });
      activityPreview.missing.push({ ref, row: null, label: activity.text, context: goal.text, changes: [] });
    }
  }

  const goalSources: ImportPlan["goalSources"] = [];
  const changedGoals: PreviewRow[] = [];
  for (const [ref, { source, row }] of goalSourceSeen) {
    const goal = goalById.get(ref);
    if (!goal || goal.source === source) continue;
    goalSources.push({ goal, source });
    changedGoals.push({
      ref: `goal:${goal.key}`,
      row,
      label: goal.text,
      changes: [{ field: A.source, from: w.t(`source.${goal.source}`), to: w.t(`source.${source}`) }],
    });
  }

  // --- Indicators -----------------------------------------------------------------------
  const I = w.layout.indicatorHeaders;
  const indicatorByKey = new Map(snapshot.indicators.map((i) => [i.key, i]));
  const claimedIndicators = new Set<string>();
  const matchOf = new Map<ParsedIndicator, IndicatorNode>();
  // Keys first, so a renamed indicator keeps its own row; then names, for files made by hand.
  for (const row of parsed.indicators) {
    const byKey = row.key ? indicatorByKey.get(row.key) : undefined;
    if (byKey && !claimedIndicators.has(byKey.key)) {
      matchOf.set(row, byKey);
      claimedIndicators.add(byKey.key);
    }
  }
  for (const row of parsed.indicators) {
    if (matchOf.has(row)) continue;
    const byName = snapshot.indicators.find((i) => !claimedIndicators.has(i.key) && i.name.trim() === row.name);
    if (byName) {
      matchOf.set(row, byName);
      claimedIndicators.add(byName.key);
    }
  }
  const indicators: IndicatorOp[] = [];
  const indicatorPreview: TablePreview = { added: [], changed: [], unchanged: 0, missing: [] };
  /** What values can point at: the indicator's key (or new ref), its name and how it is measured after the import. */
  const targets: { ref: string; name: string; periodKind: PeriodKind; current: IndicatorNode | null }[] = [];
  for (const row of parsed.indicators) {
    const { sheetRow, key: _key, ...fields } = row;
    const current = matchOf.get(row);
    if (!current) {
      const ref = `new-indicator:${sheetRow}`;
      indicators.push({ kind: "add", ref, fields });
      indicatorPreview.added.push({ ref, row: sheetRow, label: fields.name, changes: [] });
      targets.push({ ref, name: fields.name, periodKind: fields.periodKind, current: null });
      continue;
    }
    targets.push({ ref: current.key, name: fields.name, periodKind: fields.periodKind, current });
    const changes: FieldChange[] = [];
    if (!same(current.name, fields.name)) changes.push({ field: I.name, from: current.name, to: fields.name });
    if (current.source !== fields.source) changes.push({ field: I.source, from: w.t(`source.${current.source}`), to: w.t(`source.${fields.source}`) });
    if (!same(current.unit, fields.unit)) changes.push({ field: I.unit, from: current.unit, to: fields.unit });
    if (current.baseline !== fields.baseline) changes.push({ field: I.baseline, from: numberText(w, current.baseline), to: numberText(w, fields.baseline) });
    const targetChanged =
      current.targetKind !== fields.targetKind ||
      current.targetValue !== fields.targetValue ||
      current.targetDirection !== fields.targetDirection ||
      current.targetOperator !== fields.targetOperator;
    if (targetChanged) changes.push({ field: I.target, from: targetText(w, current), to: targetText(w, fields) });
    if (current.periodKind !== fields.periodKind) {
      changes.push({ field: I.periodKind, from: w.t(`periodKind.${current.periodKind}`), to: w.t(`periodKind.${fields.periodKind}`) });
    }
    if (changes.length === 0) {
      indicatorPreview.unchanged += 1;
      continue;
    }
    indicators.push({ kind: "update", current, fields });
    indicatorPreview.changed.push({ ref: `indicator:${current.key}`, row: sheetRow, label: current.name, changes });
  }
  for (const indicator of snapshot.indicators) {
    if (claimedIndicators.has(indicator.key)) continue;
    targets.push({ ref: indicator.key, name: indicator.name, periodKind: indicator.periodKind, current: indicator });
    if (!parsed.sheets.indicators) continue;
    const ref = `indicator:${indicator.key}`;
    removable.set(ref, { kind: "indicator", row: indicator });
    indicatorPreview.missing.push({ ref, row: null, label: indicator.name, changes: [] });
  }

  // --- Measurements: one per indicator and period ---------------------------------------
  const V = w.layout.valueHeaders;
  const storedByRef = new Map(stored.map((v) => [`${v.indicatorKey}\u0000${v.period}`, v]));
  const seenValues = new Map<string, number>();
  const values: ValueOp[] = [];
  const valuePreview: TablePreview = { added: [], changed: [], unchanged: 0, missing: [] };
  for (const v of parsed.values) {
    const target =
      (v.indicatorKey ? targets.find((t) => t.current?.key === v.indicatorKey) : undefined) ??
      targets.find((t) => t.name === v.indicator && (t.current === null || claimedIndicators.has(t.current.key))) ??
      targets.find((t) => t.current && t.current.name.trim() === v.indicator);
    if (!target) {
      errorAt(sheets.values, v.sheetRow, V.indicator, w.t("import.indicatorNotFound", { indicator: v.indicator, sheet: sheets.indicators }));
      continue;
    }
    const problem = periodProblem(target.name, v.period, target.periodKind, year);
    if (problem) {
      errorAt(sheets.values, v.sheetRow, V.period, w.say(problem));
      continue;
    }
    const id = `${target.ref}\u0000${v.period}`;
    const earlier = seenValues.get(id);
    if (earlier !== undefined) {
      errorAt(
        sheets.values,
        v.sheetRow,
        V.period,
        w.t("import.indicatorValueTwice", { name: target.name, period: period(v.period), row: String(earlier) }),
      );
      continue;
    }
    seenValues.set(id, v.sheetRow);
    const label = `${target.name}, ${period(v.period)}`;
    const existing = storedByRef.get(id);
    if (existing?.value === v.value) {
      valuePreview.unchanged += 1;
      continue;
    }
    values.push({ indicatorRef: target.ref, period: v.period, value: v.value, from: existing?.value ?? null });
    if (existing) {
      valuePreview.changed.push({
        ref: `value:${target.ref}:${v.period}`,
        row: v.sheetRow,
        label,
        changes: [{ field: V.value, from: formatNumber(existing.value, w.locale), to: formatNumber(v.value, w.locale) }],
      });
    } else valuePreview.added.push({ ref: `row:${v.sheetRow}`, row: v.sheetRow, label, changes: [] });
  }
  if (parsed.sheets.values) {
    for (const indicator of snapshot.indicators) {
      for (const v of stored) {
        if (v.indicatorKey !== indicator.key || seenValues.has(`${indicator.key}\u0000${v.period}`)) continue;
        const ref = `value:${indicator.key}:${v.period}`;
        removable.set(ref, { kind: "value", indicator, period: v.period, value: v.value });
        valuePreview.missing.push({
          ref,
          row: null,
          label: `${indicator.name}, ${period(v.period)}`,
          context: w.t("import.valueContext", { value: formatNumber(v.value, w.locale) }),
          changes: [],
        });
      }
    }
  }

  if (errors.length > 0) return { errors };
  return {
    plan: {
      preview: {
        activities: activityPreview,
        indicators: indicatorPreview,
        values: valuePreview,
        newAreas: newAreas.map((a) => a.title),
        newGoals: newGoals.map((g) => g.text),
        changedGoals,
      },
      newAreas,
      newGoals,
      goalSources,
      activities,
      indicators,
      values,
      removable,
    },
  };
}

/** Stands for exactly what the preview showed, so the confirm step can tell whether it still holds. */
export function previewToken(versionId: string, preview: ImportPreview) {
  return createHash("sha256").update(JSON.stringify({ versionId, preview })).digest("hex");
}

/**
 * planImport in the reader's language, with the token of its preview. The token is the bokmål
 * preview's, so a preview read in nynorsk and confirmed after a change of language still holds.
 */
function planWithToken(
  versionId: string,
  snapshot: PlanSnapshot,
  stored: readonly StoredValue[],
  parsed: ParsedPlanTables,
  locale: Locale,
): { plan: ImportPlan; token: string } | { errors: ImportError[] } {
  const planned = planImport(snapshot, stored, parsed, locale);
  if ("errors" in planned) return planned;
  const reference = locale === defaultLocale ? planned : planImport(snapshot, stored, parsed, defaultLocale);
  // The same rows give the same errors in every language, so the reference has a plan too.
  if ("errors" in reference) return reference;
  return { plan: planned.plan, token: previewToken(versionId, reference.plan.preview) };
}

const storedValues = (db: Executor, planId: string): Promise<StoredValue[]> =>
  db
    .select({ indicatorKey: planIndicatorValue.indicatorKey, period: planIndicatorValue.period, value: planIndicatorValue.value })
    .from(planIndicatorValue)
    .where(eq(planIndicatorValue.planId, planId))
    .orderBy(asc(planIndicatorValue.indicatorKey), asc(planIndicatorValue.period));

const valueWhere = (planId: string, indicatorKey: string, period: string) =>
  and(eq(planIndicatorValue.planId, planId), eq(planIndicatorValue.indicatorKey, indicatorKey), eq(planIndicatorValue.period, period));

/** What the import would do to the newest draft, in the reader's language (bokmål by default); writes nothing. */
export async function previewImport(
  scope: PartnershipScope,
  input: { versionId: string; parsed: ParsedPlanTables; locale?: Locale },
): Promise<PreviewResult> {
  const { db, partnership: { id: partnershipId } } = scope;
  const { versionId, parsed, locale = defaultLocale } = input;
  const { version, plan } = await loadPlanVersion(db, partnershipId, versionId);
  await requireEditableDraft(db, version);
  const planned = planWithToken(version.id, (await loadSnapshot(db, version.id))!, await storedValues(db, plan.id), parsed, locale);
  if ("errors" in planned) return { errors: planned.errors };
  return { preview: { ...planned.plan.preview, token: planned.token } };
}

export interface ImportChoice {
  /** The token of the preview the person confirmed. */
  token: string;
  /** Refs of the rows missing from the file that the person chose to remove. */
  remove: readonly string[];
}

/**
 * Applies what the preview showed, all or nothing: adds and updates, and removes only what was
 * chosen. Refused with CONFLICT when the plan no longer gives the same preview.
 */
export async function applyImport(
  scope: PartnershipScope,
  input: { versionId: string; parsed: ParsedPlanTables; locale?: Locale } & ImportChoice,
): Promise<ApplyResult> {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  const { versionId, parsed, locale = defaultLocale, ...choice } = input;
  return inTransaction(db, async (tx): Promise<ApplyResult> => {
    const { version, plan } = await loadPlanVersion(tx, partnershipId, versionId);
    await requireEditableDraft(tx, version);
    const snapshot = (await loadSnapshot(tx, version.id))!;
    const planned = planWithToken(version.id, snapshot, await storedValues(tx, plan.id), parsed, locale);
    if ("errors" in planned) return { errors: planned.errors };
    const p = planned.plan;
    if (planned.token !== choice.token) throw new DomainError("conflict", STALE_PREVIEW);
    const remove = new Set(choice.remove);
    for (const ref of remove) {
      if (!p.removable.has(ref)) throw invalid(text("plan.import.removalGone"));
    }

    const audit = (entityId: string, action: "create" | "update" | "delete", changes: Record<string, unknown>) =>
      auditPlan(tx, actor, partnershipId, entityId, action, { ...changes, via: "import" });
    const counts = {
      activities: { added: 0, changed: 0, removed: 0 },
      indicators: { added: 0, changed: 0, removed: 0 },
      values: { added: 0, changed: 0, removed: 0 },
    };

    // New rows go last under their parent, after what the plan has.
    const nextPosition = new Map<string, number>();
    const bump = (parentId: string, position: number) => nextPosition.set(parentId, Math.max(nextPosition.get(parentId) ?? 0, position + 1));
    const takePosition = (parentId: string) => {
      const position = nextPosition.get(parentId) ?? 0;
      nextPosition.set(parentId, position + 1);
      return position;
    };
    for (const area of snapshot.focusAreas) {
      bump(version.id, area.position);
      for (const goal of area.goals) {
        bump(area.id, goal.position);
        for (const activity of goal.activities) bump(goal.id, activity.position);
      }
    }

    const ids = new Map<string, string>();
    const idOf = (ref: string) => ids.get(ref) ?? ref;
    for (const area of p.newAreas) {
      const [created] = await tx.insert(planFocusArea).values({ versionId: version.id, title: area.title, position: takePosition(version.id) }).returning();
      if (!created) throw new Error("insert returned no row");
      ids.set(area.ref, created.id);
      await audit(created.id, "create", { kind: "focus_area", title: created.title, position: created.position });
    }
    for (const goal of p.newGoals) {
      const focusAreaId = idOf(goal.areaRef);
      const [created] = await tx
        .insert(planGoal)
        .values({ versionId: version.id, focusAreaId, text: goal.text, source: goal.source, position: takePosition(focusAreaId) })
        .returning();
      if (!created) throw new Error("insert returned no row");
      ids.set(goal.ref, created.id);
      await audit(created.id, "create", { kind: "goal", text: created.text, source: created.source, focusAreaId, position: created.position });
    }
    for (const { goal, source } of p.goalSources) {
      await tx.update(planGoal).set({ source, version: sql`${planGoal.version} + 1` }).where(eq(planGoal.id, goal.id));
      await audit(goal.id, "update", { kind: "goal", source: { from: goal.source, to: source } });
    }

    for (const op of p.activities) {
      const goalId = idOf(op.goalRef);
      if (op.kind === "add") {
        const [created] = await tx.insert(planActivity).values({ versionId: version.id, goalId, ...op.fields, position: takePosition(goalId) }).returning();
        if (!created) throw new Error("insert returned no row");
        counts.activities.added += 1;
        await audit(created.id, "create", { kind: "activity", goalId, ...op.fields, position: created.position });
        continue;
      }
      const values = { ...op.fields, ...(op.moved ? { goalId, position: takePosition(goalId) } : {}) };
      await tx
        .update(planActivity)
        .set({ ...values, version: sql`${planActivity.version} + 1` })
        .where(eq(planActivity.id, op.current.id));
      counts.activities.changed += 1;
      await audit(op.current.id, "update", { kind: "activity", ...diffFields(op.current, values) });
    }

    let indicatorPosition = snapshot.indicators.reduce((max, i) => Math.max(max, i.position + 1), 0);
    const indicatorKeys = new Map<string, { id: string; key: string }>(snapshot.indicators.map((i) => [i.key, { id: i.id, key: i.key }]));
    for (const op of p.indicators) {
      if (op.kind === "add") {
        const [created] = await tx.insert(planIndicator).values({ versionId: version.id, ...op.fields, position: indicatorPosition++ }).returning();
        if (!created) throw new Error("insert returned no row");
        indicatorKeys.set(op.ref, { id: created.id, key: created.key });
        counts.indicators.added += 1;
        await audit(created.id, "create", { kind: "indicator", ...op.fields, position: created.position });
        continue;
      }
      await tx
        .update(planIndicator)
        .set({ ...op.fields, version: sql`${planIndicator.version} + 1` })
        .where(eq(planIndicator.id, op.current.id));
      counts.indicators.changed += 1;
      const { values: _values, ...current } = op.current;
      await audit(op.current.id, "update", { kind: "indicator", ...diffFields(current, op.fields) });
    }

    // Measured values belong to the plan and the indicator's key, so they survive new versions.
    for (const v of p.values) {
      const indicator = indicatorKeys.get(v.indicatorRef)!;
      if (v.from === null) {
        await tx.insert(planIndicatorValue).values({ planId: plan.id, indicatorKey: indicator.key, period: v.period, value: v.value });
        counts.values.added += 1;
      } else {
        await tx
          .update(planIndicatorValue)
          .set({ value: v.value, version: sql`${planIndicatorValue.version} + 1` })
          .where(valueWhere(plan.id, indicator.key, v.period));
        counts.values.changed += 1;
      }
      await audit(indicator.id, "update", { kind: "indicator_value", period: v.period, value: { from: v.from, to: v.value } });
    }

    for (const ref of remove) {
      const item = p.removable.get(ref)!;
      if (item.kind === "activity") {
        await tx.delete(planActivity).where(eq(planActivity.id, item.row.id));
        counts.activities.removed += 1;
        const { id: _id, versionId: _v, version: _ver, key: _key, ...rest } = item.row;
        await audit(item.row.id, "delete", { kind: "activity", ...rest });
      } else if (item.kind === "indicator") {
        // As when removing it on the page: its measured values stay with the plan's key.
        await tx.delete(planIndicator).where(eq(planIndicator.id, item.row.id));
        counts.indicators.removed += 1;
        const { id: _id, versionId: _v, version: _ver, key: _key, values: _values, ...rest } = item.row;
        await audit(item.row.id, "delete", { kind: "indicator", ...rest });
      } else {
        await tx.delete(planIndicatorValue).where(valueWhere(plan.id, item.indicator.key, item.period));
        counts.values.removed += 1;
        await audit(item.indicator.id, "update", { kind: "indicator_value", period: item.period, value: { from: item.value, to: null } });
      }
    }

    await touchVersion(tx, version.id);
    await auditPlan(tx, actor, partnershipId, version.id, "update", { kind: "import", ...counts });
    return { imported: counts };
  });
}
