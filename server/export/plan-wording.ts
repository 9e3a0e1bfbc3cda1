/**
 * The words and numbers of the felles virksomhetsplan as a document, shared by the printed
 * and public page (plan-document.tsx), the Word file (server/export/plan-docx.ts) and the
 * spreadsheet (server/export/plan-xlsx.ts), so the plan reads the same everywhere. Every
 * function takes the document's language (default bokmål); the words are in the "plan"
 * catalogue (ADR 0018). Content people wrote is returned as written.
 * Pure: no database, no React.
 */
import { formatDate, formatKroner, formatNumber } from "~/lib/format";
import type { BudgetColumn } from "~/db/schema/values";
import { isoToday } from "~/lib/dates";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import { filenamePart } from "~/server/export/labels";
import type { ActionStatus } from "~/lib/mulighetsrom/plan-wording";
import type { PlanSource } from "~/lib/business-plan/balance";
import type { PlanStatus } from "~/server/domain/business-plan/lifecycle";
import type { ActivityRow, IndicatorNode } from "~/server/domain/business-plan/snapshot";
import {
  formatTarget as formatTargetIn,
  indicatorTrend,
  targetState,
  type PeriodKind,
  type TargetState,
} from "~/lib/business-plan/targets";
import type { TimingKind } from "~/lib/business-plan/timing";
import { periodText as periodWords, timingText } from "~/lib/business-plan/period-words";
import type { PlanDocument } from "~/server/domain/business-plan/view";

const NBSP = "\u00a0";
export const DASH = "–";

const words = (locale: Locale) => translator(locale, "plan");

export const documentTitle = (year: number, locale: Locale = defaultLocale) => words(locale)("document.title", { year });

/** The numbered parts, in order; anchors for the contents list and bookmarks in Word. */
export const sectionIds = ["grunnlag", "kontoret", "rammer", "satsing", "indikatorer"] as const;
export type SectionId = (typeof sectionIds)[number];
export const sectionTitle = (id: SectionId, locale: Locale = defaultLocale) => words(locale)(`document.sections.${id}`);
/** Every part's title by its id: "1 Grunnlag" … */
export const sectionTitles = (locale: Locale = defaultLocale) =>
  Object.fromEntries(sectionIds.map((id) => [id, sectionTitle(id, locale)])) as Record<SectionId, string>;

export const areaAnchor = (index: number) => `satsingsomrade-${index + 1}`;
export const areaNumber = (index: number) => `4.${index + 1}`;

/** Steering documents are grouped by line: the state's first, then the municipality's. */
export const steeringGroupLabel = (line: "stat" | "kommune", locale: Locale = defaultLocale) =>
  words(locale)(`document.steeringGroup.${line}`);

export const planStatusLabel = (status: PlanStatus, locale: Locale = defaultLocale) => words(locale)(`status.${status}`);
export const actionStatusLabel = (status: ActionStatus, locale: Locale = defaultLocale) => words(locale)(`activityStatus.${status}`);
export const periodKindLabel = (kind: PeriodKind, locale: Locale = defaultLocale) => words(locale)(`periodKind.${kind}`);
export const targetStateLabel = (state: TargetState, locale: Locale = defaultLocale) => words(locale)(`targetState.${state}`);
export const sourceText = (source: PlanSource, locale: Locale = defaultLocale) => words(locale)(`source.${source}`);

/** Every word of a closed list in one language, in the enum's order (drop-downs in the spreadsheet). */
export const allLabels = <V extends string>(values: readonly V[], label: (value: V, locale: Locale) => string, locale: Locale) =>
  values.map((value) => label(value, locale));

/** "2026-T1" → "1. tertial 2026", "2026-03" → "mars 2026", "2026" → "2026"; anything else as it is. */
export const periodText = (period: string, locale: Locale = defaultLocale) => periodWords(period, locale, words(locale));

/** "Fortløpende", "1. halvår 2027", "mars 2027", "15.03.2027". A malformed value is shown as stored. */
export const formatTiming = (kind: TimingKind, value: string | null, locale: Locale = defaultLocale) => timingText(kind, value, locale, words(locale));

/** "Skal øke", "Skal synke", "< 6,3 %", "≥ 80 %", "50 %". A target without its number shows "–". */
export const formatTarget = (
  i: Pick<IndicatorNode, "targetKind" | "targetValue" | "targetDirection" | "targetOperator" | "unit">,
  locale: Locale = defaultLocale,
) => formatTargetIn(i, (d) => words(locale)(`targetDirection.${d}`));

/** Netto driftsramme: expenses less income; unknown when either is missing. */
export function netFrame(column: BudgetColumn): number | null {
  return column.income === null || column.expenses === null ? null : column.expenses - column.income;
}

/** The budget table as rows of cells, for every format. */
export function budgetRows(doc: PlanDocument, locale: Locale = defaultLocale): { label: string; cells: string[] }[] {
  const t = words(locale);
  const { budgetThisYear, budgetLastYear, accountsLastYear } = doc.snapshot.version.budget;
  const columns = [budgetThisYear, budgetLastYear, accountsLastYear];
  return [
    { label: t("document.budgetRow.income"), cells: columns.map((c) => formatKroner(c.income, locale)) },
    { label: t("document.budgetRow.expenses"), cells: columns.map((c) => formatKroner(c.expenses, locale)) },
    { label: t("document.budgetRow.net"), cells: columns.map((c) => formatKroner(netFrame(c), locale)) },
  ];
}

export function budgetHeaders(year: number, locale: Locale = defaultLocale): string[] {
  const t = words(locale);
  return [t("document.budgetHeader.budget", { year }), t("document.budgetHeader.budget", { year: year - 1 }), t("document.budgetHeader.accounts", { year: year - 1 })];
}

