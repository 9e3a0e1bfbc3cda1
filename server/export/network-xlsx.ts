/**
 * The network overview as a spreadsheet: Status (Tabell 1), Prioriteringer (Tabell 2), each with
 * one row per area, one column per office and the totals, and Om oversikten. Words, not colours.
 */
import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "~/lib/format";
import type { NetworkOverview, PriorityCell, StatusCell } from "~/server/domain/network/overview-model";
import { addSheet, guardFormulaText, type Column } from "./xlsx";

const statusWords: Record<StatusCell, string> = { sterk: "Sterk", kan_styrkes: "Kan styrkes", ikke_vurdert: "Ikke vurdert", ikke_delt: "Ikke delt" };
const priorityWords: Record<PriorityCell, string> = { hoved: "Hovedområde", prioritert: "Prioritert", vurderes: "Vurderes", ingen: "", ikke_delt: "Ikke delt" };

export async function networkOverviewWorkbook(network: { name: string; periodStart: string; periodEnd: string }, overview: NetworkOverview, now = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnerskapsrommet";
  workbook.created = now;
  workbook.title = `Oversikt – ${network.name}`;
  const officeColumns: Column[] = overview.columns.map((c, i) => ({ header: c.officeName, key: `k${i}`, width: Math.max(12, Math.min(24, c.officeName.length + 2)) }));
  const areaColumns: Column[] = [
    { header: "Nr.", key: "nr", width: 6, numeric: true },
    { header: "Utviklingsområde", key: "omrade", width: 44 },
  ];

  addSheet(
    workbook,
    "Status",
    [...areaColumns, ...officeColumns, { header: "Sterk (antall)", key: "sterk", width: 10, numeric: true }, { header: "Kan styrkes (antall)", key: "kan", width: 12, numeric: true }, { header: "Ikke vurdert (antall)", key: "iv", width: 12, numeric: true }],
    overview.rows.map((r) => ({
      nr: r.area.no,
      omrade: r.area.name,
      ...Object.fromEntries(r.statuses.map((s, i) => [`k${i}`, statusWords[s]])),
      sterk: r.totals.sterk,
      kan: r.totals.kan_styrkes,
      iv: r.totals.ikke_vurdert,
    })),
  );

  addSheet(
    workbook,
    "Prioriteringer",
    [...areaColumns, ...officeColumns, { header: "Hovedområde (antall)", key: "hoved", width: 12, numeric: true }, { header: "Prioritert (antall)", key: "pri", width: 12, numeric: true }, { header: "Vurderes (antall)", key: "vur", width: 12, numeric: true }],
    overview.rows.map((r) => ({
      nr: r.area.no,
      omrade: r.area.name,
      ...Object.fromEntries(r.priorities.map((p, i) => [`k${i}`, priorityWords[p]])),
      hoved: r.totals.hoved,
      pri: r.totals.prioritert,
      vur: r.totals.vurderes,
    })),
  );

  const about = workbook.addWorksheet("Om oversikten");
  about.columns = [
    { key: "felt", width: 24, style: { font: { bold: true }, alignment: { vertical: "top" } } },
    { key: "verdi", width: 80, style: { alignment: { vertical: "top", wrapText: true, horizontal: "left" } } },
  ];
  about.addRows([
    { felt: "Nettverk", verdi: network.name },
    { felt: "Periode", verdi: `${formatDate(network.periodStart)}–${formatDate(network.periodEnd)}` },
    { felt: "Kontor", verdi: overview.columns.map((c) => `${c.officeName} (${c.heldOn ? `vurdert ${formatDate(c.heldOn)}` : "ingen delt vurdering"})`).join(", ") },
    { felt: "Eksportert", verdi: formatDateTime(now) },
    {
      felt: "Merk",
      verdi:
        "Hvert kontor vises med sin siste avsluttede vurdering i mulighetsrommet i nettverkets periode. «Ikke delt» betyr at partnerskapet ikke deler dette med nettverket. " +
        "Antallene til høyre teller kontorene som deler.",
    },
  ]);
  guardFormulaText(about);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
