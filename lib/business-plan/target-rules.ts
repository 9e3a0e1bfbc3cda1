/**
 * Indicators: how a target is written and read, whether it is met, and the periods actual
 * values are given for. Pure and client-safe: no database imports, and no zod (./targets.ts adds
 * the period input schema), so browser components can import it without the schemas.
 *
 * Numbers are formatted with Intl.NumberFormat("nb-NO") (at most two decimals), which writes a
 * no-break space (U+00A0) between thousands and the minus sign "−" (U+2212). The space between a
 * number and its unit, and between an operator and its number, is a no-break space too, so
 * "6,3 %" never breaks over two lines. parseNorwegianNumber and parseTarget read all of these back.
 */
import { formatNumber } from "~/lib/format";
import type { Text } from "~/lib/i18n/text";
import type { indicatorDirections, indicatorLimitOperators, indicatorPeriodKinds, indicatorTargetKinds } from "~/db/schema/enums";
import { parseNorwegianNumber } from "~/lib/norwegian-number";
import type { IndicatorRow } from "~/server/domain/business-plan/snapshot";
import { monthNames } from "./timing-rules";

export { parseNorwegianNumber };

export type TargetKind = (typeof indicatorTargetKinds)[number];
export type TargetDirection = (typeof indicatorDirections)[number];
export type TargetOperator = (typeof indicatorLimitOperators)[number];
/** "maned" | "tertial" | "ar". */
export type PeriodKind = (typeof indicatorPeriodKinds)[number];

const NBSP = "\u00a0";

export const operatorSymbols: Record<TargetOperator, string> = { "<": "<", "<=": "≤", ">": ">", ">=": "≥" };

type TargetFields = Pick<IndicatorRow, "targetKind" | "targetValue" | "targetDirection" | "targetOperator">;

const bokmalDirections: Record<TargetDirection, string> = { oke: "Skal øke", synke: "Skal synke" };

/**
 * "Skal øke", "Skal synke", "< 6,3 %", "≥ 80 %", "50 %". A target without its number shows "–".
 * A direction is words: `direction` gives them in the reader's language (the "plan" catalogue's
 * targetDirection.*); without it, bokmål. Numbers and limits are written the same in both.
 */
export function formatTarget(
  i: TargetFields & Pick<IndicatorRow, "unit">,
  direction: (d: TargetDirection) => string = (d) => bokmalDirections[d],
): string {
  if (i.targetKind === "retning") return i.targetDirection ? direction(i.targetDirection) : "–";
  if (i.targetValue === null) return "–";
  const unit = i.unit.trim();
  const amount = unit ? `${formatNumber(i.targetValue)}${NBSP}${unit}` : formatNumber(i.targetValue);
  if (i.targetKind === "grense") return i.targetOperator ? `${operatorSymbols[i.targetOperator]}${NBSP}${amount}` : amount;
  return amount;
}

export type ParsedTarget = {
  targetKind: TargetKind;
  targetValue: number | null;
  targetDirection: TargetDirection | null;
  targetOperator: TargetOperator | null;
};

/** The message a target that cannot be read gets: a catalogue key, rendered by whoever shows it (ADR 0018). */
export const targetParseError: Text = { key: "plan.rules.targetParse" };

const OPERATOR_WORDS: [RegExp, TargetOperator][] = [
  [/^(<=|=<|≤|høyst|maks(?:imum)?\.?)/, "<="],
  [/^(>=|=>|≥|minst|minimum)/, ">="],
  [/^(<|under)/, "<"],
  [/^(>|over)/, ">"],
];

/**
 * Reads a target as typed in a form or a spreadsheet: "skal øke", "øke", "skal synke",
 * "< 6,3 %", "<= 10", "≥ 80", "minst 80", "50", "50 %", "1 200". The unit is not part of the
 * target; a trailing "%" is allowed and dropped.
 */
