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
import { leaningWords, matrixCell, officeNameOf } from "~/server/export/gathering-wording";

type Results<K extends ReportTask["kind"]> = Extract<ReportTask["results"], { kind: K }>;
type Offices = GatheringReport["offices"];

/**
 * The samling as a printable A4 document: h1, an h2 per part and per task, so the tagged PDF
 * gets an outline. Groups below the threshold say "for få svar"; nothing relies on colour.
 */
export function GatheringReportDocument({ report }: { report: GatheringReport }) {
  const g = report.gathering;
  return (
    <article className="utskrift">
      <header>
        <p className="utskrift-kontor">{report.network.name}</p>
        <h1>{g.title}</h1>
        <dl className="utskrift-fakta">
          <dt>Dato</dt>
          <dd>{g.startsOn === g.endsOn ? formatDate(g.startsOn) : `${formatDate(g.startsOn)}–${formatDate(g.endsOn)}`}</dd>
          {g.place && (
            <>
              <dt>Sted</dt>
              <dd>{g.place}</dd>
            </>
          )}
          <dt>Deltakere</dt>
          <dd>
            {report.participants} i alt
            {report.participantsByGroup.length > 0 &&
              ` (${report.participantsByGroup.map((c) => `${roleGroupLabels[c.roleGroup]}: ${c.count}`).join(", ")})`}
          </dd>
          <dt>Skrevet ut</dt>
          <dd>{formatDateTime(report.generatedAt)}</dd>
        </dl>
        {g.description && <p className="utskrift-fritekst">{g.description}</p>}
        <p className="utskrift-merknad">
          Grupper med færre enn 3 svar vises som «{TOO_FEW_ANSWERS}», så ingen enkeltperson kan pekes ut. Kontorkolonnene viser bare
          kontorer som deler dette med nettverket.
        </p>
      </header>

      <h2>Program</h2>
      {report.programme.length === 0 ? (
        <p className="utskrift-tom">Programmet er ikke lagt inn.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Dag</th>
              <th scope="col">Tid</th>
              <th scope="col">Tittel</th>
              <th scope="col">Innleder</th>
              <th scope="col">Type</th>
            </tr>
          </thead>
          <tbody>
            {report.programme.map((p, i) => (
              <tr key={i}>
                <td className="smal">{formatDate(p.day)}</td>
                <td className="smal">
                  {p.startTime}
                  {p.endTime ? `–${p.endTime}` : ""}
                </td>
                <td>{p.title}</td>
                <td>{p.speaker}</td>
                <td>{programmeKindLabels[p.kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {report.tasks.length === 0 && (
        <>
          <h2>Oppgaver</h2>
          <p className="utskrift-tom">Samlingen hadde ingen oppgaver i direktemodus.</p>
        </>
      )}
      {report.tasks.map((task) => (
        <section key={task.id}>
          <h2>{task.title}</h2>
          <p>
            {task.title === taskKindLabels[task.kind] ? "" : `${taskKindLabels[task.kind]}. `}
            {taskStatusLabels[task.status]}. {task.respondents} svarte.
          </p>
          <TaskResults task={task} offices={report.offices} />
        </section>
      ))}
    </article>
  );
}

function TaskResults({ task, offices }: { task: ReportTask; offices: Offices }) {
  const r = task.results;
  if (task.respondents === 0) return <p className="utskrift-tom">Ingen svar.</p>;
  switch (r.kind) {
    case "selvvurdering":
      return <SelfAssessment results={r} offices={offices} />;
    case "prioritering":
      return <Priorities results={r} offices={offices} />;
    case "forventninger":
      return <Expectations results={r} />;
    case "evaluering":
      return <Evaluation results={r} />;
  }
}

function SelfAssessment({ results, offices }: { results: Results<"selvvurdering">; offices: Offices }) {
  const present = results.partnerships.filter((p) => p.respondents > 0);
  return (
    <>
      <table>
        <caption>Antall svar per område</caption>
        <thead>
          <tr>
            <th scope="col">Område</th>
            <th scope="col" className="tall">
              Sterk
            </th>
            <th scope="col" className="tall">
              Kan styrkes
            </th>
            <th scope="col" className="tall">
              Ikke vurdert
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => {
            const result = results.areas.find((a) => a.areaNo === area.no)?.result;
            return (
              <tr key={area.no}>
                <th scope="row">
                  {area.no}. {area.name}
                </th>
                {!result || result.tooFew ? (
                  <td colSpan={3}>{TOO_FEW_ANSWERS}</td>
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
          <caption>Hvor kontorenes svar heller</caption>
          <thead>
            <tr>
              <th scope="col">Område</th>
              {present.map((p) => (
                <th key={p.partnershipId} scope="col">
                  {officeNameOf(offices, p.partnershipId)}
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
                  return <td key={p.partnershipId}>{!own || own.tooFew ? TOO_FEW_ANSWERS : leaningWords[own.leaning]}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Priorities({ results, offices }: { results: Results<"prioritering">; offices: Offices }) {
  const present = results.partnerships.filter((p) => p.respondents > 0);
  return (
    <>
      {results.areas.tooFew ? (
        <p>{TOO_FEW_ANSWERS}.</p>
      ) : (
        <table>
          <caption>Områdene etter antall stemmer</caption>
          <thead>
            <tr>
              <th scope="col" className="tall">
                Plass
              </th>
              <th scope="col">Område</th>
              <th scope="col" className="tall">
                Stemmer
              </th>
              <th scope="col" className="tall">
                Førstevalg
              </th>
            </tr>
          </thead>
          <tbody>
            {results.areas.ranking.map((a, i) => (
              <tr key={a.areaNo}>
                <td className="tall">{i + 1}</td>
                <th scope="row">
                  {a.areaNo}. {areaByNo(a.areaNo).name}
                </th>
                <td className="tall">{a.votes}</td>
                <td className="tall">{a.firstChoice}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {present.length > 0 && (
        <table>
          <caption>Kontorenes tre øverste (den første er forslag til hovedområde)</caption>
          <thead>
            <tr>
              <th scope="col">Kontor</th>
              <th scope="col">Områder</th>
            </tr>
          </thead>
          <tbody>
            {present.map((p) => (
              <tr key={p.partnershipId}>
                <th scope="row">{officeNameOf(offices, p.partnershipId)}</th>
                <td>
                  {p.top.tooFew
                    ? TOO_FEW_ANSWERS
                    : p.top.ranking.map((a, i) => `${i + 1}. ${areaByNo(a.areaNo).name} (${a.votes})`).join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Expectations({ results }: { results: Results<"forventninger"> }) {
  return (
    <>
      <p className="utskrift-merknad">✓ med tall: gruppen løftet temaet (antall forventninger). –: ikke nevnt.</p>
      {results.matrices.map((m) => (
        <table key={m.target}>
          <caption>{expectationTargetLabels[m.target]}</caption>
          <thead>
            <tr>
              <th scope="col">Tema</th>
              {roleGroups.map((g) => (
                <th key={g} scope="col">
                  {roleGroupShortLabels[g]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {m.rows.length === 0 ? (
              <tr>
                <td colSpan={roleGroups.length + 1} className="utskrift-tom">
                  Ingen temaer.
                </td>
              </tr>
            ) : (
              m.rows.map((row) => (
                <tr key={row.themeId}>
                  <th scope="row">{row.label}</th>
                  {roleGroups.map((g) => (
                    <td key={g}>{matrixCell(row.byGroup[g], TOO_FEW_ANSWERS)}</td>
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

function Evaluation({ results }: { results: Results<"evaluering"> }) {
  const scale = Array.from({ length: EVALUATION_MAX + 1 }, (_, v) => v);
  return (
    <table>
      <caption>Andel som svarte 5 eller 6 (skala 0–6), og fordelingen av svarene</caption>
      <thead>
        <tr>
          <th scope="col">Påstand</th>
          <th scope="col" className="tall">
            5–6
          </th>
          <th scope="col" className="tall">
            Svar
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
                <td className="smal">{TOO_FEW_ANSWERS}</td>
                <td className="tall">{s.answers}</td>
                <td colSpan={scale.length} />
              </>
            ) : (
              <>
                <td className="tall">{s.result.highShare} %</td>
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
