/**
 * A virksomhetsplan version as a spreadsheet (exceljs): the sheets and columns the import reads
 * back (server/domain/business-plan/xlsx-import.ts), so an office can export, work in Excel
 * and import again. Sheets: Aktiviteter (one row per activity; a goal without activities and
 * a satsingsområde without goals get a row of their own), Indikatorer, Måleverdier (one row
 * per indicator and period: a long format, since indicators are measured per month, tertial
 * or year), Målinger fra tidligere år (read only, when an indicator continues from last year's
 * plan) and Om planen. Activities and indicators carry their key in a hidden column, and a
 * hidden sheet (Nøkler) says which partnership and plan the file is from, so the import updates
 * the same rows and refuses a file from elsewhere (server/domain/business-plan/import-sync.ts).
 */
import ExcelJS from "exceljs";
import { actionStatuses, indicatorPeriodKinds, planSources } from "~/db/schema/enums";
import { formatDateTime } from "~/lib/format";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import {
  actionStatusLabel,
  allLabels,
  documentTitle,
  formatTarget,
  formatTiming,
  periodKindLabel,
  periodText,
  planStatusLabel,
  sourceText,
} from "~/server/export/plan-wording";
import type { PlanDocument } from "~/server/domain/business-plan/view";
import { ORIGIN_SHEET, originFields, planLayout } from "~/server/domain/business-plan/xlsx-layout";
import { addSheet } from "./xlsx";

/** Rows left with drop-down lists below the data, for people adding rows. */
const SPARE_ROWS = 200;

