import { formatDate, formatDateTime } from "~/lib/format";
import type { AssessmentReport } from "~/server/export/report";
import {
  assessmentStatusLabels,
  DISAGREE_TEXT,
  levelsText,
  yesNo,
} from "~/server/export/labels";
import { sides } from "~/db/schema/enums";
import { actionStatusLabels, planQuestions } from "~/lib/mulighetsrom/plan-wording";
import { roleInfo, sideLabels } from "~/lib/roles";
import type { Distribution, ItemSummary } from "~/server/domain/mulighetsrom/aggregation";
import { scoreLabels } from "~/lib/mulighetsrom/areas";

type Plan = AssessmentReport["plans"][number];
type NamedAnswers = AssessmentReport["areas"][number]["namedAnswers"];

/**
 * The assessment as a printable A4 document: one h1, an h2 per part and an h3 per area or
 * plan, so the tagged PDF gets a usable outline. Every status is written out in words.
 */
export function ReportDocument({ report }: { report: AssessmentReport }) {
  const { assessment, areas, conditions, participants } = report;
  const isMain = (no: number) => areas.some((a) => a.no === no && a.main);
  // The main area first, as in the list of priorities.
  const plans = [...report.plans].sort((a, b) => Number(isMain(b.areaNo)) - Number(isMain(a.areaNo)) || a.areaNo - b.areaNo);
  const submitted = participants.filter((p) => p.submitted).length;
  const prioritised = areas.filter((a) => a.prioritised).sort((a, b) => Number(b.main) - Number(a.main) || a.no - b.no);
  const named = [
    ...conditions.map((c) => ({ key: c.key, title: c.name, answers: c.namedAnswers })),
    ...areas.map((a) => ({ key: String(a.no), title: `${a.no}. ${a.name}`, answers: a.namedAnswers })),
  ].filter((item) => item.answers.length > 0);

  return (
    <article className="utskrift">
      <header>
        <p className="utskrift-kontor">{report.partnership.officeName}</p>
        <h1>Mulighetsrom – vurdering</h1>
        <p className="utskrift-undertittel">{assessment.occasion}</p>
        <dl className="utskrift-fakta">
          <dt>Dato</dt>
          <dd>{formatDate(assessment.heldOn)}</dd>
          <dt>Status</dt>
          <dd>
            {assessmentStatusLabels[assessment.status]}
            {assessment.closedAt ? ` (avsluttet ${formatDateTime(assessment.closedAt)})` : ""}
          </dd>
          <dt>Svar</dt>
          <dd>
            {submitted} av {participants.length} deltakere har levert
          </dd>
          <dt>Prioriterte områder</dt>
          <dd>
            {prioritised.length === 0
              ? "Ingen ennå"
              : prioritised.map((a) => `${a.no}. ${a.name}${a.main ? " (hovedområde)" : ""}`).join("; ")}
          </dd>
          <dt>Skrevet ut</dt>
          <dd>{formatDateTime(report.generatedAt)}</dd>
        </dl>
        <p className="utskrift-merknad">
          Vurderingen gjelder partnerskapet og kontoret, ikke enkeltbrukere. Dokumentet inneholder ingen
          opplysninger om Navs brukere.
        </p>
      </header>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Felles status per område</h2>
        <p>
          Statusen partnerskapet ble enige om for hvert av de 20 utviklingsområdene. «Vurderes» betyr at området
          er valgt ut for å vurderes nærmere; inntil tre områder prioriteres, og ett av dem er hovedområdet.
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col" className="tall">
                Nr.
              </th>
              <th scope="col">Område</th>
              <th scope="col">Nivå</th>
              <th scope="col">Felles status</th>
              <th scope="col">Vurderes</th>
              <th scope="col">Prioritert</th>
              <th scope="col">Hoved&shy;område</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.no}>
                <td className="tall">{area.no}</td>
                <th scope="row">{area.name}</th>
                <td>{levelsText(area.levels)}</td>
                <td className="smal">{scoreLabels[area.status]}</td>
                <td>{yesNo(area.considered)}</td>
                <td>{yesNo(area.prioritised)}</td>
                <td>{yesNo(area.main)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="svar-heading" className="utskrift-ny-side">
        <h2 id="svar-heading">Deltakernes svar</h2>
        <p>
          Fordelingen av svarene fra de {submitted} deltakerne som har levert. Per side står tallene i rekkefølgen{" "}
          <strong>sterk / kan styrkes / ikke vurdert</strong>; en strek betyr at ingen fra den siden har svart.
          «{DISAGREE_TEXT}» betyr at én side heller mot sterk og en annen mot kan styrkes.
        </p>
        <DistributionTable
          caption="Betingelser for et godt partnerskap"
          firstColumn="Betingelse"
          rows={conditions.map((c) => ({ key: c.key, label: c.name, summary: c.results }))}
        />
        <DistributionTable
          caption="Utviklingsområdene"
          firstColumn="Område"
          rows={areas.map((a) => ({ key: String(a.no), no: a.no, label: a.name, summary: a.results }))}
        />
      </section>

      {named.length > 0 && <NamedAnswersSection items={named} />}

      <section aria-labelledby="prioritert-heading" className="utskrift-ny-side">
        <h2 id="prioritert-heading">Prioriterte områder</h2>
        {prioritised.length === 0 ? (
          <p className="utskrift-tom">Partnerskapet har ikke prioritert noen områder i denne vurderingen.</p>
        ) : (
          prioritised.map((area) => (
            <div key={area.no}>
              <h3>
                {area.no}. {area.name}
                {area.main ? " – hovedområde" : ""}
              </h3>
              <dl className="utskrift-sporsmal">
                <FreeText term="Ønsket situasjon" text={area.desiredSituation} />
                <FreeText term="Barrierer" text={area.barriers} />
                <FreeText term="Drivere" text={area.drivers} />
              </dl>
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="planer-heading">
        <h2 id="planer-heading">Utviklingsplaner</h2>
        {plans.length === 0 ? (
          <p className="utskrift-tom">Det er ikke laget utviklingsplaner for denne vurderingen ennå.</p>
        ) : (
          plans.map((plan) => (
            <PlanSection key={plan.id} plan={plan} area={areas.find((a) => a.no === plan.areaNo)} />
          ))
        )}
      </section>

      <section aria-labelledby="deltakere-heading">
        <h2 id="deltakere-heading">Deltakere</h2>
        {participants.length === 0 ? (
          <p className="utskrift-tom">Ingen er invitert til å svare.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Rolle</th>
                <th scope="col">Side</th>
                <th scope="col">Har levert</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.userId}>
                  <th scope="row">{p.name}</th>
                  <td>{roleInfo[p.role].label}</td>
                  <td>{sideLabels[p.side]}</td>
                  <td>{yesNo(p.submitted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}

/** "2 / 1 / 0" (sterk / kan styrkes / ikke vurdert), or a dash when the side gave no answers. */
function sideCounts(d: Distribution): string {
  return d.sterk + d.kan_styrkes + d.ikke_vurdert === 0 ? "–" : `${d.sterk} / ${d.kan_styrkes} / ${d.ikke_vurdert}`;
}

function DistributionTable({
  caption,
  firstColumn,
  rows,
}: {
  caption: string;
  firstColumn: string;
  rows: { key: string; no?: number; label: string; summary: ItemSummary }[];
}) {
  const numbered = rows.some((r) => r.no !== undefined);
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {numbered && (
            <th scope="col" className="tall">
              Nr.
            </th>
          )}
          <th scope="col">{firstColumn}</th>
          <th scope="col" className="tall">
            Sterk
          </th>
          <th scope="col" className="tall">
            Kan styrkes
          </th>
          <th scope="col" className="tall">
            Ikke vurdert
          </th>
          {sides.map((side) => (
            <th key={side} scope="col" className="tall">
              {sideLabels[side]}
            </th>
          ))}
          <th scope="col">Merknad</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, no, label, summary }) => (
          <tr key={key}>
            {numbered && <td className="tall">{no}</td>}
            <th scope="row">{label}</th>
            <td className="tall">{summary.total.sterk}</td>
            <td className="tall">{summary.total.kan_styrkes}</td>
            <td className="tall">{summary.total.ikke_vurdert}</td>
            {sides.map((side) => (
              <td key={side} className="tall">
                {sideCounts(summary.bySide[side])}
              </td>
            ))}
            <td>{summary.disagree ? DISAGREE_TEXT : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Named answers as one grid (item × person) and the comments below it: compact enough for
 * paper, and the sides' views can be read across a row.
 */
function NamedAnswersSection({ items }: { items: { key: string; title: string; answers: NamedAnswers }[] }) {
  const personKey = (a: { name: string; side: string }) => `${a.side}:${a.name}`;
  const people = [...new Map(items.flatMap((i) => i.answers).map((a) => [personKey(a), a])).values()].sort(
    (a, b) => sides.indexOf(a.side) - sides.indexOf(b.side) || a.name.localeCompare(b.name, "nb"),
  );
  const comments = items.flatMap((item) =>
    item.answers.filter((a) => a.comment.trim()).map((a) => ({ item: item.title, ...a })),
  );
  return (
    // A page of its own: also keeps Chromium from doubling this heading in the PDF outline, which it
    // does when the heading is pushed onto the next page by the table after it.
    <section aria-labelledby="navn-heading" className="utskrift-ny-side">
      <h2 id="navn-heading">Svar med navn</h2>
      <p>
        Bare svarene fra deltakere som har sagt ja til at eierne og Nav-lederen kan se dem med navn. En strek betyr
        at personen ikke har svart på punktet.
      </p>
      <table>
        <caption>Vurderinger med navn</caption>
        <thead>
          <tr>
            <th scope="col">Punkt</th>
            {people.map((p) => (
              <th key={personKey(p)} scope="col">
                {p.name} ({sideLabels[p.side].toLowerCase()})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key}>
              <th scope="row">{item.title}</th>
              {people.map((p) => {
                const answer = item.answers.find((a) => personKey(a) === personKey(p));
                return <td key={personKey(p)}>{answer ? scoreLabels[answer.score] : "–"}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {comments.length > 0 && (
        <table>
          <caption>Kommentarer med navn</caption>
          <thead>
            <tr>
              <th scope="col">Punkt</th>
              <th scope="col">Navn</th>
              <th scope="col">Vurdering</th>
              <th scope="col">Kommentar</th>
            </tr>
          </thead>
          <tbody>
            {comments.map((c) => (
              <tr key={`${c.item}:${personKey(c)}`}>
                <th scope="row">{c.item}</th>
                <td>
                  {c.name} ({sideLabels[c.side].toLowerCase()})
                </td>
                <td className="smal">{scoreLabels[c.score]}</td>
                <td className="utskrift-fritekst">{c.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function FreeText({ term, text }: { term: string; text: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd className={text.trim() ? "utskrift-fritekst" : "utskrift-tom"}>{text.trim() || "Ikke fylt ut."}</dd>
    </>
  );
}

function PlanSection({ plan, area }: { plan: Plan; area: AssessmentReport["areas"][number] | undefined }) {
  const answers: Record<(typeof planQuestions)[number]["key"], string> = {
    why: plan.why,
    whatAndWhen: plan.whatAndWhen,
    approach: plan.approach,
    involved: plan.involved,
    responsibleUserId: plan.responsibleName ?? "",
    followUp: plan.followUp,
  };
  return (
    <section aria-labelledby={`plan-${plan.id}`}>
      <h3 id={`plan-${plan.id}`}>
        {plan.areaNo}. {area?.name ?? "Ukjent område"}
        {area?.main ? " – hovedområde" : ""}
      </h3>
      <dl className="utskrift-sporsmal">
        {planQuestions.map((q) => (
          <FreeText key={q.key} term={q.label} text={answers[q.key]} />
        ))}
      </dl>
      {plan.actions.length === 0 ? (
        <p className="utskrift-tom">Planen har ingen tiltak ennå.</p>
      ) : (
        <table>
          <caption>Tiltak</caption>
          <thead>
            <tr>
              <th scope="col">Tiltak</th>
              <th scope="col">Ansvarlig</th>
              <th scope="col">Frist</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {plan.actions.map((action) => (
              <tr key={action.id}>
                <td className="utskrift-fritekst">{action.text}</td>
                <td>{action.owner || "–"}</td>
                <td className="smal">{formatDate(action.deadline)}</td>
                <td className="smal">{actionStatusLabels[action.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
