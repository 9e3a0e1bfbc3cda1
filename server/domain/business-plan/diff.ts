/**
 * Compares two versions of a plan item by item. Items are matched by their `key`, which stays
 * the same when a version is copied; ids, versionIds, row versions and raw positions are ignored.
 * Every value is formatted for display, so the page and exports show the comparison as it is.
 * Pure: no database imports.
 */
import { formatNumber } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { renderText, text as catalogueText } from "~/lib/i18n/text";
import { translator, type Translator } from "~/lib/i18n/translate";
import type { PlanSnapshot } from "./snapshot";
import { formatTarget } from "~/lib/business-plan/targets";
import { timingText } from "~/lib/business-plan/period-words";

export type ChangeKind = "lagt_til" | "fjernet" | "endret" | "uendret";

/** Bokmål, for code without a reader; the compare page uses plan.compare.changeKind.* in its language. */
export const changeKindLabels: Record<ChangeKind, string> = {
  lagt_til: renderText(catalogueText("plan.compare.changeKind.lagt_til"), "nb"),
  fjernet: renderText(catalogueText("plan.compare.changeKind.fjernet"), "nb"),
  endret: renderText(catalogueText("plan.compare.changeKind.endret"), "nb"),
  uendret: renderText(catalogueText("plan.compare.changeKind.uendret"), "nb"),
};

/** One field that differs; values are already formatted for display ("–" for empty). */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export type ItemKind = "foundation" | "focus_area" | "goal" | "activity" | "indicator";

export interface ItemDiff {
  key: string;
  kind: ItemKind;
  /** The item's title or text in `after`, or in `before` when it was removed. */
  title: string;
  change: ChangeKind;
  /** The fields that changed; empty unless change is "endret". */
  fields: FieldChange[];
  /** The focus area's key for a goal, the goal's key for an activity (as in `after`, or `before` when removed). */
  parentKey?: string;
}

export interface PlanDiff {
  /** The version's own fields: vision, description, årsverk and the budget cells. */
  general: FieldChange[];
  /** Ordered by kind (foundations, focus areas, goals, activities, indicators), each in `after`'s order, removed ones last. */
  items: ItemDiff[];
  /** Counts of `items` only. */
  counts: Record<ChangeKind, number>;
}

const EMPTY = "–";
const text = (value: string | null | undefined) => (value && value.trim() !== "" ? value.trim() : EMPTY);
const number = (value: number | null, locale: Locale) => (value === null ? EMPTY : formatNumber(value, locale));
const kroner = (value: number | null, locale: Locale) => (value === null ? EMPTY : `${formatNumber(value, locale)}\u00a0kr`);
type Words = Translator<"plan">;
const target = (i: PlanSnapshot["indicators"][number], t: Words) => formatTarget(i, (d) => t(`targetDirection.${d}`));

// General ------------------------------------------------------------------------

function generalFields(snapshot: PlanSnapshot, t: Words, locale: Locale): { field: string; label: string; value: string }[] {
  const v = snapshot.version;
  const year = snapshot.plan.year;
  const columns = [
    ["budgetThisYear", t("compare.fields.budget", { year: String(year) })],
    ["budgetLastYear", t("compare.fields.budget", { year: String(year - 1) })],
    ["accountsLastYear", t("compare.fields.accounts", { year: String(year - 1) })],
  ] as const;
  return [
    { field: "vision", label: t("compare.fields.vision"), value: text(v.vision) },
    { field: "description", label: t("compare.fields.description"), value: text(v.description) },
    { field: "statePositions", label: t("compare.fields.statePositions"), value: number(v.statePositions, locale) },
    { field: "municipalPositions", label: t("compare.fields.municipalPositions"), value: number(v.municipalPositions, locale) },
    ...columns.flatMap(([column, label]) => [
      { field: `budget.${column}.income`, label: t("compare.fields.income", { column: label }), value: kroner(v.budget[column].income, locale) },
      { field: `budget.${column}.expenses`, label: t("compare.fields.expenses", { column: label }), value: kroner(v.budget[column].expenses, locale) },
    ]),
    { field: "positionsBudget", label: t("compare.fields.positionsBudget"), value: number(v.positionsBudget, locale) },
    { field: "positionsResult", label: t("compare.fields.positionsResult"), value: number(v.positionsResult, locale) },
  ];
}

