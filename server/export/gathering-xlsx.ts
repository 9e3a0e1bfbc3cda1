/**
 * A samling's report as a spreadsheet: Program, one sheet per task with results (self-assessment,
 * priorities, expectations as the theme × role group matrix, evaluation) and Om rapporten.
 * Groups below the anonymity threshold show "for få svar", never numbers. In the exporter's language.
 */
import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { roleGroups } from "~/db/schema/enums";
import { areas } from "~/lib/mulighetsrom/areas";
import type { GatheringReport, ReportTask } from "~/server/domain/network/gathering-report";
import { translator } from "~/lib/i18n/translate";
import { EVALUATION_MAX } from "~/lib/workshop/limits";
import { reportWords, type ReportWords } from "./gathering-wording";
import { addSheet, guardFormulaText, type Column } from "./xlsx";

type Results<K extends ReportTask["kind"]> = Extract<ReportTask["results"], { kind: K }>;

function selfAssessmentSheet(workbook: ExcelJS.Workbook, name: string, results: Results<"selvvurdering">, report: GatheringReport, words: ReportWords) {
  const { t, tooFew } = words;
  const present = results.partnerships.filter((p) => p.respondents > 0);
  const columns: Column[] = [
    { header: t("doc.col.nr"), key: "nr", width: 6, numeric: true },
    { header: t("doc.col.area"), key: "omrade", width: 42 },
    { header: t("doc.col.sterk"), key: "sterk", width: 9, numeric: true },
    { header: t("doc.col.kanStyrkes"), key: "kan_styrkes", width: 12, numeric: true },
    { header: t("doc.col.ikkeVurdert"), key: "ikke_vurdert", width: 13, numeric: true },
    ...present.map((p, i) => ({ header: words.officeName(report.offices, p.partnershipId), key: `k${i}`, width: 16 })),
  ];
  addSheet(
    workbook,
    name,
    columns,
    areas.map((area) => {
      const result = results.areas.find((a) => a.areaNo === area.no)?.result;
      const row: Record<string, unknown> = { nr: area.no, omrade: words.areaName(area.no) };
      if (!result || result.tooFew) row.sterk = tooFew;
      else Object.assign(row, result.distribution);
      present.forEach((p, i) => {
        const own = p.areas.find((a) => a.areaNo === area.no)?.result;
        row[`k${i}`] = !own || own.tooFew ? tooFew : words.leaning(own.leaning);
      });
      return row;
    }),
  );
}

function prioritySheets(workbook: ExcelJS.Workbook, name: string, results: Results<"prioritering">, report: GatheringReport, words: ReportWords) {
  const { t, tooFew } = words;
  addSheet(
    workbook,
    name,
    [
      { header: t("doc.col.place"), key: "plass", width: 7, numeric: true },
      { header: t("doc.col.nr"), key: "nr", width: 6, numeric: true },
      { header: t("doc.col.area"), key: "omrade", width: 42 },
      { header: t("doc.col.votes"), key: "stemmer", width: 10, numeric: true },
      { header: t("doc.col.firstChoice"), key: "forste", width: 11, numeric: true },
    ],
    results.areas.tooFew
      ? [{ omrade: tooFew }]
      : results.areas.ranking.map((a, i) => ({ plass: i + 1, nr: a.areaNo, omrade: words.areaName(a.areaNo), stemmer: a.votes, forste: a.firstChoice })),
  );
  const present = results.partnerships.filter((p) => p.respondents > 0);
  if (present.length === 0) return;
  const topName = (p: (typeof present)[number], i: number) => {
    if (p.top.tooFew) return i === 0 ? tooFew : "";
    const a = p.top.ranking[i];
    return a ? `${a.areaNo}. ${words.areaName(a.areaNo)} (${a.votes})` : "";
  };
  addSheet(
    workbook,
    t("doc.sheet.perOffice", { name }).slice(0, 31),
    [
      { header: t("doc.col.office"), key: "kontor", width: 22 },
      { header: t("doc.col.firstProposed"), key: "a", width: 36 },
      { header: "2.", key: "b", width: 36 },
      { header: "3.", key: "c", width: 36 },
    ],
    present.map((p) => ({ kontor: words.officeName(report.offices, p.partnershipId), a: topName(p, 0), b: topName(p, 1), c: topName(p, 2) })),
  );
}

function expectationSheet(workbook: ExcelJS.Workbook, name: string, results: Results<"forventninger">, words: ReportWords) {
  const { t } = words;
  addSheet(
    workbook,
    name,
    [
      { header: t("doc.col.owner"), key: "eier", width: 32 },
      { header: t("doc.col.theme"), key: "tema", width: 36 },
      ...roleGroups.map((g) => ({ header: t(`roleGroupShort.${g}`), key: g, width: 16 })),
      { header: t("doc.col.total"), key: "total", width: 8, numeric: true },
    ],
    results.matrices.flatMap((m) => [
      ...m.rows.map((row) => ({
        eier: t(`expectationTarget.${m.target}`),
        tema: row.label,
        ...Object.fromEntries(roleGroups.map((g) => [g, words.matrixCell(row.byGroup[g])])),
        total: row.total,
      })),
      ...(m.unsorted > 0 ? [{ eier: t(`expectationTarget.${m.target}`), tema: t("doc.unsortedThemes", { count: m.unsorted }) }] : []),
    ]),
  );
}

