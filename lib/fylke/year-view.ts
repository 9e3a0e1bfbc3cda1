/**
 * The fylke page's year view, free of the database: which year it opens on, what waits for the
 * fylke in each partnership, and how the rows sort. overview.ts loads the data; the page applies
 * these to what the URL asks for (?ar=2027&sorter=plan-synkende&venter=1).
 */
import type { businessPlanStatuses } from "~/db/schema/enums";
import type { AgreementYearStatus } from "~/lib/leader-agreement";

type PlanStatus = (typeof businessPlanStatuses)[number];

/** From October the fylke is planning next year, so the page opens on it. */
const NEXT_YEAR_FROM_MONTH = 10;

/** "2026-12-02" → 2027; "2026-09-30" → 2026. */
export function defaultOverviewYear(today: string): number {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month >= NEXT_YEAR_FROM_MONTH ? year + 1 : year;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** ?ar= as a year, or null when missing or not a sensible year (the page then uses the default). */
export function parseYearParam(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** The years offered: those with a plan or agreement in the fylke, this year, the default and the chosen one. */
export function yearChoices(dataYears: readonly number[], today: string, chosen: number): number[] {
  const current = Number(today.slice(0, 4));
  return [...new Set([...dataYears, current, defaultOverviewYear(today), chosen])].sort((a, b) => a - b);
}

export type PlanState = PlanStatus | "mangler";

/** The facts about one partnership's year from which "venter på fylket" follows. */
export interface YearFacts {
  plan: { status: PlanState; stateSeatApproved: boolean };
  agreement: { status: AgreementYearStatus; unsignedStateParties: readonly string[] };
  minutesAwaitingFylke: readonly { meetingId: string; title: string; date: string; names: readonly string[] }[];
}

export type WaitingItem =
  | { kind: "plan" }
  | { kind: "lederavtale"; names: readonly string[] }
  | { kind: "referat"; meetingId: string; title: string; date: string; names: readonly string[] };

/**
 * What the fylke must do before the partnership can go on: approve the plan on the state seat,
 * sign the lederavtale as the state party, approve minutes of a meeting someone from the fylke
 * attended. Drafts the office is still writing do not wait for the fylke.
 */
export function waitingForFylke(facts: YearFacts): WaitingItem[] {
  const items: WaitingItem[] = [];
  if (facts.plan.status === "til_godkjenning" && !facts.plan.stateSeatApproved) items.push({ kind: "plan" });
  const agreementOpen = facts.agreement.status === "utkast" || facts.agreement.status === "delvis_signert";
  if (agreementOpen && facts.agreement.unsignedStateParties.length > 0) {
    items.push({ kind: "lederavtale", names: facts.agreement.unsignedStateParties });
  }
  for (const m of facts.minutesAwaitingFylke) items.push({ kind: "referat", ...m });
  return items;
}

// --- Sorting ------------------------------------------------------------------------------

export const yearSortKeys = ["kontor", "plan", "lederavtale", "vurdering", "prioriterte", "mote", "venter"] as const;
export type YearSortKey = (typeof yearSortKeys)[number];
export interface YearSort {
  key: YearSortKey;
  direction: "ascending" | "descending";
}

export const DEFAULT_YEAR_SORT: YearSort = { key: "kontor", direction: "ascending" };
const DESCENDING_SUFFIX = "-synkende";

/** "plan-synkende" → plan, descending; anything unknown → the default (office name, A–Å). */
export function parseYearSort(value: string | string[] | undefined): YearSort {
  if (typeof value !== "string") return DEFAULT_YEAR_SORT;
  const descending = value.endsWith(DESCENDING_SUFFIX);
  const key = descending ? value.slice(0, -DESCENDING_SUFFIX.length) : value;
  return (yearSortKeys as readonly string[]).includes(key)
    ? { key: key as YearSortKey, direction: descending ? "descending" : "ascending" }
    : DEFAULT_YEAR_SORT;
}

export function formatYearSort(sort: YearSort): string {
  return sort.direction === "descending" ? `${sort.key}${DESCENDING_SUFFIX}` : sort.key;
}

/** Clicking a header sorts by it ascending; clicking the sorted one again turns the direction. */
export function nextYearSort(current: YearSort, key: YearSortKey): YearSort {
  return current.key === key && current.direction === "ascending" ? { key, direction: "descending" } : { key, direction: "ascending" };
}

/** How far a plan or agreement has come: further along sorts later in ascending order. */
const planRank: Record<PlanState, number> = { mangler: 0, utkast: 1, til_godkjenning: 2, godkjent: 3, publisert: 4 };
const agreementRank: Record<AgreementYearStatus, number> = { mangler: 0, utkast: 1, delvis_signert: 2, signert: 3 };

export interface SortableYearRow {
  officeName: string;
  plan: { status: PlanState };
  agreement: { status: AgreementYearStatus };
  latestAssessment: { heldOn: string; prioritised: number } | null;
  nextMeeting: { date: string } | null;
  waiting: readonly unknown[];
}

const collator = new Intl.Collator("nb");

function sortValue(row: SortableYearRow, key: YearSortKey): string | number | null {
  switch (key) {
    case "kontor":
      return row.officeName;
    case "plan":
      return planRank[row.plan.status];
    case "lederavtale":
      return agreementRank[row.agreement.status];
    case "vurdering":
      return row.latestAssessment?.heldOn ?? null;
    case "prioriterte":
      return row.latestAssessment?.prioritised ?? null;
    case "mote":
      return row.nextMeeting?.date ?? null;
    case "venter":
      return row.waiting.length;
  }
}

/** A sorted copy. Missing values (no assessment, no meeting) sort last either way; ties by office name. */
export function sortYearRows<T extends SortableYearRow>(rows: readonly T[], sort: YearSort): T[] {
  const direction = sort.direction === "descending" ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      if (order !== 0) return order * direction;
    }
    return collator.compare(a.officeName, b.officeName);
  });
}