// Items --------------------------------------------------------------------------

interface Field {
  field: string;
  label: string;
  value: string;
}

interface Entry {
  key: string;
  kind: ItemKind;
  title: string;
  /** "" for items without a parent, so they are all siblings of each other. */
  parentKey: string;
  /** How the parent is named in "Plassering", e.g. "Satsingsområde «Arbeid»". */
  parentLabel: string;
  /** 1-based place among its siblings in this version. */
  place: number;
  fields: Field[];
}

const KIND_ORDER: readonly ItemKind[] = ["foundation", "focus_area", "goal", "activity", "indicator"];

function entriesOf(snapshot: PlanSnapshot, t: Words, locale: Locale): Entry[] {
  const entries: Entry[] = [];
  const foundationTitles = new Map(snapshot.foundations.map((f) => [f.key, f.title]));

  snapshot.foundations.forEach((f, i) =>
    entries.push({
      key: f.key,
      kind: "foundation",
      title: f.title,
      parentKey: "",
      parentLabel: "",
      place: i + 1,
      fields: [
        { field: "title", label: t("compare.fields.title"), value: text(f.title) },
        { field: "line", label: t("compare.fields.line"), value: t(`compare.steeringLine.${f.line}`) },
        { field: "summary", label: t("compare.fields.summary"), value: text(f.summary) },
        { field: "url", label: t("compare.fields.url"), value: text(f.url) },
      ],
    }),
  );

  snapshot.focusAreas.forEach((area, i) => {
    entries.push({
      key: area.key,
      kind: "focus_area",
      title: area.title,
      parentKey: "",
      parentLabel: "",
      place: i + 1,
      fields: [
        { field: "title", label: t("compare.fields.title"), value: text(area.title) },
        { field: "description", label: t("compare.fields.areaDescription"), value: text(area.description) },
      ],
    });
    area.goals.forEach((goal, j) => {
      entries.push({
        key: goal.key,
        kind: "goal",
        title: goal.text,
        parentKey: area.key,
        parentLabel: t("compare.fields.inArea", { title: area.title }),
        place: j + 1,
        fields: [
          { field: "text", label: t("compare.fields.goal"), value: text(goal.text) },
          { field: "source", label: t("compare.fields.source"), value: t(`source.${goal.source}`) },
          {
            field: "foundationKey",
            label: t("compare.fields.foundation"),
            value: goal.foundationKey ? text(foundationTitles.get(goal.foundationKey)) : EMPTY,
          },
        ],
      });
      goal.activities.forEach((activity, k) =>
        entries.push({
          key: activity.key,
          kind: "activity",
          title: activity.text,
          parentKey: goal.key,
          parentLabel: t("compare.fields.underGoal", { text: goal.text }),
          place: k + 1,
          fields: [
            { field: "text", label: t("compare.fields.activity"), value: text(activity.text) },
            { field: "responsible", label: t("compare.fields.responsible"), value: text(activity.responsible) },
            { field: "responsiblePerson", label: t("compare.fields.responsiblePerson"), value: text(activity.responsiblePerson) },
            { field: "timing", label: t("compare.fields.timing"), value: timingText(activity.timingKind, activity.timingValue, locale, t) },
            { field: "status", label: t("compare.fields.status"), value: t(`activityStatus.${activity.status}`) },
          ],
        }),
      );
    });
  });

  snapshot.indicators.forEach((indicator, i) =>
    entries.push({
      key: indicator.key,
      kind: "indicator",
      title: indicator.name,
      parentKey: "",
      parentLabel: "",
      place: i + 1,
      fields: [
        { field: "name", label: t("compare.fields.name"), value: text(indicator.name) },
        { field: "source", label: t("compare.fields.source"), value: t(`source.${indicator.source}`) },
        { field: "unit", label: t("compare.fields.unit"), value: text(indicator.unit) },
        { field: "baseline", label: t("compare.fields.baseline"), value: number(indicator.baseline, locale) },
        { field: "target", label: t("compare.fields.target"), value: target(indicator, t) },
        { field: "periodKind", label: t("compare.fields.periodKind"), value: t(`periodKind.${indicator.periodKind}`) },
      ],
    }),
  );
  return entries;
}