function evaluationSheet(workbook: ExcelJS.Workbook, name: string, results: Results<"evaluering">, words: ReportWords) {
  const { t, tooFew } = words;
  const scale = Array.from({ length: EVALUATION_MAX + 1 }, (_, v) => v);
  addSheet(
    workbook,
    name,
    [
      { header: t("doc.col.statement"), key: "pastand", width: 56 },
      { header: t("doc.col.highShare"), key: "andel", width: 14, numeric: true },
      { header: t("doc.col.answers"), key: "svar", width: 8, numeric: true },
      ...scale.map((v) => ({ header: String(v), key: `v${v}`, width: 6, numeric: true })),
    ],
    results.statements.map((s) => ({
      pastand: s.text,
      svar: s.answers,
      ...(s.result.tooFew
        ? { andel: tooFew }
        : { andel: s.result.highShare, ...Object.fromEntries(scale.map((v) => [`v${v}`, s.result.tooFew ? null : (s.result.distribution[v] ?? 0)])) }),
    })),
  );
}

export async function gatheringWorkbook(report: GatheringReport, locale: Locale = "nb"): Promise<Uint8Array<ArrayBuffer>> {
  const words = reportWords(locale);
  const { t, tooFew } = words;
  const tn = translator(locale, "network");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Partnerskapsrommet";
  workbook.created = report.generatedAt;
  workbook.title = `${report.gathering.title} – ${report.network.name}`;

  addSheet(
    workbook,
    t("doc.sheet.programme"),
    [
      { header: t("doc.col.day"), key: "dag", width: 12 },
      { header: t("doc.col.from"), key: "fra", width: 7 },
      { header: t("doc.col.to"), key: "til", width: 7 },
      { header: t("doc.col.title"), key: "tittel", width: 46 },
      { header: t("doc.col.speaker"), key: "innleder", width: 26 },
      { header: t("doc.col.kind"), key: "type", width: 14 },
    ],
    report.programme.map((p) => ({
      dag: formatDate(p.day, locale),
      fra: p.startTime,
      til: p.endTime ?? "",
      tittel: p.title,
      innleder: p.speaker,
      type: tn(`programmeKind.${p.kind}`),
    })),
  );

  const used = new Map<string, number>();
  for (const task of report.tasks) {
    if (task.respondents === 0) continue;
    const base = t(`doc.sheet.${task.kind}`);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const name = n === 1 ? base : `${base} ${n}`;
    const results = task.results;
    if (results.kind === "selvvurdering") selfAssessmentSheet(workbook, name, results, report, words);
    if (results.kind === "prioritering") prioritySheets(workbook, name, results, report, words);
    if (results.kind === "forventninger") expectationSheet(workbook, name, results, words);
    if (results.kind === "evaluering") evaluationSheet(workbook, name, results, words);
  }

  const about = workbook.addWorksheet(t("doc.sheet.about"));
  about.columns = [
    { key: "felt", width: 24, style: { font: { bold: true }, alignment: { vertical: "top" } } },
    { key: "verdi", width: 80, style: { alignment: { vertical: "top", wrapText: true, horizontal: "left" } } },
  ];
  const g = report.gathering;
  about.addRows([
    { felt: t("doc.about.network"), verdi: report.network.name },
    { felt: t("doc.about.gathering"), verdi: g.title },
    { felt: t("doc.about.date"), verdi: g.startsOn === g.endsOn ? formatDate(g.startsOn, locale) : `${formatDate(g.startsOn, locale)}–${formatDate(g.endsOn, locale)}` },
    { felt: t("doc.about.place"), verdi: g.place },
    {
      felt: t("doc.about.participants"),
      verdi: `${t("doc.about.participantsValue", { count: report.participants })}${report.participantsByGroup.length ? ": " : ""}${report.participantsByGroup
        .map((c) => `${t(`roleGroup.${c.roleGroup}`)} ${c.count}`)
        .join(", ")}`,
    },
    ...report.tasks.map((task, i) => ({
      felt: t("doc.about.task", { n: i + 1 }),
      verdi: t("doc.about.taskValue", {
        title: task.title,
        kind: t(`taskKind.${task.kind}`).toLowerCase(),
        status: t(`taskStatus.${task.status}`).toLowerCase(),
        count: task.respondents,
      }),
    })),
    { felt: t("doc.about.exported"), verdi: formatDateTime(report.generatedAt, locale) },
    { felt: t("doc.about.note"), verdi: t("doc.note", { tooFew }) },
  ]);
  guardFormulaText(about);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
