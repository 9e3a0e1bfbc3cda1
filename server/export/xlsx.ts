/**
 * The assessment's scores as a spreadsheet (exceljs; see ARCHITECTURE.md "Exports" for why
 * not `xlsx`). Sheets: Status (one row per area), Betingelser (the four conditions), Tiltak
 * (every action in the development plans) and Om vurderingen (what the file is). Counts are
 * numbers and deadlines real dates, so the sheets can be sorted, filtered and summed.
 */
import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "~/lib/format";
import { sideLabels } from "~/lib/roles";
import type { ItemSummary } from "~/server/domain/mulighetsrom/aggregation";
import { scoreLabels } from "~/lib/mulighetsrom/areas";
import {
  assessmentStatusLabels,
  DISAGREE_TEXT,
  levelsText,
  yesNo,
} from "./labels";
import type { AssessmentReport } from "./report";
import { sides } from "~/db/schema/enums";
import { actionStatusLabels } from "~/lib/mulighetsrom/plan-wording";
import { formulaSafeText } from "~/server/domain/spreadsheet-text";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type Column = { header: string; key: string; width: number; numeric?: boolean };

/** Sterk / kan styrkes / ikke vurdert, in total or for one side ("Stat: Sterk", key "stat_sterk"). */
const countColumns = (side?: (typeof sides)[number]): Column[] => {
  const label = side ? `${sideLabels[side]}: ` : "";
  const key = side ? `${side}_` : "";
  return [
    { header: `${label}Sterk`, key: `${key}sterk`, width: side ? 15 : 9, numeric: true },
    { header: `${label}Kan styrkes`, key: `${key}kan_styrkes`, width: side ? 20 : 12, numeric: true },
    { header: `${label}Ikke vurdert`, key: `${key}ikke_vurdert`, width: side ? 20 : 13, numeric: true },
  ];
};

const summaryColumns: Column[] = [
  ...countColumns(),
  ...sides.flatMap((side) => countColumns(side)),
  { header: "Merknad", key: "merknad", width: 18 },
];

/** The count cells of one row: in total and per side, with the disagreement spelled out. */
function summaryCells(summary: ItemSummary): Record<string, number | string> {
  const cells: Record<string, number | string> = {
    sterk: summary.total.sterk,
    kan_styrkes: summary.total.kan_styrkes,
    ikke_vurdert: summary.total.ikke_vurdert,
    merknad: summary.disagree ? DISAGREE_TEXT : "",
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

export async function assessmentWorkbook(report: AssessmentReport): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnerskapsrommet";
  workbook.created = report.generatedAt;
  workbook.title = `Mulighetsrom – vurdering ${formatDate(report.assessment.heldOn)} – ${report.partnership.officeName}`;

  addSheet(
    workbook,
    "Status",
    [
      { header: "Nr.", key: "nr", width: 6, numeric: true },
      { header: "Område", key: "omrade", width: 42 },
      { header: "Nivå", key: "niva", width: 22 },
      { header: "Felles status", key: "status", width: 14 },
      { header: "Vurderes", key: "vurderes", width: 10 },
      { header: "Prioritert", key: "prioritert", width: 11 },
      { header: "Hovedområde", key: "hoved", width: 13 },
      ...summaryColumns,
    ],
    report.areas.map((area) => ({
      nr: area.no,
      omrade: area.name,
      niva: levelsText(area.levels),
      status: scoreLabels[area.status],
      vurderes: yesNo(area.considered),
      prioritert: yesNo(area.prioritised),
      hoved: yesNo(area.main),
      ...summaryCells(area.results),
    })),
  );

  addSheet(
    workbook,
    "Betingelser",
    [{ header: "Betingelse", key: "betingelse", width: 28 }, ...summaryColumns],
    report.conditions.map((condition) => ({ betingelse: condition.name, ...summaryCells(condition.results) })),
  );

  const areaName = new Map(report.areas.map((a) => [a.no, a.name]));
  const actions = addSheet(
    workbook,
    "Tiltak",
    [
      { header: "Nr.", key: "nr", width: 6, numeric: true },
      { header: "Område", key: "omrade", width: 36 },
      { header: "Tiltak", key: "tiltak", width: 50 },
      { header: "Ansvarlig", key: "ansvarlig", width: 24 },
      { header: "Frist", key: "frist", width: 12, numeric: true },
      { header: "Status", key: "status", width: 14 },
    ],
    report.plans.flatMap((plan) =>
      plan.actions.map((action) => ({
        nr: plan.areaNo,
        omrade: areaName.get(plan.areaNo) ?? "",
        tiltak: action.text,
        ansvarlig: action.owner,
        frist: action.deadline ? utcDate(action.deadline) : null,
        status: actionStatusLabels[action.status],
      })),
    ),
  );
  actions.getColumn("frist").numFmt = "d.m.yyyy";

  const submitted = report.participants.filter((p) => p.submitted).length;
  const about = workbook.addWorksheet("Om vurderingen");
  about.columns = [
    { key: "felt", width: 24, style: { font: { bold: true }, alignment: { vertical: "top" } } },
    { key: "verdi", width: 70, style: { alignment: { vertical: "top", wrapText: true, horizontal: "left" } } },
  ];
  about.addRows([
    { felt: "Kontor", verdi: report.partnership.officeName },
    { felt: "Vurdering", verdi: report.assessment.occasion },
    { felt: "Dato", verdi: utcDate(report.assessment.heldOn) },
    { felt: "Status", verdi: assessmentStatusLabels[report.assessment.status] },
    { felt: "Svar levert", verdi: `${submitted} av ${report.participants.length} deltakere` },
    { felt: "Eksportert", verdi: formatDateTime(report.generatedAt) },
    {
      felt: "Merk",
      verdi:
        "Tallene er antall svar fra deltakerne som har levert, i alt og per side (stat, kommune, kontor). " +
        `«${DISAGREE_TEXT}» betyr at én side heller mot sterk og en annen mot kan styrkes.`,
    },
  ]);
  guardFormulaText(about);
  about.getCell("B3").numFmt = "d.m.yyyy";

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
