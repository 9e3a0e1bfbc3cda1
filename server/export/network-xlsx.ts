/**
 * The network overview as a spreadsheet: Status (Tabell 1), Prioriteringer (Tabell 2), each with
 * one row per area, one column per office and the totals, and Om oversikten. Words, not colours,
 * in the exporter's language.
 */
import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import { areaKey } from "~/lib/mulighetsrom/model";
import type { NetworkOverview, PriorityCell, StatusCell } from "~/server/domain/network/overview-model";
import { addSheet, guardFormulaText, type Column } from "./xlsx";

export async function networkOverviewWorkbook(
  network: { name: string; periodStart: string; periodEnd: string },
  overview: NetworkOverview,
  now = new Date(),
  locale: Locale = "nb",
): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(locale, "network");
  const model = translator(locale, "mulighetsrom");
  const areaName = (no: number) => model(`areas.${areaKey(no)}.name`);
  const statusWord = (cell: StatusCell) => t(`overview.status.${cell}`);
  // An area not chosen is an empty cell.
  const priorityWord = (cell: PriorityCell) => (cell === "ingen" ? "" : t(`overview.priority.${cell}`));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnerskapsrommet";
  workbook.created = now;
  workbook.title = t("export.title", { name: network.name });
  const officeColumns: Column[] = overview.columns.map((c, i) => ({ header: c.officeName, key: `k${i}`, width: Math.max(12, Math.min(24, c.officeName.length + 2)) }));
  const areaColumns: Column[] = [
    { header: t("export.nr"), key: "nr", width: 6, numeric: true },
    { header: t("export.area"), key: "omrade", width: 44 },
  ];

  addSheet(
    workbook,
    t("export.sheetStatus"),
    [
      ...areaColumns,
      ...officeColumns,
      { header: t("export.countSterk"), key: "sterk", width: 10, numeric: true },
      { header: t("export.countKanStyrkes"), key: "kan", width: 12, numeric: true },
      { header: t("export.countIkkeVurdert"), key: "iv", width: 12, numeric: true },
    ],
    overview.rows.map((r) => ({
      nr: r.area.no,
      omrade: areaName(r.area.no),
      ...Object.fromEntries(r.statuses.map((s, i) => [`k${i}`, statusWord(s)])),
      sterk: r.totals.sterk,
      kan: r.totals.kan_styrkes,
      iv: r.totals.ikke_vurdert,
    })),
  );

  addSheet(
    workbook,
    t("export.sheetPriorities"),
    [
      ...areaColumns,
      ...officeColumns,
      { header: t("export.countHoved"), key: "hoved", width: 12, numeric: true },
      { header: t("export.countPrioritert"), key: "pri", width: 12, numeric: true },
      { header: t("export.countVurderes"), key: "vur", width: 12, numeric: true },
    ],
    overview.rows.map((r) => ({
      nr: r.area.no,
      omrade: areaName(r.area.no),
      ...Object.fromEntries(r.priorities.map((p, i) => [`k${i}`, priorityWord(p)])),
      hoved: r.totals.hoved,
      pri: r.totals.prioritert,
      vur: r.totals.vurderes,
    })),
  );

  const about = workbook.addWorksheet(t("export.sheetAbout"));
  about.columns = [
    { key: "felt", width: 24, style: { font: { bold: true }, alignment: { vertical: "top" } } },
    { key: "verdi", width: 80, style: { alignment: { vertical: "top", wrapText: true, horizontal: "left" } } },
  ];
  about.addRows([
    { felt: t("export.network"), verdi: network.name },
    { felt: t("export.period"), verdi: `${formatDate(network.periodStart, locale)}–${formatDate(network.periodEnd, locale)}` },
    {
      felt: t("export.offices"),
      verdi: overview.columns
        .map((c) => `${c.officeName} (${c.heldOn ? t("export.assessedOn", { date: formatDate(c.heldOn, locale) }) : t("export.noSharedAssessment")})`)
        .join(", "),
    },
    { felt: t("export.exported"), verdi: formatDateTime(now, locale) },
    { felt: t("export.note"), verdi: t("export.noteText") },
  ]);
  guardFormulaText(about);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