/** An instant as the Oslo calendar date: "12.1.2026". */
export const formatDay = (instant: Date, locale: Locale = defaultLocale) => formatDate(isoToday(instant), locale);

/** "Godkjent av Grimstad kommune 12.1.2026 (Kari Eier)"; the name only when shown. */
export function approvalText(approval: PlanDocument["approvals"][number], locale: Locale = defaultLocale): string {
  const values = { label: approval.label, date: formatDay(approval.decidedAt, locale) };
  return approval.name
    ? words(locale)("document.approvalNamed", { ...values, name: approval.name })
    : words(locale)("document.approval", values);
}

/** "Versjon 2 – Godkjent". */
export function versionText(doc: PlanDocument, locale: Locale = defaultLocale): string {
  const { versionNo, status } = doc.snapshot.version;
  return words(locale)("document.version", { versionNo, status: planStatusLabel(status, locale) });
}

/** What a version is not yet, in words on the page (never colour alone); null when it is approved. */
export function draftStamp(doc: PlanDocument, locale: Locale = defaultLocale): string | null {
  const { status } = doc.snapshot.version;
  if (status === "utkast" || status === "til_godkjenning") return words(locale)(`document.stamp.${status}`);
  return null;
}

/** "Avdelingsleder marked (Kari Nordmann)", "Avdelingsleder marked", "Kari Nordmann" or "–". */
export function responsibleText(activity: Pick<ActivityRow, "responsible" | "responsiblePerson">): string {
  const role = activity.responsible.trim();
  const person = activity.responsiblePerson.trim();
  if (role && person) return `${role} (${person})`;
  return role || person || DASH;
}

/** "Utviklingsplan: område 3 Arbeid og aktivitet – Felles kartlegging" for an activity that follows up a development action. */
export function linkedActionText(
  doc: PlanDocument,
  activity: Pick<ActivityRow, "developmentActionId">,
  locale: Locale = defaultLocale,
): string | null {
  const linked = activity.developmentActionId ? doc.linkedActions[activity.developmentActionId] : undefined;
  if (!linked) return null;
  const t = words(locale);
  const area = linked.areaName
    ? t("document.linkedAreaNamed", { areaNo: linked.areaNo, areaName: linked.areaName })
    : t("document.linkedArea", { areaNo: linked.areaNo });
  return t("document.linkedAction", { area, text: linked.text });
}

/** The steering document a goal builds on, by its key. */
export function foundationTitle(doc: PlanDocument, key: string | null): string | null {
  if (!key) return null;
  return doc.snapshot.foundations.find((f) => f.key === key)?.title ?? null;
}

/** "62 %", with the unit after a no-break space when there is one. */
export function valueWithUnit(value: number | null, unit: string, locale: Locale = defaultLocale): string {
  if (value === null) return DASH;
  const u = unit.trim();
  return u ? `${formatNumber(value, locale)}${NBSP}${u}` : formatNumber(value, locale);
}

/** The newest value, also one carried from last year's plan: "62 % (1. tertial 2027)", or "–". */
export function latestValueText(indicator: IndicatorNode, locale: Locale = defaultLocale): string {
  const latest = indicatorTrend(indicator).at(-1);
  return latest ? `${valueWithUnit(latest.value, indicator.unit, locale)} (${periodText(latest.period, locale)})` : DASH;
}

/** Judged on the same trend as latestValueText, so the two never disagree. */
export const targetStateText = (indicator: IndicatorNode, locale: Locale = defaultLocale) =>
  targetStateLabel(targetState(indicator, indicatorTrend(indicator)), locale);

/** "Måles per tertial": how often an indicator is measured, for the indicator table. */
export const measuredPerText = (kind: PeriodKind, locale: Locale = defaultLocale) =>
  words(locale)("document.measuredPer", { kind: periodKindLabel(kind, locale).toLowerCase() });

export interface MeasurementRow {
  indicator: string;
  period: string;
  value: string;
  /** "Denne planen", or "Planen for 2026" for a value carried from an earlier year's plan. */
  recordedIn: string;
}

/** Every measurement of every indicator, oldest first per indicator: the document's "Målinger" table. */
export function measurementRows(doc: PlanDocument, locale: Locale = defaultLocale): MeasurementRow[] {
  const t = words(locale);
  return doc.snapshot.indicators.flatMap((indicator) =>
    indicatorTrend(indicator).map((v) => ({
      indicator: indicator.name,
      period: periodText(v.period, locale),
      value: valueWithUnit(v.value, indicator.unit, locale),
      recordedIn: v.fromPlanYear === null ? t("document.thisPlan") : t("document.planFor", { year: v.fromPlanYear }),
    })),
  );
}

/** "Nav Grimstad" → "Felles virksomhetsplan 2027 – versjon 2 (utkast) – Nav Grimstad": the print title and PDF footer. */
export function documentFullTitle(doc: PlanDocument, locale: Locale = defaultLocale): string {
  const { versionNo, status } = doc.snapshot.version;
  const values = { title: documentTitle(doc.year, locale), versionNo, office: doc.officeName };
  return status === "godkjent" || status === "publisert"
    ? words(locale)("document.fullTitle", values)
    : words(locale)("document.fullTitleWithState", { ...values, state: planStatusLabel(status, locale).toLowerCase() });
}

/** "grimstad", 2027, 2, "pdf" → "virksomhetsplan-grimstad-2027-v2.pdf" (ASCII only, safe in a header). */
export function planFilename(slug: string, year: number, versionNo: number, extension: "pdf" | "docx" | "xlsx"): string {
  return `virksomhetsplan-${filenamePart(slug)}-${year}-v${versionNo}.${extension}`;
}

export const namesHiddenText = (locale: Locale = defaultLocale) => words(locale)("document.namesHidden");
