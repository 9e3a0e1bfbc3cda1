/**
 * The layout of a plan's spreadsheet: the sheets, the column headers and the hidden sheet that
 * says where a file comes from. The Excel export (server/export/plan-xlsx.ts) writes it in the
 * document's language, and the import (xlsx-parse.ts) reads it back in either language, so both
 * stay in step. The words are in the "plan" catalogue (xlsx.*).
 */
import { defaultLocale, locales, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";

const activityColumns = ["area", "goal", "source", "text", "responsible", "responsiblePerson", "timing", "status", "key"] as const;
const indicatorColumns = ["name", "source", "unit", "baseline", "target", "periodKind", "key"] as const;
const valueColumns = ["indicator", "period", "value", "indicatorKey"] as const;

export type ActivityColumn = (typeof activityColumns)[number];
export type IndicatorColumn = (typeof indicatorColumns)[number];
export type ValueColumn = (typeof valueColumns)[number];

export interface PlanLayout {
  sheets: { activities: string; indicators: string; values: string; earlier: string; about: string };
  activityHeaders: Record<ActivityColumn, string>;
  indicatorHeaders: Record<IndicatorColumn, string>;
  valueHeaders: Record<ValueColumn, string>;
}

const headersOf = <K extends string>(keys: readonly K[], name: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, name(key)])) as Record<K, string>;

/** The sheet and column names in one language. */
export function planLayout(locale: Locale = defaultLocale): PlanLayout {
  const t = translator(locale, "plan");
  return {
    sheets: {
      activities: t("xlsx.sheets.activities"),
      indicators: t("xlsx.sheets.indicators"),
      values: t("xlsx.sheets.values"),
      earlier: t("xlsx.sheets.earlier"),
      about: t("xlsx.sheets.about"),
    },
    activityHeaders: headersOf(activityColumns, (key) => t(`xlsx.activityHeaders.${key}`)),
    indicatorHeaders: headersOf(indicatorColumns, (key) => t(`xlsx.indicatorHeaders.${key}`)),
    valueHeaders: headersOf(valueColumns, (key) => t(`xlsx.valueHeaders.${key}`)),
  };
}

/** Bokmål, the names the import's messages use (and the layout before ADR 0018). */
const bokmal = planLayout("nb");
export const planSheets = { activities: bokmal.sheets.activities, indicators: bokmal.sheets.indicators, values: bokmal.sheets.values };
export const activityHeaders = bokmal.activityHeaders;
export const indicatorHeaders = bokmal.indicatorHeaders;
export const valueHeaders = bokmal.valueHeaders;

/** Every language's name for each column: a file exported in nynorsk imports like one in bokmål. */
function namesInEveryLanguage<K extends string>(pick: (layout: PlanLayout) => Record<K, string>): Record<K, string[]> {
  const out = {} as Record<K, string[]>;
  for (const locale of locales) {
    for (const [key, name] of Object.entries(pick(planLayout(locale))) as [K, string][]) (out[key] ??= []).push(name);
  }
  return out;
}
export const activityHeaderNames = namesInEveryLanguage((l) => l.activityHeaders);
export const indicatorHeaderNames = namesInEveryLanguage((l) => l.indicatorHeaders);
export const valueHeaderNames = namesInEveryLanguage((l) => l.valueHeaders);
export const sheetNames = namesInEveryLanguage((l) => l.sheets);

/**
 * The hidden sheet the export writes with where the file comes from, so an import can refuse a
 * file from another plan or partnership instead of matching its keys to nothing. Field names,
 * not text people read: the same in every language.
 */
export const ORIGIN_SHEET = "Nøkler";
export const originFields = {
  partnershipId: "Partnerskap",
  planId: "Plan",
  year: "År",
  versionNo: "Versjon",
  officeName: "Kontor",
} as const;

export interface FileOrigin {
  partnershipId: string;
  planId: string;
  year: number | null;
  versionNo: number | null;
  officeName: string;
}
