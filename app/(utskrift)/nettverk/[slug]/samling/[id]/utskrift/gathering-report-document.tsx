import { useLocale } from "next-intl";
import { formatDate, formatDateTime } from "~/lib/format";
import { translator } from "~/lib/i18n/translate";
import { roleGroups } from "~/db/schema/enums";
import { areas } from "~/lib/mulighetsrom/areas";
import type { GatheringReport, ReportTask } from "~/server/domain/network/gathering-report";
import { numbered, percent } from "~/lib/network/labels";
import { EVALUATION_MAX } from "~/lib/workshop/limits";
import { reportWords, type ReportWords } from "~/server/export/gathering-wording";

/** The evaluation's "high" answers, as the column heading says them. */
const HIGH_ANSWERS = "5–6";

type Results<K extends ReportTask["kind"]> = Extract<ReportTask["results"], { kind: K }>;
type Offices = GatheringReport["offices"];

/**
 * The samling as a printable A4 document: h1, an h2 per part and per task, so the tagged PDF
 * gets an outline. Groups below the threshold say "for få svar"; nothing relies on colour.
 */
export function GatheringReportDocument({ report }: { report: GatheringReport }) {
  const locale = useLocale();
  const words = reportWords(locale);
  const { t, tooFew } = words;
  const tn = translator(locale, "network");
  const g = report.gathering;
  const byGroup =
    report.participantsByGroup.length > 0
      ? ` (${report.participantsByGroup.map((c) => `${t(`roleGroup.${c.roleGroup}`)}: ${c.count}`).join(", ")})`
      : "";
  return (
    <article className="utskrift">
      <header>
        <p className="utskrift-kontor">{report.network.name}</p>
        <h1>{g.title}</h1>
        <dl className="utskrift-fakta">
          <dt>{t("doc.about.date")}</dt>
          <dd>{g.startsOn === g.endsOn ? formatDate(g.startsOn, locale) : `${formatDate(g.startsOn, locale)}–${formatDate(g.endsOn, locale)}`}</dd>
          {g.place && (
            <>
              <dt>{t("doc.about.place")}</dt>
              <dd>{g.place}</dd>
            </>
          )}
          <dt>{t("doc.about.participants")}</dt>
          <dd>
            {t("doc.about.participantsValue", { count: report.participants })}
            {byGroup}
          </dd>
          <dt>{t("doc.printed")}</dt>
          <dd>{formatDateTime(report.generatedAt, locale)}</dd>
        </dl>
        {g.description && <p className="utskrift-fritekst">{g.description}</p>}
        <p className="utskrift-merknad">{t("doc.note", { tooFew })}</p>
      </header>

      <h2>{t("doc.sheet.programme")}</h2>
      {report.programme.length === 0 ? (
        <p className="utskrift-tom">{t("doc.programmeMissing")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("doc.col.day")}</th>
              <th scope="col">{t("doc.col.time")}</th>
              <th scope="col">{t("doc.col.title")}</th>
              <th scope="col">{t("doc.col.speaker")}</th>
              <th scope="col">{t("doc.col.kind")}</th>
            </tr>
          </thead>
          <tbody>
            {report.programme.map((p, i) => (
              <tr key={i}>
                <td className="smal">{formatDate(p.day, locale)}</td>
                <td className="smal">
                  {p.startTime}
                  {p.endTime ? `–${p.endTime}` : ""}
                </td>
                <td>{p.title}</td>
                <td>{p.speaker}</td>
                <td>{tn(`programmeKind.${p.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {report.tasks.length === 0 && (
        <>
          <h2>{t("doc.tasks")}</h2>
          <p className="utskrift-tom">{t("doc.noTasks")}</p>
        </>
      )}
      {report.tasks.map((task) => (
        <section key={task.id}>
          <h2>{task.title}</h2>
          <p>
            {task.title === t(`taskKind.${task.kind}`) ? "" : `${t(`taskKind.${task.kind}`)}. `}
            {t("doc.taskLine", { status: t(`taskStatus.${task.status}`), count: task.respondents })}
          </p>
          <TaskResults task={task} offices={report.offices} words={words} />
        </section>
      ))}
    </article>
  );
}

function TaskResults({ task, offices, words }: { task: ReportTask; offices: Offices; words: ReportWords }) {
  const r = task.results;
  if (task.respondents === 0) return <p className="utskrift-tom">{words.t("doc.noAnswers")}</p>;
  switch (r.kind) {
    case "selvvurdering":
      return <SelfAssessment results={r} offices={offices} words={words} />;
    case "prioritering":
      return <Priorities results={r} offices={offices} words={words} />;
    case "forventninger":
      return <Expectations results={r} words={words} />;
    case "evaluering":
      return <Evaluation results={r} words={words} />;
  }
}

function SelfAssessment({ results, offices, words }: { results: Results<"selvvurdering">; offices: Offices; words: ReportWords }) {
  const { t, tooFew } = words;
  const present = results.partnerships.filter((p) => p.respondents > 0);
  return (
    <>
      <table>
        <caption>{t("doc.answersPerArea")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("doc.col.area")}</th>
            <th scope="col" className="tall">
              {t("doc.col.sterk")}
            </th>
            <th scope="col" className="tall">
              {t("doc.col.kanStyrkes")}
            </th>
            <th scope="col" className="tall">
              {t("doc.col.ikkeVurdert")}
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => {
            const result = results.areas.find((a) => a.areaNo === area.no)?.result;
            return (
              <tr key={area.no}>
                <th scope="row">{numbered(area.no, words.areaName(area.no))}</th>
                {!result || result.tooFew ? (
                  <td colSpan={3}>{tooFew}</td>
                ) : (
                  <>
                    <td className="tall">{result.distribution.sterk}</td>
                    <td className="tall">{result.distribution.kan_styrkes}</td>
                    <td className="tall">{result.distribution.ikke_vurdert}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {present.length > 0 && (
        <table>
          <caption>{t("doc.officesLean")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("doc.col.area")}</th>
              {present.map((p) => (
                <th key={p.partnershipId} scope="col">
                  {words.officeName(offices, p.partnershipId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.no}>
                <th scope="row">{area.no}</th>
                {present.map((p) => {
                  const own = p.areas.find((a) => a.areaNo === area.no)?.result;
                  return <td key={p.partnershipId}>{!own || own.tooFew ? tooFew : words.leaning(own.leaning)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Priorities({ results, offices, words }: { results: Results<"prioritering">; offices: Offices; words: ReportWords }) {
  const { t, tooFew } = words;
  const present = results.partnerships.filter((p) => p.respondents > 0);
  const tooFewSentence = `${tooFew}.`;
  const topThree = (ranking: readonly { areaNo: number; votes: number }[]) =>
    ranking.map((a, i) => `${numbered(i + 1, words.areaName(a.areaNo))} (${a.votes})`).join("; ");
  return (
    <>
      {results.areas.tooFew ? (
        <p>{tooFewSentence}</p>
      ) : (
        <table>
          <caption>{t("doc.byVotes")}</caption>
          <thead>
            <tr>
              <th scope="col" className="tall">
                {t("doc.col.place")}
              </th>
              <th scope="col">{t("doc.col.area")}</th>
              <th scope="col" className="tall">
                {t("doc.col.votes")}
              </th>
              <th scope="col" className="tall">
                {t("doc.col.firstChoice")}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.areas.ranking.map((a, i) => (
              <tr key={a.areaNo}>
                <td className="tall">{i + 1}</td>
                <th scope="row">{numbered(a.areaNo, words.areaName(a.areaNo))}</th>
                <td className="tall">{a.votes}</td>
                <td className="tall">{a.firstChoice}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {present.length > 0 && (
        <table>
          <caption>{t("doc.officesTopThree")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("doc.col.office")}</th>
              <th scope="col">{t("doc.col.areas")}</th>
            </tr>
          </thead>
          <tbody>
            {present.map((p) => (
              <tr key={p.partnershipId}>
                <th scope="row">{words.officeName(offices, p.partnershipId)}</th>
                <td>
                  {p.top.tooFew
                    ? tooFew
                    : topThree(p.top.ranking)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Expectations({ results, words }: { results: Results<"forventninger">; words: ReportWords }) {
  const { t } = words;
  return (
    <>
      <p className="utskrift-merknad">{t("doc.matrixNote")}</p>
      {results.matrices.map((m) => (
        <table key={m.target}>
          <caption>{t(`expectationTarget.${m.target}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("doc.col.theme")}</th>
              {roleGroups.map((g) => (
                <th key={g} scope="col">
                  {t(`roleGroupShort.${g}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {m.rows.length === 0 ? (
              <tr>
                <td colSpan={roleGroups.length + 1} className="utskrift-tom">
                  {t("doc.noThemes")}
                </td>
              </tr>
            ) : (
              m.rows.map((row) => (
                <tr key={row.themeId}>
                  <th scope="row">{row.label}</th>
                  {roleGroups.map((g) => (
                    <td key={g}>{words.matrixCell(row.byGroup[g])}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      ))}
    </>
  );
}

function Evaluation({ results, words }: { results: Results<"evaluering">; words: ReportWords }) {
  const { t, tooFew } = words;
  const scale = Array.from({ length: EVALUATION_MAX + 1 }, (_, v) => v);
  return (
    <table>
      <caption>{t("doc.evaluationCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("doc.col.statement")}</th>
          <th scope="col" className="tall">
            {HIGH_ANSWERS}
          </th>
          <th scope="col" className="tall">
            {t("doc.col.answers")}
          </th>
          {scale.map((v) => (
            <th key={v} scope="col" className="tall">
              {v}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {results.statements.map((s) => (
          <tr key={s.index}>
            <th scope="row">{s.text}</th>
            {s.result.tooFew ? (
              <>
                <td className="smal">{tooFew}</td>
                <td className="tall">{s.answers}</td>
                <td colSpan={scale.length} />
              </>
            ) : (
              <>
                <td className="tall">{percent(s.result.highShare)}</td>
                <td className="tall">{s.answers}</td>
                {scale.map((v) => (
                  <td key={v} className="tall">
                    {s.result.tooFew ? "" : (s.result.distribution[v] ?? 0)}
                  </td>
                ))}
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