/** A drop-down of the allowed words in a column, for the data rows and some spare ones. */
function listValidation(sheet: ExcelJS.Worksheet, key: string, words: string[], rows: number, locale: Locale) {
  const t = translator(locale, "plan");
  const column = sheet.getColumn(key).number;
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [`"${words.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: t("xlsx.unknownValueTitle"),
    error: t("xlsx.unknownValue", { words: words.join(", ") }),
  };
  for (let r = 2; r <= rows + 1 + SPARE_ROWS; r++) sheet.getCell(r, column).dataValidation = validation;
}

/** Not read by the import: earlier years' values belong to their own plans. The bokmål name; planLayout(locale).sheets.earlier in others. */
export const EARLIER_VALUES_SHEET = planLayout("nb").sheets.earlier;

/**
 * The key column is hidden rather than protected: protecting it would lock the sheet's other
 * cells in some spreadsheet programs, and a person who unhides it sees what it is by its name.
 */
function hideKeyColumn(sheet: ExcelJS.Worksheet, key: string) {
  sheet.getColumn(key).hidden = true;
}

/** The workbook in `locale` (the document language): sheet names, headers, words in cells; people's texts as written. */
export async function planWorkbook(doc: PlanDocument, generatedAt = new Date(), locale: Locale = defaultLocale): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(locale, "plan");
  const layout = planLayout(locale);
  const { snapshot } = doc;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnerskapsrommet";
  workbook.created = generatedAt;
  workbook.title = t("xlsx.title", { title: documentTitle(doc.year, locale), versionNo: snapshot.version.versionNo, office: doc.officeName });
  const sources = allLabels(planSources, sourceText, locale);

  const A = layout.activityHeaders;
  const activityRows = snapshot.focusAreas.flatMap((area) => {
    if (area.goals.length === 0) return [{ area: area.title }];
    return area.goals.flatMap((goal) => {
      const goalCells = { area: area.title, goal: goal.text, source: sourceText(goal.source, locale) };
      if (goal.activities.length === 0) return [goalCells];
      return goal.activities.map((activity) => ({
        ...goalCells,
        text: activity.text,
        responsible: activity.responsible,
        responsiblePerson: activity.responsiblePerson,
        timing: formatTiming(activity.timingKind, activity.timingValue, locale),
        status: actionStatusLabel(activity.status, locale),
        key: activity.key,
      }));
    });
  });
  const activities = addSheet(
    workbook,
    layout.sheets.activities,
    [
      { header: A.area, key: "area", width: 28 },
      { header: A.goal, key: "goal", width: 36 },
      { header: A.source, key: "source", width: 11 },
      { header: A.text, key: "text", width: 48 },
      { header: A.responsible, key: "responsible", width: 24 },
      { header: A.responsiblePerson, key: "responsiblePerson", width: 20 },
      { header: A.timing, key: "timing", width: 16 },
      { header: A.status, key: "status", width: 13 },
      { header: A.key, key: "key", width: 38 },
    ],
    activityRows,
  );
  hideKeyColumn(activities, "key");
  listValidation(activities, "source", sources, activityRows.length, locale);
  listValidation(activities, "status", allLabels(actionStatuses, actionStatusLabel, locale), activityRows.length, locale);

  const I = layout.indicatorHeaders;
  const indicators = addSheet(
    workbook,
    layout.sheets.indicators,
    [
      { header: I.name, key: "name", width: 36 },
      { header: I.source, key: "source", width: 11 },
      { header: I.unit, key: "unit", width: 10 },
      { header: I.baseline, key: "baseline", width: 13, numeric: true },
      { header: I.target, key: "target", width: 16 },
      { header: I.periodKind, key: "periodKind", width: 11 },
      { header: I.key, key: "key", width: 38 },
    ],
    snapshot.indicators.map((indicator) => ({
      name: indicator.name,
      source: sourceText(indicator.source, locale),
      unit: indicator.unit,
      baseline: indicator.baseline,
      target: formatTarget(indicator, locale),
      periodKind: periodKindLabel(indicator.periodKind, locale),
      key: indicator.key,
    })),
  );
  hideKeyColumn(indicators, "key");
  listValidation(indicators, "source", sources, snapshot.indicators.length, locale);
  listValidation(indicators, "periodKind", allLabels(indicatorPeriodKinds, periodKindLabel, locale), snapshot.indicators.length, locale);

  const V = layout.valueHeaders;
  const values = addSheet(
    workbook,
    layout.sheets.values,
    [
      { header: V.indicator, key: "indicator", width: 36 },
      { header: V.period, key: "period", width: 18 },
      { header: V.value, key: "value", width: 12, numeric: true },
      { header: V.indicatorKey, key: "indicatorKey", width: 38 },
    ],
    snapshot.indicators.flatMap((indicator) =>
      [...indicator.values]
        .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
        .map((v) => ({ indicator: indicator.name, period: periodText(v.period, locale), value: v.value, indicatorKey: indicator.key })),
    ),
  );
  hideKeyColumn(values, "indicatorKey");

  // Measurements carried from earlier years' plans (same indicator key): read only, on their own
  // sheet, so importing the file never copies them into this year's plan.
  const earlier = snapshot.indicators.flatMap((indicator) =>
    indicator.earlier.map((v) => ({ indicator: indicator.name, period: periodText(v.period, locale), value: v.value, planYear: v.planYear })),
  );
  if (earlier.length > 0) {
    addSheet(
      workbook,
      layout.sheets.earlier,
      [
        { header: V.indicator, key: "indicator", width: 36 },
        { header: V.period, key: "period", width: 18 },
        { header: V.value, key: "value", width: 12, numeric: true },
        { header: t("xlsx.fromPlanYear"), key: "planYear", width: 14, numeric: true },
      ],
      earlier,
    );
  }

  const about = workbook.addWorksheet(layout.sheets.about);
  about.columns = [
    { key: "felt", width: 22, style: { font: { bold: true }, alignment: { vertical: "top" } } },
    { key: "verdi", width: 80, style: { alignment: { vertical: "top", wrapText: true, horizontal: "left" } } },
  ];
  about.addRows([
    { felt: t("xlsx.about.office"), verdi: doc.officeName },
    { felt: t("xlsx.about.plan"), verdi: documentTitle(doc.year, locale) },
    {
      felt: t("xlsx.about.version"),
      verdi: t("xlsx.about.versionValue", {
        versionNo: snapshot.version.versionNo,
        status: planStatusLabel(snapshot.version.status, locale).toLowerCase(),
      }),
    },
    { felt: t("xlsx.about.exported"), verdi: formatDateTime(generatedAt, locale) },
    { felt: t("xlsx.about.import"), verdi: t("xlsx.about.importHelp") },
  ]);
  // Where the file comes from, so the import refuses a file from another plan or partnership.
  const origin = workbook.addWorksheet(ORIGIN_SHEET, { state: "veryHidden" });
  origin.addRows([
    [originFields.partnershipId, snapshot.plan.partnershipId],
    [originFields.planId, snapshot.plan.id],
    [originFields.year, String(doc.year)],
    [originFields.versionNo, String(snapshot.version.versionNo)],
    [originFields.officeName, doc.officeName],
  ]);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
