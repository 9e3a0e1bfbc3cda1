/**
 * A samling's report as a spreadsheet: Program, one sheet per task with results (self-assessment,
 * priorities, expectations as the theme × role group matrix, evaluation) and Om rapporten.
 * Groups below the anonymity threshold show "for få svar", never numbers.
 */
import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "~/lib/format";
import { roleGroups } from "~/db/schema/enums";
import { areaByNo, areas } from "~/lib/mulighetsrom/areas";
import type { GatheringReport, ReportTask } from "~/server/domain/network/gathering-report";
import { programmeKindLabels } from "~/lib/network/labels";
import {
  EVALUATION_MAX,
  expectationTargetLabels,
  roleGroupLabels,
  roleGroupShortLabels,
  taskKindLabels,
  taskStatusLabels,
  TOO_FEW_ANSWERS,
} from "~/lib/workshop/labels";
import { leaningWords, matrixCell, officeNameOf } from "./gathering-wording";
import { addSheet, guardFormulaText, type Column } from "./xlsx";

type Results<K extends ReportTask["kind"]> = Extract<ReportTask["results"], { kind: K }>;

const sheetBase: Record<ReportTask["kind"], string> = {
  selvvurdering: "Selvvurdering",
  prioritering: "Prioritering",
  forventninger: "Forventninger",
  evaluering: "Evaluering",
};

function selfAssessmentSheet(workbook: ExcelJS.Workbook, name: string, results: Results<"selvvurdering">, report: GatheringReport) {
  const present = results.partnerships.filter((p) => p.respondents > 0);
  const columns: Column[] = [
    { header: "Nr.", key: "nr", width: 6, numeric: true },
    { header: "Område", key: "omrade", width: 42 },
    { header: "Sterk", key: "sterk", width: 9, numeric: true },
    { header: "Kan styrkes", key: "kan_styrkes", width: 12, numeric: true },
    { header: "Ikke vurdert", key: "ikke_vurdert", width: 13, numeric: true },
    ...present.map((p, i) => ({ header: officeNameOf(report.offices, p.partnershipId), key: `k${i}`, width: 16 })),
  ];
  addSheet(
    workbook,
    name,
    columns,
    areas.map((area) => {
      const result = results.areas.find((a) => a.areaNo === area.no)?.result;
      const row: Record<string, unknown> = { nr: area.no, omrade: area.name };
      if (!result || result.tooFew) row.sterk = TOO_FEW_ANSWERS;
      else Object.assign(row, result.distribution);
      present.forEach((p, i) => {
        const own = p.areas.find((a) => a.areaNo === area.no)?.result;
        row[`k${i}`] = !own || own.tooFew ? TOO_FEW_ANSWERS : leaningWords[own.leaning];
      });
      return row;
    }),
  );
}

function prioritySheets(workbook: ExcelJS.Workbook, name: string, results: Results<"prioritering">, report: GatheringReport) {
  addSheet(
    workbook,
    name,
    [
      { header: "Plass", key: "plass", width: 7, numeric: true },
      { header: "Nr.", key: "nr", width: 6, numeric: true },
      { header: "Område", key: "omrade", width: 42 },
      { header: "Stemmer", key: "stemmer", width: 10, numeric: true },
      { header: "Førstevalg", key: "forste", width: 11, numeric: true },
    ],
    results.areas.tooFew
      ? [{ omrade: TOO_FEW_ANSWERS }]
      : results.areas.ranking.map((a, i) => ({ plass: i + 1, nr: a.areaNo, omrade: areaByNo(a.areaNo).name, stemmer: a.votes, forste: a.firstChoice })),
  );
  const present = results.partnerships.filter((p) => p.respondents > 0);
  if (present.length === 0) return;
  const topName = (p: (typeof present)[number], i: number) => {
    if (p.top.tooFew) return i === 0 ? TOO_FEW_ANSWERS : "";
    const a = p.top.ranking[i];
    return a ? `${a.areaNo}. ${areaByNo(a.areaNo).name} (${a.votes})` : "";
  };
  addSheet(
    workbook,
    `${name} per kontor`.slice(0, 31),
    [
      { header: "Kontor", key: "kontor", width: 22 },
      { header: "1. (forslag til hovedområde)", key: "a", width: 36 },
      { header: "2.", key: "b", width: 36 },
      { header: "3.", key: "c", width: 36 },
    ],
    present.map((p) => ({ kontor: officeNameOf(report.offices, p.partnershipId), a: topName(p, 0), b: topName(p, 1), c: topName(p, 2) })),
  );
}

