/**
 * An activity's "når": a date, a month, a half-year or "fortløpende". Stored as a kind and a
 * value (yyyy-mm-dd, yyyy-mm, yyyy-H1/yyyy-H2, null); shown, typed, imported and sorted here.
 * Pure and client-safe: no database imports, and no zod (./timing.ts adds the input schema), so a
 * browser component that imports this does not bring the schemas with it.
 */
import type { activityTimingKinds } from "~/db/schema/enums";
import { monthNames } from "~/lib/dates";
import type { Text } from "~/lib/i18n/text";

/** "dato" | "maned" | "halvar" | "fortlopende". */
export type TimingKind = (typeof activityTimingKinds)[number];

export interface Timing {
  kind: TimingKind;
  value: string | null;
}

export { monthNames };

const DATE_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MONTH_VALUE = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const HALF_VALUE = /^(\d{4})-H([12])$/;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/**
 * "Fortløpende", "1. halvår 2027", "mars 2027", "15.03.2027". A malformed value is shown as stored.
 * Bokmål; pages and documents use ./period-words.ts, in the reader's language.
 */
export function formatTiming(kind: TimingKind, value: string | null): string {
  if (kind === "fortlopende") return "Fortløpende";
  if (value === null || value === "") return "–";
  if (kind === "dato") {
    const m = DATE_VALUE.exec(value);
    return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
  }
  if (kind === "maned") {
    const m = MONTH_VALUE.exec(value);
    return m ? `${monthNames[Number(m[2]) - 1]} ${m[1]}` : value;
  }
  const m = HALF_VALUE.exec(value);
  return m ? `${m[2]}. halvår ${m[1]}` : value;
}

/**
 * The message a "når" that cannot be read gets. The parse errors are catalogue keys (a Text,
 * written here without the translator so the browser does not load every catalogue), rendered by
 * whoever shows them, in the reader's language (ADR 0018).
 */
export const timingParseError: Text = { key: "plan.rules.timingParse" };

// Bokmål and nynorsk ("fortløpande": what a nynorsk export writes).
const CONTINUOUS = new Set([
  "fortløpende",
  "fortlopende",
  "fortløpande",
  "fortlopande",
  "løpende",
  "lopende",
  "løpande",
  "hele året",
  "hele aret",
  "heile året",
  "heile aret",
  "kontinuerlig",
  "kontinuerleg",
]);

/** Month words as typed: full names and the usual abbreviations ("sept.", "okt"). */
const MONTH_WORDS = new Map<string, number>([
  ...monthNames.map((name, i) => [name, i + 1] as const),
  ...["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"].map(
    (short, i) => [short, i + 1] as const,
  ),
  ["sept", 9],
]);

const pad = (n: number) => String(n).padStart(2, "0");

function dateExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads "når" as people type it in a form or a spreadsheet. `year` is the plan's year, used
 * when the text names no year ("mars", "1. halvår", "15.3."). Accepts:
 * - "fortløpende", "løpende", "hele året" (any case)
 * - "1. halvår", "2. halvår 2027", "første halvår", "H1", "2027-H2"
 * - "mars", "mars 2027", "sept. 2027", "03.2027", "3/2027", "2027-03"
 * - "15.03.2027", "15.3.2027", "15.3.", "2027-03-15"
 * An empty text is an error: the caller decides whether a blank cell means "fortløpende".
 */
export function parseTiming(text: string, year: number): Timing | { error: Text } {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (CONTINUOUS.has(t)) return { kind: "fortlopende", value: null };

  // Numbers as text: a number value would be formatted ("2 000").
  const withYear = (y: string | undefined): number | { error: Text } => {
    const n = y === undefined ? year : Number(y);
    return n >= MIN_YEAR && n <= MAX_YEAR
      ? n
      : { error: { key: "plan.rules.yearRange", values: { text: text.trim(), min: String(MIN_YEAR), max: String(MAX_YEAR) } } };
  };

  // Half-years.
  let m =
    /^(1|2|første|forste|andre)\.? ?halvår(?: (\d{4}))?$/.exec(t) ??
    /^(1|2|første|forste|andre)\.? ?halvar(?: (\d{4}))?$/.exec(t) ??
    /^h([12])(?: (\d{4}))?$/.exec(t);
  if (m) {
    const y = withYear(m[2]);
    if (typeof y !== "number") return y;
    const half = m[1] === "1" || m[1] === "første" || m[1] === "forste" ? 1 : 2;
    return { kind: "halvar", value: `${y}-H${half}` };
  }
  m = /^(\d{4})-h([12])$/.exec(t);
  if (m) {
    const y = withYear(m[1]);
    if (typeof y !== "number") return y;
    return { kind: "halvar", value: `${y}-H${m[2]}` };
  }

  // Months by name.
  m = /^([a-zæøå]+)\.?(?: (\d{4}))?$/.exec(t);
  if (m) {
    const month = MONTH_WORDS.get(m[1]!);
    if (month === undefined) return { error: timingParseError };
    const y = withYear(m[2]);
    if (typeof y !== "number") return y;
    return { kind: "maned", value: `${y}-${pad(month)}` };
  }

  // Months by number: 03.2027, 3/2027, 2027-03.
  m = /^(\d{1,2})[./](\d{4})$/.exec(t);
  const isoMonth = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m || isoMonth) {
    const [monthText, yearText] = m ? [m[1]!, m[2]!] : [isoMonth![2]!, isoMonth![1]!];
    const month = Number(monthText);
    if (month < 1 || month > 12) return { error: { key: "plan.rules.noSuchMonth", values: { text: text.trim() } } };
    const y = withYear(yearText);
    if (typeof y !== "number") return y;
    return { kind: "maned", value: `${y}-${pad(month)}` };
  }

  // Dates: 15.03.2027, 15.3.2027, 15.3., 2027-03-15.
  m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4})|\.)?$/.exec(t);
  const isoDay = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m || isoDay) {
    const [dayText, monthText, yearText] = m ? [m[1]!, m[2]!, m[3]] : [isoDay![3]!, isoDay![2]!, isoDay![1]!];
    const y = withYear(yearText);
    if (typeof y !== "number") return y;
    const month = Number(monthText);
    const day = Number(dayText);
    if (!dateExists(y, month, day)) return { error: { key: "plan.rules.noSuchDate", values: { text: text.trim() } } };
    return { kind: "dato", value: `${y}-${pad(month)}-${pad(day)}` };
  }

  return { error: timingParseError };
}

/**
 * A string that sorts activities by when they are due: by the last day the timing covers, so
 * "15.03.2027" < "mars 2027" < "juni 2027" < "1. halvår 2027" < "juli 2027"; at the same end
 * the more precise comes first. "Fortløpende" sorts last, after any malformed value.
 */
export function timingSortKey(kind: TimingKind, value: string | null): string {
  if (kind === "dato" && value && DATE_VALUE.test(value)) return `${value}|0`;
  if (kind === "maned" && value && MONTH_VALUE.test(value)) return `${value}-99|1`;
  const half = kind === "halvar" && value ? HALF_VALUE.exec(value) : null;
  if (half) return `${half[1]}-${half[2] === "1" ? "06" : "12"}-99|2`;
  return kind === "fortlopende" ? "9999-99-99|4" : "9999-99-99|3";
}
