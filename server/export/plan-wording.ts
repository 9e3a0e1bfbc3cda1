/**
 * The words and numbers of the felles virksomhetsplan as a document, shared by the printed
 * and public page (plan-document.tsx), the Word file (server/export/plan-docx.ts) and the
 * spreadsheet (server/export/plan-xlsx.ts), so the plan reads the same everywhere.
 * Pure: no database, no React.
 */
import { formatKroner, formatNumber } from "~/lib/format";
import type { BudgetColumn } from "~/db/schema/values";
import { OSLO } from "~/lib/dates";
import { filenamePart } from "~/server/export/labels";
import { actionStatusLabels } from "~/lib/mulighetsrom/plan-wording";
import { planSourceLabels, type PlanSource } from "~/lib/business-plan/balance";
import { planStatusLabels } from "~/server/domain/business-plan/lifecycle";
import type { ActivityRow, IndicatorNode } from "~/server/domain/business-plan/snapshot";
import { formatTarget, indicatorTrend, periodLabel, targetState, targetStateLabels } from "~/lib/business-plan/targets";
import { formatTiming } from "~/lib/business-plan/timing";
import type { PlanDocument } from "~/server/domain/business-plan/view";

export { actionStatusLabels, formatTarget, formatTiming, planSourceLabels, planStatusLabels, targetStateLabels };

const NBSP = "\u00a0";
export const DASH = "–";

export const documentTitle = (year: number) => `Felles virksomhetsplan ${year}`;

/** The numbered parts, in order; anchors for the contents list and bookmarks in Word. */
export const sectionTitles = {
  grunnlag: "1 Grunnlag",
  kontoret: "2 Om kontoret",
  rammer: "3 Rammebetingelser",
  satsing: "4 Satsingsområder",
  indikatorer: "5 Indikatorer",
} as const;
export type SectionId = keyof typeof sectionTitles;
export const sectionIds = Object.keys(sectionTitles) as SectionId[];

export const areaAnchor = (index: number) => `satsingsomrade-${index + 1}`;
export const areaNumber = (index: number) => `4.${index + 1}`;

/** Steering documents are grouped by line: the state's first, then the municipality's. */
export const steeringGroupLabels = { stat: "Statlige styringsdokumenter", kommune: "Kommunale styringsdokumenter" } as const;

/** Netto driftsramme: expenses less income; unknown when either is missing. */
export function netFrame(column: BudgetColumn): number | null {
  return column.income === null || column.expenses === null ? null : column.expenses - column.income;
}

/** The budget table as rows of cells, for every format. */
export function budgetRows(doc: PlanDocument): { label: string; cells: string[] }[] {
  const { budgetThisYear, budgetLastYear, accountsLastYear } = doc.snapshot.version.budget;
  const columns = [budgetThisYear, budgetLastYear, accountsLastYear];
  return [
    { label: "Inntekter", cells: columns.map((c) => formatKroner(c.income)) },
    { label: "Utgifter", cells: columns.map((c) => formatKroner(c.expenses)) },
    { label: "Netto driftsramme", cells: columns.map((c) => formatKroner(netFrame(c))) },
  ];
}

export const budgetHeaders = (year: number) => [`Budsjett ${year}`, `Budsjett ${year - 1}`, `Regnskap ${year - 1}`];

const dateFormat = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "numeric", year: "numeric", timeZone: OSLO });

/** An instant as the Oslo calendar date: "12.1.2026". */
export const formatDay = (instant: Date) => dateFormat.format(instant);

/** "Godkjent av Grimstad kommune 12.1.2026 (Kari Eier)"; the name only when shown. */
export function approvalText(approval: PlanDocument["approvals"][number]): string {
  return `Godkjent av ${approval.label} ${formatDay(approval.decidedAt)}${approval.name ? ` (${approval.name})` : ""}`;
}

/** "Versjon 2 – Godkjent". */
export function versionText(doc: PlanDocument): string {
  const { versionNo, status } = doc.snapshot.version;
  return `Versjon ${versionNo} – ${planStatusLabels[status]}`;
}

/** What a version is not yet, in words on the page (never colour alone); null when it is approved. */
export function draftStamp(doc: PlanDocument): string | null {
  const { status } = doc.snapshot.version;
  if (status === "utkast") return "UTKAST – ikke godkjent";
  if (status === "til_godkjenning") return "TIL GODKJENNING – ikke godkjent ennå";
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
export function linkedActionText(doc: PlanDocument, activity: Pick<ActivityRow, "developmentActionId">): string | null {
  const linked = activity.developmentActionId ? doc.linkedActions[activity.developmentActionId] : undefined;
  if (!linked) return null;
  const area = `område ${linked.areaNo}${linked.areaName ? ` ${linked.areaName}` : ""}`;
  return `Utviklingsplan: ${area} – ${linked.text}`;
}

export const sourceText = (source: PlanSource) => planSourceLabels[source];

/** The steering document a goal builds on, by its key. */
export function foundationTitle(doc: PlanDocument, key: string | null): string | null {
  if (!key) return null;
  return doc.snapshot.foundations.find((f) => f.key === key)?.title ?? null;
}

/** "62 %", with the unit after a no-break space when there is one. */
export function valueWithUnit(value: number | null, unit: string): string {
  if (value === null) return DASH;
  const u = unit.trim();
  return u ? `${formatNumber(value)}${NBSP}${u}` : formatNumber(value);
}

/** The newest value, also one carried from last year's plan: "62 % (1. tertial 2027)", or "–". */
export function latestValueText(indicator: IndicatorNode): string {
  const latest = indicatorTrend(indicator).at(-1);
  return latest ? `${valueWithUnit(latest.value, indicator.unit)} (${periodLabel(latest.period)})` : DASH;
}

/** Judged on the same trend as latestValueText, so the two never disagree. */
export const targetStateText = (indicator: IndicatorNode) => targetStateLabels[targetState(indicator, indicatorTrend(indicator))];

export interface MeasurementRow {
  indicator: string;
  period: string;
  value: string;
  /** "Denne planen", or "Planen for 2026" for a value carried from an earlier year's plan. */
  recordedIn: string;
}

/** Every measurement of every indicator, oldest first per indicator: the document's "Målinger" table. */
export function measurementRows(doc: PlanDocument): MeasurementRow[] {
  return doc.snapshot.indicators.flatMap((indicator) =>
    indicatorTrend(indicator).map((v) => ({
      indicator: indicator.name,
      period: periodLabel(v.period),
      value: valueWithUnit(v.value, indicator.unit),
      recordedIn: v.fromPlanYear === null ? "Denne planen" : `Planen for ${v.fromPlanYear}`,
    })),
  );
}

/** "Nav Grimstad" → "Felles virksomhetsplan 2027 – versjon 2 (utkast) – Nav Grimstad": the print title and PDF footer. */
export function documentFullTitle(doc: PlanDocument): string {
  const { versionNo, status } = doc.snapshot.version;
  const state = status === "godkjent" || status === "publisert" ? "" : ` (${planStatusLabels[status].toLowerCase()})`;
  return `${documentTitle(doc.year)} – versjon ${versionNo}${state} – ${doc.officeName}`;
}

/** "grimstad", 2027, 2, "pdf" → "virksomhetsplan-grimstad-2027-v2.pdf" (ASCII only, safe in a header). */
export function planFilename(slug: string, year: number, versionNo: number, extension: "pdf" | "docx" | "xlsx"): string {
  return `virksomhetsplan-${filenamePart(slug)}-${year}-v${versionNo}.${extension}`;
}

export const NAMES_HIDDEN_TEXT = "Navn på personer er ikke vist i den offentlige versjonen.";