export function parseTarget(text: string): ParsedTarget | { error: Text } {
  const t = text.trim().toLowerCase().replace(/[\s\u00a0\u202f]+/g, " ");
  if (t === "") return { error: targetParseError };
  // Bokmål and nynorsk ("skal auke", "skal minke": what a nynorsk export writes).
  const direction = /^(skal )?(øke|økes|øker|økning|opp|auke|aukast|aukar|auking)$/.test(t)
    ? "oke"
    : /^(skal )?(synke|synkes|synker|reduseres|redusere|nedgang|ned|minke|minkast|minkar|søkke|reduserast)$/.test(t)
      ? "synke"
      : null;
  if (direction) return { targetKind: "retning", targetValue: null, targetDirection: direction, targetOperator: null };

  for (const [pattern, operator] of OPERATOR_WORDS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const value = parseNorwegianNumber(t.slice(m[0].length));
    if (value === null) return { error: targetParseError };
    return { targetKind: "grense", targetValue: value, targetDirection: null, targetOperator: operator };
  }

  const value = parseNorwegianNumber(t);
  if (value === null) return { error: targetParseError };
  return { targetKind: "tall", targetValue: value, targetDirection: null, targetOperator: null };
}

// Whether a target is met ------------------------------------------------------

/**
 * `kan_ikke_vurderes`: there are measurements, but nothing to judge them against yet (a
 * direction without a baseline and only one measurement, or a target missing its number), so
 * the mark never says «Ingen måling ennå» beside a measurement.
 */
export type TargetState = "oppnadd" | "ikke_oppnadd" | "kan_ikke_vurderes" | "ingen_data";

/**
 * Judges the latest value, by period (comparePeriods: "2026-03" < "2026-04", "2026-T3" <
 * "2027-T1"). Pass the indicator's whole trend (indicatorTrend) so a measurement from last
 * year's plan counts until this year has one.
 * - tall: when there is no baseline or the target is at or above it, the target is reached when
 *   latest ≥ target; a target below the baseline is a reduction, reached when latest ≤ target.
 * - retning "oke": reached when latest > reference, where the reference is the baseline or, with
 *   no baseline, the earliest value (so one value and no baseline is kan_ikke_vurderes); "synke" mirrors it.
 * - grense: latest compared with the target by the operator (latest < target for "<").
 * No values is ingen_data; a target missing its number, direction or operator is kan_ikke_vurderes.
 */
export function targetState(
  i: TargetFields & Pick<IndicatorRow, "baseline">,
  values: readonly { period: string; value: number }[],
): TargetState {
  if (values.length === 0) return "ingen_data";
  const sorted = [...values].sort((a, b) => comparePeriods(a.period, b.period));
  const latest = sorted.at(-1)!.value;
  const met = (ok: boolean): TargetState => (ok ? "oppnadd" : "ikke_oppnadd");

  switch (i.targetKind) {
    case "tall": {
      if (i.targetValue === null) return "kan_ikke_vurderes";
      const reduction = i.baseline !== null && i.targetValue < i.baseline;
      return met(reduction ? latest <= i.targetValue : latest >= i.targetValue);
    }
    case "retning": {
      if (i.targetDirection === null) return "kan_ikke_vurderes";
      if (i.baseline === null && sorted.length < 2) return "kan_ikke_vurderes";
      const reference = i.baseline ?? sorted[0]!.value;
      return met(i.targetDirection === "oke" ? latest > reference : latest < reference);
    }
    case "grense": {
      if (i.targetValue === null || i.targetOperator === null) return "kan_ikke_vurderes";
      const target = i.targetValue;
      const compare: Record<TargetOperator, boolean> = {
        "<": latest < target,
        "<=": latest <= target,
        ">": latest > target,
        ">=": latest >= target,
      };
      return met(compare[i.targetOperator]);
    }
  }
}

// Periods ------------------------------------------------------------------------

