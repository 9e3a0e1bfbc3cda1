import { formatNumber } from "~/lib/format";
import type { PlanDocument as PlanDocumentData } from "~/server/domain/business-plan/view";
import { periodKindLabels } from "~/lib/business-plan/targets";
import { ActivityColumns } from "./activity-columns";
import "./plan-document.css";
import { actionStatusLabels, approvalText, areaAnchor, areaNumber, budgetHeaders, budgetRows, DASH, documentTitle, draftStamp, formatDay, formatTarget, formatTiming, foundationTitle, latestValueText, measurementRows, linkedActionText, NAMES_HIDDEN_TEXT, responsibleText, sectionTitles, sourceText, steeringGroupLabels, targetStateText, planStatusLabels, valueWithUnit } from "~/server/export/plan-wording";

type Area = PlanDocumentData["snapshot"]["focusAreas"][number];
type Goal = Area["goals"][number];

/**
 * A felles virksomhetsplan as the document people read, print and file: a cover, the contents
 * and the five numbered parts. Server-rendered, no client components, so the print view, the
 * PDF (Chromium prints the print view) and the public page are the same markup.
 *
 * Headings: one h1; h2 per part, h3 per steering-document line or satsingsområde, h4 per goal,
 * so the tagged PDF gets an outline and a screen reader a map. Every source and status is
 * written out in words; colour is never the only signal.
 */