function expectationSheet(workbook: ExcelJS.Workbook, name: string, results: Results<"forventninger">) {
  addSheet(
    workbook,
    name,
    [
      { header: "Eier", key: "eier", width: 32 },
      { header: "Tema", key: "tema", width: 36 },
      ...roleGroups.map((g) => ({ header: roleGroupShortLabels[g], key: g, width: 16 })),
      { header: "I alt", key: "total", width: 8, numeric: true },
    ],
    results.matrices.flatMap((m) => [
      ...m.rows.map((row) => ({
        eier: expectationTargetLabels[m.target],
        tema: row.label,
        ...Object.fromEntries(roleGroups.map((g) => [g, matrixCell(row.byGroup[g], TOO_FEW_ANSWERS)])),
        total: row.total,
      })),
      ...(m.unsorted > 0 ? [{ eier: expectationTargetLabels[m.target], tema: `Ikke sortert i tema: ${m.unsorted}` }] : []),
    ]),
  );
}

function evaluationSheet(workbook: ExcelJS.Workbook, name: string, results: Results<"evaluering">) {
  const scale = Array.from({ length: EVALUATION_MAX + 1 }, (_, v) => v);
  addSheet(
    workbook,
    name,
    [
      { header: "Påstand", key: "pastand", width: 56 },
      { header: "Andel 5–6 (%)", key: "andel", width: 14, numeric: true },
      { header: "Svar", key: "svar", width: 8, numeric: true },
      ...scale.map((v) => ({ header: String(v), key: `v${v}`, width: 6, numeric: true })),
    ],
    results.statements.map((s) => ({
      pastand: s.text,
      svar: s.answers,
      ...(s.result.tooFew
        ? { andel: TOO_FEW_ANSWERS }
        : { andel: s.result.highShare, ...Object.fromEntries(scale.map((v) => [`v${v}`, s.result.tooFew ? null : (s.result.distribution[v] ?? 0)])) }),
    })),
  );
}

export async function gatheringWorkbook(report: GatheringReport): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnerskapsrommet";
  workbook.created = report.generatedAt;
  workbook.title = `${report.gathering.title} – ${report.network.name}`;

  addSheet(
    workbook,
    "Program",
    [
      { header: "Dag", key: "dag", width: 12 },
      { header: "Fra", key: "fra", width: 7 },
      { header: "Til", key: "til", width: 7 },
      { header: "Tittel", key: "tittel", width: 46 },
      { header: "Innleder", key: "innleder", width: 26 },
      { header: "Type", key: "type", width: 14 },
    ],
    report.programme.map((p) => ({
      dag: formatDate(p.day),
      fra: p.startTime,
      til: p.endTime ?? "",
      tittel: p.title,
      innleder: p.speaker,
      type: programmeKindLabels[p.kind],
    })),
  );

  const used = new Map<string, number>();
  for (const task of report.tasks) {
    if (task.respondents === 0) continue;
    const base = sheetBase[task.kind];
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const name = n === 1 ? base : `${base} ${n}`;
    const results = task.results;
    if (results.kind === "selvvurdering") selfAssessmentSheet(workbook, name, results, report);
    if (results.kind === "prioritering") prioritySheets(workbook, name, results, report);
    if (results.kind === "forventninger") expectationSheet(workbook, name, results);
    if (results.kind === "evaluering") evaluationSheet(workbook, name, results);
  }

  const about = workbook.addWorksheet("Om rapporten");
  about.columns = [
    { key: "felt", width: 24, style: { font: { bold: true }, alignment: { vertical: "top" } } },
    { key: "verdi", width: 80, style: { alignment: { vertical: "top", wrapText: true, horizontal: "left" } } },
  ];
  const g = report.gathering;
  about.addRows([
    { felt: "Nettverk", verdi: report.network.name },
    { felt: "Samling", verdi: g.title },
    { felt: "Dato", verdi: g.startsOn === g.endsOn ? formatDate(g.startsOn) : `${formatDate(g.startsOn)}–${formatDate(g.endsOn)}` },
    { felt: "Sted", verdi: g.place },
    {
      felt: "Deltakere",
      verdi: `${report.participants} i alt${report.participantsByGroup.length ? ": " : ""}${report.participantsByGroup
        .map((c) => `${roleGroupLabels[c.roleGroup]} ${c.count}`)
        .join(", ")}`,
    },
    ...report.tasks.map((t, i) => ({
      felt: `Oppgave ${i + 1}`,
      verdi: `${t.title} (${taskKindLabels[t.kind].toLowerCase()}) – ${taskStatusLabels[t.status].toLowerCase()}, ${t.respondents} svarte`,
    })),
    { felt: "Eksportert", verdi: formatDateTime(report.generatedAt) },
    {
      felt: "Merk",
      verdi: `Grupper med færre enn 3 svar vises som «${TOO_FEW_ANSWERS}», så ingen enkeltperson kan pekes ut. Kontorkolonnene viser bare kontorer som deler dette med nettverket.`,
    },
  ]);
  guardFormulaText(about);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