/**
 * Keys of items that kept their parent but changed order among the siblings present in both
 * versions. The longest common subsequence of the two orders stays put; the rest moved. So adding
 * or removing a sibling moves nothing, and swapping two items reports one of them.
 */
function reorderedKeys(before: readonly string[], after: readonly string[]): Set<string> {
  const afterSet = new Set(after);
  const beforeSet = new Set(before);
  const a = before.filter((k) => afterSet.has(k));
  const b = after.filter((k) => beforeSet.has(k));
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return new Set(a.filter((k) => !kept.has(k)));
}

function siblingOrders(entries: readonly Entry[]): Map<string, string[]> {
  const orders = new Map<string, string[]>();
  for (const e of entries) {
    const id = `${e.kind}|${e.parentKey}`;
    const list = orders.get(id);
    if (list) list.push(e.key);
    else orders.set(id, [e.key]);
  }
  return orders;
}

export function compareVersions(before: PlanSnapshot, after: PlanSnapshot, locale: Locale = "nb"): PlanDiff {
  const t = translator(locale, "plan");
  const beforeGeneral = new Map(generalFields(before, t, locale).map((f) => [f.field, f]));
  const general: FieldChange[] = generalFields(after, t, locale)
    .map((f) => ({ field: f.field, label: f.label, before: beforeGeneral.get(f.field)!.value, after: f.value }))
    .filter((f) => f.before !== f.after);

  const beforeEntries = entriesOf(before, t, locale);
  const afterEntries = entriesOf(after, t, locale);
  const id = (e: Entry) => `${e.kind}|${e.key}`;
  const beforeById = new Map(beforeEntries.map((e) => [id(e), e]));
  const afterIds = new Set(afterEntries.map(id));

  const beforeOrders = siblingOrders(beforeEntries);
  const afterOrders = siblingOrders(afterEntries);
  const reordered = new Set<string>();
  for (const [parent, afterOrder] of afterOrders) {
    for (const key of reorderedKeys(beforeOrders.get(parent) ?? [], afterOrder)) reordered.add(`${parent}|${key}`);
  }

  const items: ItemDiff[] = [];
  for (const kind of KIND_ORDER) {
    for (const a of afterEntries.filter((e) => e.kind === kind)) {
      const b = beforeById.get(id(a));
      const parentKey = a.parentKey || undefined;
      if (!b) {
        items.push({ key: a.key, kind, title: a.title, change: "lagt_til", fields: [], parentKey });
        continue;
      }
      const beforeFields = new Map(b.fields.map((f) => [f.field, f.value]));
      const fields: FieldChange[] = a.fields
        .filter((f) => beforeFields.get(f.field) !== f.value)
        .map((f) => ({ field: f.field, label: f.label, before: beforeFields.get(f.field) ?? EMPTY, after: f.value }));
      if (a.parentKey !== b.parentKey) {
        fields.push({ field: "placement", label: t("compare.fields.placement"), before: b.parentLabel, after: a.parentLabel });
      } else if (reordered.has(`${kind}|${a.parentKey}|${a.key}`)) {
        const placeBefore = t("compare.fields.place", { place: String(b.place) });
        const placeAfter = t("compare.fields.place", { place: String(a.place) });
        fields.push({
          field: "placement",
          label: t("compare.fields.placement"),
          before: placeBefore,
          after: placeAfter === placeBefore ? t("compare.fields.newOrder", { place: placeAfter }) : placeAfter,
        });
      }
      items.push({ key: a.key, kind, title: a.title, change: fields.length > 0 ? "endret" : "uendret", fields, parentKey });
    }
    for (const b of beforeEntries.filter((e) => e.kind === kind && !afterIds.has(id(e)))) {
      items.push({ key: b.key, kind, title: b.title, change: "fjernet", fields: [], parentKey: b.parentKey || undefined });
    }
  }

  const counts: Record<ChangeKind, number> = { lagt_til: 0, fjernet: 0, endret: 0, uendret: 0 };
  for (const item of items) counts[item.change] += 1;
  return { general, items, counts };
}
