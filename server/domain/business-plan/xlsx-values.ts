/**
 * The words a plan's spreadsheet may use for a source, a status, how often an indicator is
 * measured and a period, and the checks on a measured period; every message is Norwegian.
 */
import { actionStatuses, indicatorPeriodKinds, planSources } from "~/db/schema/enums";
import type { PlanSource } from "~/lib/business-plan/balance";
import { periodInput, periodKindLabels, periodKindOf, type PeriodKind } from "~/lib/business-plan/targets";
import { parseTiming } from "~/lib/business-plan/timing";
import { locales } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import { actionStatusLabels } from "~/lib/mulighetsrom/plan-wording";
import { normalise } from "./xlsx-cells";

export type ActionStatus = (typeof actionStatuses)[number];

/** The words the export writes for each value, in every language ("Ikke startet", "Ikkje starta"). */
function wordsInEveryLanguage<V extends string>(values: readonly V[], group: "source" | "activityStatus" | "periodKind") {
  return locales.flatMap((locale) => {
    const t = translator(locale, "plan") as unknown as (key: string) => string;
    return values.map((value) => [normalise(t(`${group}.${value}`)), value] as const);
  });
}

export const sourceWords = new Map<string, PlanSource>([
  ...wordsInEveryLanguage(planSources, "source"),
  ["statlig", "stat"],
  ["kommunal", "kommune"],
]);
export const SOURCE_ERROR = "Kilden må være «Stat», «Kommune» eller «Felles».";

export const statusWords = new Map<string, ActionStatus>([
  ...wordsInEveryLanguage(actionStatuses, "activityStatus"),
  ["ikke påbegynt", "ikke_startet"],
  ["pagar", "pagar"],
  ["fullfort", "fullfort"],
  ["ferdig", "fullfort"],
]);
export const STATUS_ERROR = `Status må være ${Object.values(actionStatusLabels)
  .map((l) => `«${l}»`)
  .join(", ")
  .replace(/, ([^,]*)$/, " eller $1")}.`;

export const periodKindWords = new Map<string, PeriodKind>([
  ...wordsInEveryLanguage(indicatorPeriodKinds, "periodKind"),
  ["maned", "maned"],
  ["mnd", "maned"],
  ["månedlig", "maned"],
  ["tertialvis", "tertial"],
  ["ar", "ar"],
  ["årlig", "ar"],
  ["per år", "ar"],
]);
export const PERIOD_KIND_ERROR = "«Måles per» må være «Måned», «Tertial» eller «År».";

export const PERIOD_ERROR = "Perioden må være en måned (mars 2027), et tertial (1. tertial 2027) eller et år (2027).";

/** "1. tertial 2027", "2027-T1", "T1 2027", "mars 2027", "2027-03", "03.2027", "2027"; a text without a year means the plan's. */
export function parsePeriod(text: string, year: number): { period: string } | { error: string } {
  const t = normalise(text);
  if (/^\d{4}$/.test(t)) return { period: t };
  let m = /^([1-3])\.? ?tertial(?: (\d{4}))?$/.exec(t) ?? /^t([1-3])(?: (\d{4}))?$/.exec(t);
  if (m) return { period: `${m[2] ?? year}-T${m[1]}` };
  m = /^(\d{4}) ?- ?t([1-3])$/.exec(t);
  if (m) return { period: `${m[1]}-T${m[2]}` };
  const timing = parseTiming(text, year);
  if ("kind" in timing && timing.kind === "maned" && timing.value) return { period: timing.value };
  return { error: PERIOD_ERROR };
}

/** The indicator's unit written after the target ("80 dager") is not part of the target. */
export function stripUnit(target: string, unit: string): string {
  const u = unit.trim().toLowerCase();
  const t = target.trim();
  if (u && t.toLowerCase().endsWith(u)) return t.slice(0, t.length - u.length).trim();
  return t;
}

/** Why a period does not fit the indicator (its kind, or the years values may be given for); null when it fits. */
export function periodProblem(indicator: string, period: string, kind: PeriodKind | null, year: number): string | null {
  const actual = periodKindOf(period);
  if (!actual) return PERIOD_ERROR;
  if (kind && actual !== kind) {
    return `Indikatoren «${indicator}» måles per ${periodKindLabels[kind].toLowerCase()}, så perioden må være ${
      { maned: "en måned (mars 2027)", tertial: "et tertial (1. tertial 2027)", ar: "et år (2027)" }[kind]
    }.`;
  }
  const range = periodInput(kind ?? actual, year).safeParse(period);
  return range.success ? null : (range.error.issues[0]?.message ?? PERIOD_ERROR);
}
