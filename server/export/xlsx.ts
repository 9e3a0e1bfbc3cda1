/**
 * The assessment's scores as a spreadsheet (exceljs; see ARCHITECTURE.md "Exports" for why
 * not `xlsx`). Sheets: Status (one row per area), Betingelser (the four conditions), Tiltak
 * (every action in the development plans) and Om vurderingen (what the file is). Counts are
 * numbers and deadlines real dates, so the sheets can be sorted, filtered and summed.
 */
import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import type { ItemSummary } from "~/server/domain/mulighetsrom/aggregation";
import { areaKey } from "~/lib/mulighetsrom/model";
import { levelsText } from "./labels";
import type { AssessmentReport } from "./report";
import { sides } from "~/db/schema/enums";
import { formulaSafeText } from "~/server/domain/spreadsheet-text";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type Column = { header: string; key: string; width: number; numeric?: boolean };

type Words = ReturnType<typeof translator<"mulighetsrom">>;

/** Sterk / kan styrkes / ikke vurdert, in total or for one side ("Stat: Sterk", key "stat_sterk"). */
const countColumns = (t: Words, side?: (typeof sides)[number]): Column[] => {
  const header = (column: string) => (side ? t("workbook.columns.bySide", { side: t(`side.${side}`), column }) : column);
  const key = side ? `${side}_` : "";
  return [
    { header: header(t("workbook.columns.strong")), key: `${key}sterk`, width: side ? 15 : 9, numeric: true },
    { header: header(t("workbook.columns.canStrengthen")), key: `${key}kan_styrkes`, width: side ? 20 : 12, numeric: true },
    { header: header(t("workbook.columns.notAssessed")), key: `${key}ikke_vurdert`, width: side ? 20 : 13, numeric: true },
  ];
};

const summaryColumns = (t: Words): Column[] => [
  ...countColumns(t),
  ...sides.flatMap((side) => countColumns(t, side)),
  { header: t("workbook.columns.note"), key: "merknad", width: 18 },
];

/** The count cells of one row: in total and per side, with the disagreement spelled out. */
function summaryCells(summary: ItemSummary, t: Words): Record<string, number | string> {
  const cells: Record<string, number | string> = {
    sterk: summary.total.sterk,
    kan_styrkes: summary.total.kan_styrkes,
    ikke_vurdert: summary.total.ikke_vurdert,
    merknad: summary.disagree ? t("report.disagree") : "",
  };
  for (const side of sides) {
    const d = summary.bySide[side];
    cells[`${side}_sterk`] = d.sterk;
    cells[`${side}_kan_styrkes`] = d.kan_styrkes;
    cells[`${side}_ikke_vurdert`] = d.ikke_vurdert;
  }
  return cells;
}

/** Every text cell of the sheet as formula-safe text (../domain/spreadsheet-text.ts). */
export function guardFormulaText(sheet: ExcelJS.Worksheet) {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string") cell.value = formulaSafeText(cell.value);
    }),
  );
}

/** A sheet with a frozen, bold header row and filters on every column: every export uses this. */
export function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Record<string, unknown>[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: { alignment: { vertical: "top", wrapText: !c.numeric, horizontal: c.numeric ? "right" : "left" } },
  }));
  sheet.addRows(rows);
  guardFormulaText(sheet);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "bottom", wrapText: true };
  header.border = { bottom: { style: "medium" } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export async function assessmentWorkbook(report: AssessmentReport, locale: Locale = "nb"): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(locale, "mulighetsrom");
  const yesNo = (value: boolean) => t(value ? "report.yes" : "report.no");
  const areaName = (no: number) => t(`areas.${areaKey(no)}.name`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnerskapsrommet";
  workbook.created = report.generatedAt;
  workbook.title = t("workbook.title", { date: formatDate(report.assessment.heldOn, locale), office: report.partnership.officeName });

  addSheet(
    workbook,
    t("workbook.sheets.status"),
    [
      { header: t("workbook.columns.number"), key: "nr", width: 6, numeric: true },
      { header: t("workbook.columns.area"), key: "omrade", width: 42 },
      { header: t("workbook.columns.level"), key: "niva", width: 22 },
      { header: t("workbook.columns.status"), key: "status", width: 14 },
      { header: t("workbook.columns.considered"), key: "vurderes", width: 10 },
      { header: t("workbook.columns.prioritised"), key: "prioritert", width: 11 },
      { header: t("workbook.columns.main"), key: "hoved", width: 13 },
      ...summaryColumns(t),
    ],
    report.areas.map((area) => ({
      nr: area.no,
      omrade: areaName(area.no),
      niva: levelsText(area.levels, (level) => t(`report.levelShort.${level}`)),
      status: t(`score.${area.status}`),
      vurderes: yesNo(area.considered),
      prioritert: yesNo(area.prioritised),
      hoved: yesNo(area.main),
      ...summaryCells(area.results, t),
    })),
  );

  addSheet(
    workbook,
    t("workbook.sheets.conditions"),
    [{ header: t("workbook.columns.condition"), key: "betingelse", width: 28 }, ...summaryColumns(t)],
    report.conditions.map((condition) => ({ betingelse: t(`conditions.${condition.key}`), ...summaryCells(condition.results, t) })),
  );

  const actions = addSheet(
    workbook,
    t("workbook.sheets.actions"),
    [
      { header: t("workbook.columns.number"), key: "nr", width: 6, numeric: true },
      { header: t("workbook.columns.area"), key: "omrade", width: 36 },
      { header: t("workbook.columns.action"), key: "tiltak", width: 50 },
      { header: t("workbook.columns.owner"), key: "ansvarlig", width: 24 },
      { header: t("workbook.columns.deadline"), key: "frist", width: 12, numeric: true },
      { header: t("workbook.columns.actionStatus"), key: "status", width: 14 },
    ],
    report.plans.flatMap((plan) =>
      plan.actions.map((action) => ({
        nr: plan.areaNo,
        omrade: areaName(plan.areaNo),
        tiltak: action.text,
        ansvarlig: action.owner,
        frist: action.deadline ? utcDate(action.deadline) : null,
        status: t(`actionStatus.${action.status}`),
      })),
    ),
  );
  actions.getColumn("frist").numFmt = "d.m.yyyy";

  const submitted = report.participants.filter((p) => p.submitted).length;
  const about = workbook.addWorksheet(t("workbook.sheets.about"));
  about.columns = [
    { key: "felt", width: 24, style: { font: { bold: true }, alignment: { vertical: "top" } } },
    { key: "verdi", width: 70, style: { alignment: { vertical: "top", wrapText: true, horizontal: "left" } } },
  ];
  about.addRows([
    { felt: t("workbook.about.office"), verdi: report.partnership.officeName },
    { felt: t("workbook.about.assessment"), verdi: report.assessment.occasion },
    { felt: t("workbook.about.date"), verdi: utcDate(report.assessment.heldOn) },
    { felt: t("workbook.about.status"), verdi: t(`workbook.assessmentStatus.${report.assessment.status}`) },
    { felt: t("workbook.about.submitted"), verdi: t("workbook.about.submittedOf", { submitted: String(submitted), total: String(report.participants.length) }) },
    { felt: t("workbook.about.exported"), verdi: formatDateTime(report.generatedAt, locale) },
    { felt: t("workbook.about.note"), verdi: t("workbook.about.noteText", { disagree: t("report.disagree") }) },
  ]);
  guardFormulaText(about);
  about.getCell("B3").numFmt = "d.m.yyyy";

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
