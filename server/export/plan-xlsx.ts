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
import { formatDateTime } from "~/lib/format";
import {
  actionStatusLabels,
  documentTitle,
  formatTarget,
  formatTiming,
  planSourceLabels,
  planStatusLabels,
} from "~/server/export/plan-wording";
import { periodKindLabels, periodLabel } from "~/lib/business-plan/targets";
import type { PlanDocument } from "~/server/domain/business-plan/view";
import {
  activityHeaders,
  indicatorHeaders,
  ORIGIN_SHEET,
  originFields,
  planSheets,
  valueHeaders,
} from "~/server/domain/business-plan/xlsx-layout";
import { addSheet } from "./xlsx";


/** Rows left with drop-down lists below the data, for people adding rows. */
const SPARE_ROWS = 200;


/** A drop-down of the allowed words in a column, for the data rows and some spare ones. */
function listValidation(sheet: ExcelJS.Worksheet, key: string, words: string[], rows: number) {
  const column = sheet.getColumn(key).number;
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [`"${words.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Ukjent verdi",
    error: `Velg ${words.join(", ")}.`,
  };
  for (let r = 2; r <= rows + 1 + SPARE_ROWS; r++) sheet.getCell(r, column).dataValidation = validation;
}

/** Not read by the import: earlier years' values belong to their own plans. */
export const EARLIER_VALUES_SHEET = "Målinger fra tidligere år";

/**
 * The key column is hidden rather than protected: protecting it would lock the sheet's other
 * cells in some spreadsheet programs, and a person who unhides it sees what it is by its name.
 */
function hideKeyColumn(sheet: ExcelJS.Worksheet, key: string) {
  sheet.getColumn(key).hidden = true;
}

export async function planWorkbook(doc: PlanDocument, generatedAt = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const { snapshot } = doc;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnerskapsrommet";
  workbook.created = generatedAt;
  workbook.title = `${documentTitle(doc.year)} – versjon ${snapshot.version.versionNo} – ${doc.officeName}`;

  const A = activityHeaders;
  const activityRows = snapshot.focusAreas.flatMap((area) => {
    if (area.goals.length === 0) return [{ area: area.title }];
    return area.goals.flatMap((goal) => {
      const goalCells = { area: area.title, goal: goal.text, source: planSourceLabels[goal.source] };
      if (goal.activities.length === 0) return [goalCells];
      return goal.activities.map((activity) => ({
        ...goalCells,
        text: activity.text,
        responsible: activity.responsible,
        responsiblePerson: activity.responsiblePerson,
        timing: formatTiming(activity.timingKind, activity.timingValue),
        status: actionStatusLabels[activity.status],
        key: activity.key,
      }));
    });
  });
  const activities = addSheet(
    workbook,
    planSheets.activities,
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
  listValidation(activities, "source", Object.values(planSourceLabels), activityRows.length);
  listValidation(activities, "status", Object.values(actionStatusLabels), activityRows.length);

  const I = indicatorHeaders;
  const indicators = addSheet(
    workbook,
    planSheets.indicators,
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
      source: planSourceLabels[indicator.source],
      unit: indicator.unit,
      baseline: indicator.baseline,
      target: formatTarget(indicator),
      periodKind: periodKindLabels[indicator.periodKind],
      key: indicator.key,
    })),
  );
  hideKeyColumn(indicators, "key");
  listValidation(indicators, "source", Object.values(planSourceLabels), snapshot.indicators.length);
  listValidation(indicators, "periodKind", Object.values(periodKindLabels), snapshot.indicators.length);

  const V = valueHeaders;
  const values = addSheet(
    workbook,
    planSheets.values,
    [
      { header: V.indicator, key: "indicator", width: 36 },
      { header: V.period, key: "period", width: 18 },
      { header: V.value, key: "value", width: 12, numeric: true },
      { header: V.indicatorKey, key: "indicatorKey", width: 38 },
    ],
    snapshot.indicators.flatMap((indicator) =>
      [...indicator.values]
        .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
        .map((v) => ({ indicator: indicator.name, period: periodLabel(v.period), value: v.value, indicatorKey: indicator.key })),
    ),
  );
  hideKeyColumn(values, "indicatorKey");

  // Measurements carried from earlier years' plans (same indicator key): read only, on their own
  // sheet, so importing the file never copies them into this year's plan.
  const earlier = snapshot.indicators.flatMap((indicator) =>
    indicator.earlier.map((v) => ({ indicator: indicator.name, period: periodLabel(v.period), value: v.value, planYear: v.planYear })),
  );
  if (earlier.length > 0) {
    addSheet(
      workbook,
      EARLIER_VALUES_SHEET,
      [
        { header: V.indicator, key: "indicator", width: 36 },
        { header: V.period, key: "period", width: 18 },
        { header: V.value, key: "value", width: 12, numeric: true },
        { header: "Fra planen for", key: "planYear", width: 14, numeric: true },
      ],
      earlier,
    );
  }

  const about = workbook.addWorksheet("Om planen");
  about.columns = [
    { key: "felt", width: 22, style: { font: { bold: true }, alignment: { vertical: "top" } } },
    { key: "verdi", width: 80, style: { alignment: { vertical: "top", wrapText: true, horizontal: "left" } } },
  ];
  about.addRows([
    { felt: "Kontor", verdi: doc.officeName },
    { felt: "Plan", verdi: documentTitle(doc.year) },
    { felt: "Versjon", verdi: `${snapshot.version.versionNo} (${planStatusLabels[snapshot.version.status].toLowerCase()})` },
    { felt: "Eksportert", verdi: formatDateTime(generatedAt) },
    {
      felt: "Importere",
      verdi:
        "Regnearket kan endres og importeres i et utkast av den samme planen. Behold navnene på arkene og kolonnene. " +
        "Hver aktivitet og indikator har en skjult nøkkel: en rad med nøkkel oppdaterer det samme punktet i planen, " +
        "en ny rad (uten nøkkel) legges til, og du velger selv om punkter du har slettet fra regnearket skal fjernes. " +
        "Før noe lagres, ser du hva som blir nytt, endret og fjernet. Kopierer du en rad, blir kopien en ny aktivitet. " +
        "Satsingsområder og mål med nøyaktig samme tekst som i planen brukes; andre legges til. " +
        "Kilde er Stat, Kommune eller Felles. Når kan være " +
        "en dato (15.03.2027), en måned (mars 2027), et halvår (1. halvår 2027) eller Fortløpende. Måleverdier har " +
        "én rad per indikator og periode (mars 2027, 1. tertial 2027 eller 2027).",
    },
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