const MONTH_PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const TERTIAL_PERIOD = /^(\d{4})-T([1-3])$/;
const YEAR_PERIOD = /^\d{4}$/;

/** The periods of a year: "2026-01".."2026-12", "2026-T1".."2026-T3", or ["2026"]. */
export function periodsOf(kind: PeriodKind, year: number): string[] {
  switch (kind) {
    case "maned":
      return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
    case "tertial":
      return [1, 2, 3].map((t) => `${year}-T${t}`);
    case "ar":
      return [String(year)];
  }
}

/** "2026-T1" → "1. tertial 2026", "2026-03" → "mars 2026", "2026" → "2026"; anything else as it is. */
export function periodLabel(period: string): string {
  const month = MONTH_PERIOD.exec(period);
  if (month) return `${monthNames[Number(month[2]) - 1]} ${month[1]}`;
  const tertial = TERTIAL_PERIOD.exec(period);
  if (tertial) return `${tertial[2]}. tertial ${tertial[1]}`;
  return period;
}

/** The month a period ends in, counted from year 0: orders months, tertials and years together. */
function periodEnd(period: string): number | null {
  const month = MONTH_PERIOD.exec(period);
  if (month) return Number(month[1]) * 12 + Number(month[2]);
  const tertial = TERTIAL_PERIOD.exec(period);
  if (tertial) return Number(tertial[1]) * 12 + Number(tertial[2]) * 4;
  if (YEAR_PERIOD.test(period)) return Number(period) * 12 + 12;
  return null;
}

/** Oldest first, also when an indicator changed its period kind between years; unknown strings sort as text. */
export function comparePeriods(a: string, b: string): number {
  const ea = periodEnd(a);
  const eb = periodEnd(b);
  if (ea !== null && eb !== null && ea !== eb) return ea - eb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface TrendPoint {
  period: string;
  value: number;
  /** The year of the earlier plan the value comes from; null when it is this plan's own. */
  fromPlanYear: number | null;
}

/**
 * The indicator's measurements over time, oldest first: those carried from earlier years'
 * plans (same indicator key) and this plan's own. What the trend, the "Siste måling" and the
 * met-mark all read, so they always agree.
 */
export function indicatorTrend(indicator: {
  values: readonly { period: string; value: number }[];
  earlier?: readonly { period: string; value: number; planYear: number }[];
}): TrendPoint[] {
  return [
    ...(indicator.earlier ?? []).map((v) => ({ period: v.period, value: v.value, fromPlanYear: v.planYear })),
    ...indicator.values.map((v) => ({ period: v.period, value: v.value, fromPlanYear: null })),
  ].sort((a, b) => comparePeriods(a.period, b.period));
}

/** The kind a period string belongs to, or null when it is none of them. */
export function periodKindOf(period: string): PeriodKind | null {
  if (MONTH_PERIOD.test(period)) return "maned";
  if (TERTIAL_PERIOD.test(period)) return "tertial";
  if (YEAR_PERIOD.test(period)) return "ar";
  return null;
}

/** How many years back values may be entered, so a trend can be shown. */
export const PERIOD_YEARS_BACK = 2;

/** Whether `period` is one of its kind from PERIOD_YEARS_BACK years before the plan's year up to and including it. */
export function isPeriodInRange(kind: PeriodKind, period: string, year: number): boolean {
  for (let y = year - PERIOD_YEARS_BACK; y <= year; y++) if (periodsOf(kind, y).includes(period)) return true;
  return false;
}

/** «Velg et tertial fra 1. tertial 2024 til 3. tertial 2026.»: the refusal of a period outside that range. */
export function periodRangeMessage(kind: PeriodKind, year: number): { key: Text["key"]; values: { first: string; year: string } } {
  // Years as text: a number value would be formatted ("2 027").
  return { key: `plan.rules.periodRange.${kind}`, values: { first: String(year - PERIOD_YEARS_BACK), year: String(year) } };
}
