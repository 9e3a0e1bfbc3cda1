import { formatNumber } from "~/lib/format";
import { steeringLines } from "~/db/schema/enums";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import type { PlanDocument as PlanDocumentData } from "~/server/domain/business-plan/view";
import { ActivityColumns } from "./activity-columns";
import "./plan-document.css";
import {
  actionStatusLabel,
  approvalText,
  areaAnchor,
  areaNumber,
  budgetHeaders,
  budgetRows,
  DASH,
  documentTitle,
  draftStamp,
  formatDay,
  formatTarget,
  formatTiming,
  foundationTitle,
  latestValueText,
  linkedActionText,
  measuredPerText,
  measurementRows,
  namesHiddenText,
  planStatusLabel,
  responsibleText,
  sectionIds,
  sectionTitle,
  sectionTitles,
  sourceText,
  steeringGroupLabel,
  targetStateText,
  valueWithUnit,
} from "~/server/export/plan-wording";

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
  locale,
}: {
  doc: PlanDocumentData;
  /** The document's language: the request's (a PDF's print view is requested in the document language). */
  locale: Locale;
  /** "print" for A4 (print view and PDF), "web" for the public page. */
  variant: "print" | "web";
  /** Shown on the cover of a printout. */
  printedAt?: Date;
}) {
  const t = translator(locale, "plan");
  const { snapshot } = doc;
  const stamp = draftStamp(doc, locale);
  const className = variant === "print" ? "utskrift plandokument plandokument--utskrift" : "plandokument plandokument--web";

  return (
    <article className={className} aria-labelledby="plan-tittel">
      <header className="plandok-forside">
        <p className="plandok-kontor">{doc.officeName}</p>
        <h1 id="plan-tittel">{documentTitle(doc.year, locale)}</h1>
        <p className="plandok-undertittel">{t("document.subtitle")}</p>
        {stamp && <p className="plandok-stempel">{stamp}</p>}
        <dl className="plandok-fakta">
          <dt>{t("document.facts.office")}</dt>
          <dd>{doc.officeName}</dd>
          <dt>{t("document.facts.version")}</dt>
          <dd>{snapshot.version.versionNo}</dd>
          <dt>{t("document.facts.status")}</dt>
          <dd>{planStatusLabel(snapshot.version.status, locale)}</dd>
          {snapshot.version.publishedAt && (
            <>
              <dt>{t("document.facts.published")}</dt>
              <dd>{formatDay(snapshot.version.publishedAt, locale)}</dd>
            </>
          )}
          {printedAt && (
            <>
              <dt>{t("document.facts.printed")}</dt>
              <dd>{formatDay(printedAt, locale)}</dd>
            </>
          )}
          <dt>{t("document.facts.approval")}</dt>
          <dd>
            {doc.approvals.length === 0 ? (
              t("document.noApprovals")
            ) : (
              <ul className="plandok-godkjenninger">
                {doc.approvals.map((a) => (
                  <li key={`${a.label}-${a.decidedAt.toISOString()}`}>{approvalText(a, locale)}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        {snapshot.version.changeNote.trim() && (
          <p className="plandok-fritekst">
            <strong>{t("document.changeNote")}</strong> {snapshot.version.changeNote}
          </p>
        )}
        {!doc.namesShown && <p className="plandok-merknad">{namesHiddenText(locale)}</p>}
      </header>

      <nav className="plandok-innhold" aria-labelledby="innhold-tittel">
        <h2 id="innhold-tittel">{t("document.contents")}</h2>
        <ol>
          {sectionIds.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{sectionTitle(id, locale)}</a>
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

      <Foundations doc={doc} locale={locale} />
      <Office doc={doc} locale={locale} />
      <Frame doc={doc} locale={locale} />

      <section aria-labelledby="satsing" className="plandok-ny-side">
        <h2 id="satsing">{sectionTitles(locale).satsing}</h2>
        {snapshot.focusAreas.length === 0 ? (
          <p className="plandok-tom">{t("document.noAreas")}</p>
        ) : (
          snapshot.focusAreas.map((area, i) => <FocusArea key={area.id} doc={doc} area={area} index={i} locale={locale} />)
        )}
      </section>

      <Indicators doc={doc} locale={locale} />
    </article>
  );
}

function Foundations({ doc, locale }: { doc: PlanDocumentData; locale: Locale }) {
  const t = translator(locale, "plan");
  const { foundations } = doc.snapshot;
  return (
    <section aria-labelledby="grunnlag">
      <h2 id="grunnlag">{sectionTitles(locale).grunnlag}</h2>
      <p>{t("document.foundationsIntro")}</p>
      {steeringLines.map((line) => {
        const items = foundations.filter((f) => f.line === line);
        return (
          <div key={line}>
            <h3 id={`grunnlag-${line}`}>{steeringGroupLabel(line, locale)}</h3>
            {items.length === 0 ? (
              <p className="plandok-tom">{t("document.noFoundations")}</p>
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

function Office({ doc, locale }: { doc: PlanDocumentData; locale: Locale }) {
  const t = translator(locale, "plan");
  const { version } = doc.snapshot;
  const total =
    version.statePositions !== null && version.municipalPositions !== null ? version.statePositions + version.municipalPositions : null;
  return (
    <section aria-labelledby="kontoret">
      <h2 id="kontoret">{sectionTitles(locale).kontoret}</h2>
      <h3 id="kontoret-visjon">{t("document.vision")}</h3>
      {version.vision.trim() ? <p className="plandok-fritekst">{version.vision}</p> : <p className="plandok-tom">{t("document.noVision")}</p>}
      <h3 id="kontoret-beskrivelse">{t("document.description")}</h3>
      {version.description.trim() ? (
        <p className="plandok-fritekst">{version.description}</p>
      ) : (
        <p className="plandok-tom">{t("document.noDescription")}</p>
      )}
      <h3 id="kontoret-arsverk">{t("document.positions")}</h3>
      <dl className="plandok-fakta">
        <dt>{t("document.statePositions")}</dt>
        <dd>{formatNumber(version.statePositions, locale)}</dd>
        <dt>{t("document.municipalPositions")}</dt>
        <dd>{formatNumber(version.municipalPositions, locale)}</dd>
        {total !== null && (
          <>
            <dt>{t("document.totalPositions")}</dt>
            <dd>{formatNumber(total, locale)}</dd>
          </>
        )}
      </dl>
      <h3 id="kontoret-tjenester">{t("document.services")}</h3>
      {doc.services.length === 0 ? (
        <p className="plandok-tom">{t("document.noServices")}</p>
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

function Frame({ doc, locale }: { doc: PlanDocumentData; locale: Locale }) {
  const t = translator(locale, "plan");
  const { version } = doc.snapshot;
  const headers = budgetHeaders(doc.year, locale);
  return (
    <section aria-labelledby="rammer">
      <h2 id="rammer">{sectionTitles(locale).rammer}</h2>
      <p>{t("document.budgetIntro", { year: doc.year, lastYear: doc.year - 1 })}</p>
      <table className="plandok-tabell plandok-budsjett">
        <caption>{t("document.budgetCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("document.budgetPost")}</th>
            {headers.map((h) => (
              <th key={h} scope="col" className="tall">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {budgetRows(doc, locale).map((row) => (
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
      <p className="plandok-merknad">{t("document.netNote")}</p>
      <dl className="plandok-fakta">
        <dt>{t("document.positionsBudget", { year: doc.year })}</dt>
        <dd>{formatNumber(version.positionsBudget, locale)}</dd>
        <dt>{t("document.positionsResult")}</dt>
        <dd>{formatNumber(version.positionsResult, locale)}</dd>
      </dl>
    </section>
  );
}

function FocusArea({ doc, area, index, locale }: { doc: PlanDocumentData; area: Area; index: number; locale: Locale }) {
  const t = translator(locale, "plan");
  const no = areaNumber(index);
  return (
    <section aria-labelledby={areaAnchor(index)} className="plandok-omrade">
      {/* One text node: the PDF outline is built from the heading's text nodes and drops a lone space. */}
      <h3 id={areaAnchor(index)}>{`${no} ${area.title}`}</h3>
      {area.description.trim() && <p className="plandok-fritekst">{area.description}</p>}
      {area.goals.length === 0 ? (
        <p className="plandok-tom">{t("document.noGoals")}</p>
      ) : (
        area.goals.map((goal, i) => <GoalBlock key={goal.id} doc={doc} goal={goal} no={`${no}.${i + 1}`} locale={locale} />)
      )}
    </section>
  );
}

function GoalBlock({ doc, goal, no, locale }: { doc: PlanDocumentData; goal: Goal; no: string; locale: Locale }) {
  const t = translator(locale, "plan");
  const headingId = `mal-${no.replaceAll(".", "-")}`;
  const basis = foundationTitle(doc, goal.foundationKey);
  return (
    <div className="plandok-mal">
      <h4 id={headingId}>{t("document.goalHeading", { no, text: goal.text })}</h4>
      <p className="plandok-malinfo">
        <span className={`plandok-kilde plandok-kilde--${goal.source}`}>{`${t("document.sourceLabel")} ${sourceText(goal.source, locale)}`}</span>
        {basis && <span className="plandok-bygger">{`${t("document.basisLabel")} ${basis}`}</span>}
      </p>
      {goal.activities.length === 0 ? (
        <p className="plandok-tom">{t("document.noActivities")}</p>
      ) : (
        <table className="plandok-tabell plandok-aktiviteter">
          <caption>
            {t("document.activitiesCaption")}
            <span className="plandok-skjult">{` ${t("document.activitiesCaptionFor", { no })}`}</span>
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
              const linked = linkedActionText(doc, activity, locale);
              return (
                <tr key={activity.id}>
                  <td>
                    <span className="plandok-fritekst">{activity.text}</span>
                    {linked && <span className="plandok-lenket">{linked}</span>}
                  </td>
                  <td>{responsibleText(activity)}</td>
                  <td className="smal">{formatTiming(activity.timingKind, activity.timingValue, locale)}</td>
                  <td className="smal">{actionStatusLabel(activity.status, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Indicators({ doc, locale }: { doc: PlanDocumentData; locale: Locale }) {
  const t = translator(locale, "plan");
  const { indicators } = doc.snapshot;
  return (
    <section aria-labelledby="indikatorer" className="plandok-ny-side">
      <h2 id="indikatorer">{sectionTitles(locale).indikatorer}</h2>
      {indicators.length === 0 ? (
        <p className="plandok-tom">{t("document.noIndicators")}</p>
      ) : (
        <table className="plandok-tabell plandok-indikatorer">
          <caption>{t("document.indicatorsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("document.indicatorColumns.indicator")}</th>
              <th scope="col">{t("document.indicatorColumns.source")}</th>
              <th scope="col">{t("document.indicatorColumns.unit")}</th>
              <th scope="col" className="tall">
                {t("document.indicatorColumns.baseline")}
              </th>
              <th scope="col">{t("document.indicatorColumns.target")}</th>
              <th scope="col">{t("document.indicatorColumns.latest")}</th>
              <th scope="col">{t("document.indicatorColumns.state")}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => (
              <tr key={indicator.id}>
                <th scope="row">
                  {indicator.name}
                  <span className="plandok-lenket">{measuredPerText(indicator.periodKind, locale)}</span>
                </th>
                <td>{sourceText(indicator.source, locale)}</td>
                <td>{indicator.unit.trim() || DASH}</td>
                <td className="tall">{valueWithUnit(indicator.baseline, indicator.unit, locale)}</td>
                <td className="smal">{formatTarget(indicator, locale)}</td>
                <td>{latestValueText(indicator, locale)}</td>
                <td>{targetStateText(indicator, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Measurements doc={doc} locale={locale} />
    </section>
  );
}

/** Every measurement, with those carried from earlier years' plans marked as such. */
function Measurements({ doc, locale }: { doc: PlanDocumentData; locale: Locale }) {
  const t = translator(locale, "plan");
  const rows = measurementRows(doc, locale);
  if (rows.length === 0) return null;
  return (
    <table className="plandok-tabell">
      <caption>{t("document.measurementsCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("document.measurementColumns.indicator")}</th>
          <th scope="col">{t("document.measurementColumns.period")}</th>
          <th scope="col" className="tall">
            {t("document.measurementColumns.value")}
          </th>
          <th scope="col">{t("document.measurementColumns.recordedIn")}</th>
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
