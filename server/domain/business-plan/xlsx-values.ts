/**
 * The words a plan's spreadsheet may use for a source, a status, how often an indicator is
 * measured and a period, the checks on a measured period, and the words the import's messages
 * are written in: the reader's language (ADR 0018), with the sheets and columns by their names in it.
 */
import { actionStatuses, indicatorPeriodKinds, planSources } from "~/db/schema/enums";
import type { PlanSource } from "~/lib/business-plan/balance";
import { isPeriodInRange, periodKindOf, periodRangeMessage, type PeriodKind } from "~/lib/business-plan/target-rules";
import { parseTiming } from "~/lib/business-plan/timing-rules";
import { defaultLocale, locales, type Locale } from "~/lib/i18n/locales";
import { renderText, text, type Text } from "~/lib/i18n/text";
import { translator, type Translator } from "~/lib/i18n/translate";
import { normalise } from "./xlsx-cells";
import { planLayout, type PlanLayout } from "./xlsx-layout";

export type ActionStatus = (typeof actionStatuses)[number];

/** What an import's messages are written with, in one language. */
export interface ImportWords {
  locale: Locale;
  /** The "plan" catalogue. */
  t: Translator<"plan">;
  /** A message from the shared rules (a Text), or one already written (a field rule's, by zod). */
  say: (message: Text | string) => string;
  /** The sheets and columns by their names in this language. */
  layout: PlanLayout;
}

const wordsByLocale = new Map<Locale, ImportWords>();

export function importWords(locale: Locale = defaultLocale): ImportWords {
  let words = wordsByLocale.get(locale);
  if (!words) {
    words = { locale, t: translator(locale, "plan"), say: (message) => renderText(message, locale), layout: planLayout(locale) };
    wordsByLocale.set(locale, words);
  }
  return words;
}

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

export const statusWords = new Map<string, ActionStatus>([
  ...wordsInEveryLanguage(actionStatuses, "activityStatus"),
  ["ikke påbegynt", "ikke_startet"],
  ["pagar", "pagar"],
  ["fullfort", "fullfort"],
  ["ferdig", "fullfort"],
]);

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

/** «A», «B» og «C» (or «… eller …»): names in a message, quoted. */
export function quotedList(w: ImportWords, names: readonly string[], joined: "andList" | "orList"): string {
  const quoted = names.map((name) => `«${name}»`);
  if (quoted.length < 2) return quoted.join("");
  return w.t(`import.${joined}`, { items: quoted.slice(0, -1).join(", "), last: quoted.at(-1)! });
}

/** The closed lists' messages name the words the reader's language writes in the export. */
export const sourceError = (w: ImportWords) =>
  w.t("import.sourceError", { words: quotedList(w, planSources.map((s) => w.t(`source.${s}`)), "orList") });

export const statusError = (w: ImportWords) =>
  w.t("import.statusError", { words: quotedList(w, actionStatuses.map((s) => w.t(`activityStatus.${s}`)), "orList") });

export const periodKindError = (w: ImportWords) =>
  w.t("import.periodKindError", {
    column: w.layout.indicatorHeaders.periodKind,
    words: quotedList(w, indicatorPeriodKinds.map((k) => w.t(`periodKind.${k}`)), "orList"),
  });

export const PERIOD_ERROR = text("plan.import.periodError");

/** "1. tertial 2027", "2027-T1", "T1 2027", "mars 2027", "2027-03", "03.2027", "2027"; a text without a year means the plan's. */
export function parsePeriod(written: string, year: number): { period: string } | { error: Text } {
  const t = normalise(written);
  if (/^\d{4}$/.test(t)) return { period: t };
  let m = /^([1-3])\.? ?tertial(?: (\d{4}))?$/.exec(t) ?? /^t([1-3])(?: (\d{4}))?$/.exec(t);
  if (m) return { period: `${m[2] ?? year}-T${m[1]}` };
  m = /^(\d{4}) ?- ?t([1-3])$/.exec(t);
  if (m) return { period: `${m[1]}-T${m[2]}` };
  const timing = parseTiming(written, year);
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

/**
 * Why a period does not fit the indicator (its kind, or the years values may be given for: the
 * plan's and the PERIOD_YEARS_BACK before it, as a form's period input allows); null when it fits.
 */
export function periodProblem(indicator: string, period: string, kind: PeriodKind | null, year: number): Text | null {
  const actual = periodKindOf(period);
  if (!actual) return PERIOD_ERROR;
  if (kind && actual !== kind) return text(`plan.import.periodKindMismatch.${kind}`, { indicator });
  return isPeriodInRange(actual, period, year) ? null : periodRangeMessage(actual, year);
}