export function PlanDocument({
  doc,
  variant,
  printedAt,
}: {
  doc: PlanDocumentData;
  /** "print" for A4 (print view and PDF), "web" for the public page. */
  variant: "print" | "web";
  /** Shown on the cover of a printout. */
  printedAt?: Date;
}) {
  const { snapshot } = doc;
  const stamp = draftStamp(doc);
  const className = variant === "print" ? "utskrift plandokument plandokument--utskrift" : "plandokument plandokument--web";

  return (
    <article className={className} aria-labelledby="plan-tittel">
      <header className="plandok-forside">
        <p className="plandok-kontor">{doc.officeName}</p>
        <h1 id="plan-tittel">{documentTitle(doc.year)}</h1>
        <p className="plandok-undertittel">Nav-kontorets felles plan for kommune og stat</p>
        {stamp && <p className="plandok-stempel">{stamp}</p>}
        <dl className="plandok-fakta">
          <dt>Kontor</dt>
          <dd>{doc.officeName}</dd>
          <dt>Versjon</dt>
          <dd>{snapshot.version.versionNo}</dd>
          <dt>Status</dt>
          <dd>{planStatusLabels[snapshot.version.status]}</dd>
          {snapshot.version.publishedAt && (
            <>
              <dt>Publisert</dt>
              <dd>{formatDay(snapshot.version.publishedAt)}</dd>
            </>
          )}
          {printedAt && (
            <>
              <dt>Skrevet ut</dt>
              <dd>{formatDay(printedAt)}</dd>
            </>
          )}
          <dt>Godkjenning</dt>
          <dd>
            {doc.approvals.length === 0 ? (
              "Ingen av eierne har godkjent denne versjonen ennå."
            ) : (
              <ul className="plandok-godkjenninger">
                {doc.approvals.map((a) => (
                  <li key={`${a.label}-${a.decidedAt.toISOString()}`}>{approvalText(a)}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        {snapshot.version.changeNote.trim() && (
          <p className="plandok-fritekst">
            <strong>Endringer i denne versjonen:</strong> {snapshot.version.changeNote}
          </p>
        )}
        {!doc.namesShown && <p className="plandok-merknad">{NAMES_HIDDEN_TEXT}</p>}
      </header>

      <nav className="plandok-innhold" aria-labelledby="innhold-tittel">
        <h2 id="innhold-tittel">Innhold</h2>
        <ol>
          {(Object.keys(sectionTitles) as (keyof typeof sectionTitles)[]).map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{sectionTitles[id]}</a>
              {id === "satsing" && snapshot.focusAreas.length > 0 && (
                <ol>
                  {snapshot.focusAreas.map((area, i) => (
                    <li key={area.id}>
                      <a href={`#${areaAnchor(i)}`}>{`${areaNumber(i)} ${area.title}`}</a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </nav>

      <Foundations doc={doc} />
      <Office doc={doc} />
      <Frame doc={doc} />

      <section aria-labelledby="satsing" className="plandok-ny-side">
        <h2 id="satsing">{sectionTitles.satsing}</h2>
        {snapshot.focusAreas.length === 0 ? (
          <p className="plandok-tom">Planen har ingen satsingsområder ennå.</p>
        ) : (
          snapshot.focusAreas.map((area, i) => <FocusArea key={area.id} doc={doc} area={area} index={i} />)
        )}
      </section>

      <Indicators doc={doc} />
    </article>
  );
}

function Foundations({ doc }: { doc: PlanDocumentData }) {
  const { foundations } = doc.snapshot;
  return (
    <section aria-labelledby="grunnlag">
      <h2 id="grunnlag">{sectionTitles.grunnlag}</h2>
      <p>Planen bygger på disse styringsdokumentene fra staten og kommunen.</p>
      {(["stat", "kommune"] as const).map((line) => {
        const items = foundations.filter((f) => f.line === line);
        return (
          <div key={line}>
            <h3 id={`grunnlag-${line}`}>{steeringGroupLabels[line]}</h3>
            {items.length === 0 ? (
              <p className="plandok-tom">Ingen dokumenter er lagt inn.</p>
            ) : (
              <ul className="plandok-dokumenter">
                {items.map((f) => (
                  <li key={f.id}>
                    {f.url ? (
                      <a className="aksel-link" href={f.url}>
                        {f.title}
                      </a>
                    ) : (
                      <span className="plandok-dokumentnavn">{f.title}</span>
                    )}
                    {f.summary.trim() && <p className="plandok-fritekst">{f.summary}</p>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}

function Office({ doc }: { doc: PlanDocumentData }) {
  const { version } = doc.snapshot;
  const total =
    version.statePositions !== null && version.municipalPositions !== null ? version.statePositions + version.municipalPositions : null;
  return (
    <section aria-labelledby="kontoret">
      <h2 id="kontoret">{sectionTitles.kontoret}</h2>
      <h3 id="kontoret-visjon">Visjon</h3>
      {version.vision.trim() ? <p className="plandok-fritekst">{version.vision}</p> : <p className="plandok-tom">Ingen visjon er skrevet.</p>}
      <h3 id="kontoret-beskrivelse">Beskrivelse av kontoret</h3>
      {version.description.trim() ? (
        <p className="plandok-fritekst">{version.description}</p>
      ) : (
        <p className="plandok-tom">Ingen beskrivelse er skrevet.</p>
      )}
      <h3 id="kontoret-arsverk">Årsverk</h3>
      <dl className="plandok-fakta">
        <dt>Statlige årsverk</dt>
        <dd>{formatNumber(version.statePositions)}</dd>
        <dt>Kommunale årsverk</dt>
        <dd>{formatNumber(version.municipalPositions)}</dd>
        {total !== null && (
          <>
            <dt>Årsverk i alt</dt>
            <dd>{formatNumber(total)}</dd>
          </>
        )}
      </dl>
      <h3 id="kontoret-tjenester">Tjenester</h3>
      {doc.services.length === 0 ? (
        <p className="plandok-tom">Ingen tjenester er registrert.</p>
      ) : (
        <ul className="plandok-tjenester">
          {doc.services.map((service) => (
            <li key={service}>{service}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Frame({ doc }: { doc: PlanDocumentData }) {
  const { version } = doc.snapshot;
  const headers = budgetHeaders(doc.year);
  return (
    <section aria-labelledby="rammer">
      <h2 id="rammer">{sectionTitles.rammer}</h2>
      <p>Budsjett for {doc.year}, og budsjett og regnskap for {doc.year - 1}, i hele kroner.</p>
      <table className="plandok-tabell plandok-budsjett">
        <caption>Budsjett og regnskap i kroner</caption>
        <thead>
          <tr>
            <th scope="col">Post</th>
            {headers.map((h) => (
              <th key={h} scope="col" className="tall">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {budgetRows(doc).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={headers[i]} className="tall">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="plandok-merknad">Netto driftsramme er utgifter minus inntekter.</p>
      <dl className="plandok-fakta">
        <dt>Årsverk i budsjett {doc.year}</dt>
        <dd>{formatNumber(version.positionsBudget)}</dd>
        <dt>Årsverk, resultat</dt>
        <dd>{formatNumber(version.positionsResult)}</dd>
      </dl>
    </section>
  );
}

function FocusArea({ doc, area, index }: { doc: PlanDocumentData; area: Area; index: number }) {
  const no = areaNumber(index);
  return (
    <section aria-labelledby={areaAnchor(index)} className="plandok-omrade">
      {/* One text node: the PDF outline is built from the heading's text nodes and drops a lone space. */}
      <h3 id={areaAnchor(index)}>{`${no} ${area.title}`}</h3>
      {area.description.trim() && <p className="plandok-fritekst">{area.description}</p>}
      {area.goals.length === 0 ? (
        <p className="plandok-tom">Ingen mål er satt for dette satsingsområdet.</p>
      ) : (
        area.goals.map((goal, i) => <GoalBlock key={goal.id} doc={doc} goal={goal} no={`${no}.${i + 1}`} />)
      )}
    </section>
  );
}

function GoalBlock({ doc, goal, no }: { doc: PlanDocumentData; goal: Goal; no: string }) {
  const headingId = `mal-${no.replaceAll(".", "-")}`;
  const basis = foundationTitle(doc, goal.foundationKey);
  return (
    <div className="plandok-mal">
      <h4 id={headingId}>{`Mål ${no}: ${goal.text}`}</h4>
      <p className="plandok-malinfo">
        <span className={`plandok-kilde plandok-kilde--${goal.source}`}>Kilde: {sourceText(goal.source)}</span>
        {basis && <span className="plandok-bygger">Bygger på: {basis}</span>}
      </p>
      {goal.activities.length === 0 ? (
        <p className="plandok-tom">Ingen aktiviteter er lagt inn for dette målet.</p>
      ) : (
        <table className="plandok-tabell plandok-aktiviteter">
          <caption>
            Aktiviteter<span className="plandok-skjult"> for mål {no}</span>
          </caption>
          <colgroup>
            <col className="plandok-kol-aktivitet" />
            <col className="plandok-kol-ansvar" />
            <col className="plandok-kol-nar" />
            <col className="plandok-kol-status" />
          </colgroup>
          <ActivityColumns />
          <tbody>
            {goal.activities.map((activity) => {
              const linked = linkedActionText(doc, activity);
              return (
                <tr key={activity.id}>
                  <td>
                    <span className="plandok-fritekst">{activity.text}</span>
                    {linked && <span className="plandok-lenket">{linked}</span>}
                  </td>
                  <td>{responsibleText(activity)}</td>
                  <td className="smal">{formatTiming(activity.timingKind, activity.timingValue)}</td>
                  <td className="smal">{actionStatusLabels[activity.status]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Indicators({ doc }: { doc: PlanDocumentData }) {
  const { indicators } = doc.snapshot;
  return (
    <section aria-labelledby="indikatorer" className="plandok-ny-side">
      <h2 id="indikatorer">{sectionTitles.indikatorer}</h2>
      {indicators.length === 0 ? (
        <p className="plandok-tom">Planen har ingen indikatorer ennå.</p>
      ) : (
        <table className="plandok-tabell plandok-indikatorer">
          <caption>Indikatorer med mål og siste måling</caption>
          <thead>
            <tr>
              <th scope="col">Indikator</th>
              <th scope="col">Kilde</th>
              <th scope="col">Enhet</th>
              <th scope="col" className="tall">
                Utgangsverdi
              </th>
              <th scope="col">Mål</th>
              <th scope="col">Siste måling</th>
              <th scope="col">Måloppnåelse</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => (
              <tr key={indicator.id}>
                <th scope="row">
                  {indicator.name}
                  <span className="plandok-lenket">Måles per {periodKindLabels[indicator.periodKind].toLowerCase()}</span>
                </th>
                <td>{sourceText(indicator.source)}</td>
                <td>{indicator.unit.trim() || DASH}</td>
                <td className="tall">{valueWithUnit(indicator.baseline, indicator.unit)}</td>
                <td className="smal">{formatTarget(indicator)}</td>
                <td>{latestValueText(indicator)}</td>
                <td>{targetStateText(indicator)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Measurements doc={doc} />
    </section>
  );
}

/** Every measurement, with those carried from earlier years' plans marked as such. */
function Measurements({ doc }: { doc: PlanDocumentData }) {
  const rows = measurementRows(doc);
  if (rows.length === 0) return null;
  return (
    <table className="plandok-tabell">
      <caption>Målinger, også fra tidligere års planer</caption>
      <thead>
        <tr>
          <th scope="col">Indikator</th>
          <th scope="col">Periode</th>
          <th scope="col" className="tall">
            Verdi
          </th>
          <th scope="col">Registrert i</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m, i) => (
          <tr key={`${m.indicator}-${m.period}-${i}`}>
            <th scope="row">{m.indicator}</th>
            <td>{m.period}</td>
            <td className="tall">{m.value}</td>
            <td>{m.recordedIn}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
