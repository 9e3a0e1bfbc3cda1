import { DownloadIcon } from "@navikt/aksel-icons";
import { Alert, BodyLong, BodyShort, Heading, HStack, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getServerCaller } from "~/server/api/server-caller";
import { actionStatusLabels } from "~/server/domain/mulighetsrom/plan-wording";
import { planSourceLabels, steeringLineLabels } from "~/server/domain/business-plan/balance";
import { planStatusLabels, type PlanStatus } from "~/server/domain/business-plan/lifecycle";
import type { FocusAreaNode, IndicatorNode } from "~/server/domain/business-plan/snapshot";
import type { PlanDecision } from "~/server/domain/business-plan/view";
import { formatTarget, indicatorTrend, periodLabel, targetState } from "~/server/domain/business-plan/targets";
import { formatTiming } from "~/server/domain/business-plan/timing";
import { Sparkline } from "~/app/_components/sparkline";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import { formatDateTime, formatNumber } from "~/server/domain/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { CommentForm, ResolveButton } from "./comments";
import { ActivityStatusSelect, IndicatorValueForm } from "./follow-up";
import { GeneralForm } from "./general-form";
import { ImportForm } from "./import-form";
import { AddItem, EditableItem, type EditorOptions, type ItemKind, type ItemValues } from "./item-editor";
import { CreatePlan, PlanActions, PublicNamesSwitch } from "./plan-actions";
import { SourceBadge, TargetStateText } from "./plan-parts";
import { ObjectHistory } from "~/app/(app)/partnerskap/[slug]/historikk/object-history";
import { RoleNote } from "~/app/_components/role-note";
import { ScrollRegion } from "~/app/_components/scroll-region";

type Params = { params: Promise<{ slug: string; ar: string }>; searchParams: Promise<{ versjon?: string; oppfolging?: string }> };

function parseYear(ar: string) {
  const year = Number(ar);
  return /^\d{4}$/.test(ar) && year >= 2000 && year <= 2100 ? year : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { ar } = await params;
  return { title: `Virksomhetsplan ${ar}` };
}

const statusTone: Record<PlanStatus, StatusTone> = { utkast: "neutral", til_godkjenning: "warning", godkjent: "success", publisert: "info" };
const kroner = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });
const formatKroner = (n: number | null) => (n === null ? "–" : `${kroner.format(n)} kr`);

export default async function BusinessPlanPage({ params, searchParams }: Params) {
  const { slug, ar } = await params;
  const year = parseYear(ar);
  if (year === null) notFound();
  const { versjon, oppfolging } = await searchParams;
  const api = await getServerCaller();
  const data = await loadOrInterrupt(() => api.businessPlan.year({ partnership: slug, year, versionId: versjon }));
  const base = `/partnerskap/${slug}/virksomhetsplan/${year}`;

  const header = (
    <div>
      <HStack gap="space-16" className="mb-2">
        <Link href={`/partnerskap/${slug}/virksomhetsplan/${year - 1}`}>← {year - 1}</Link>
        <Link href={`/partnerskap/${slug}/virksomhetsplan/${year + 1}`}>{year + 1} →</Link>
      </HStack>
      <Heading level="1" size="xlarge" spacing>
        Felles virksomhetsplan {year}
      </Heading>
      <BodyLong className="max-w-prose">
        Én plan for hele kontoret, med mål fra både den statlige og den kommunale styringslinjen. Hvert mål og hver indikator viser
        hvor det kommer fra. Nav-lederen skriver planen; kommunen og Nav fylke godkjenner den.
      </BodyLong>
      <RoleNote permissions={data.permissions} area="virksomhetsplan" />
    </div>
  );

  if (!data.plan) {
    return (
      <VStack gap="space-32" className="max-w-5xl">
        {header}
        <section aria-labelledby="ingen-plan" className="rounded-lg border border-ax-border-neutral-subtle p-4">
          <Heading id="ingen-plan" level="2" size="medium" spacing>
            Ingen plan for {year} ennå
          </Heading>
          {data.canCreate ? (
            <CreatePlan slug={slug} year={year} hasPreviousYear={data.hasPreviousYear} />
          ) : (
            <BodyShort>Nav-lederen lager planen. Du får se den her når den er påbegynt.</BodyShort>
          )}
        </section>
      </VStack>
    );
  }

  const { snapshot, actions } = data;
  const version = snapshot.version;
  const editable = actions.includes("edit");
  // The avdelingsleder contributes activities and indicators to a draft; the rest is the editors' (the role matrix).
  const contributable = actions.includes("contribute");
  const contributes = (kind: ItemKind) => editable || (contributable && (kind === "activity" || kind === "indicator"));
  const canComment = actions.includes("comment");
  // Status menus and measurement forms are a mode of their own: a plan is read far more often
  // than it is followed up, and 150 menus made the page several times heavier.
  const mayFollowUp = actions.includes("follow_up");
  // A draft being written shows the measurement forms anyway (its activities are edited in their own forms).
  const canFollowUp = mayFollowUp && (contributable || oppfolging === "1");
  const versionQuery = versjon ? `versjon=${versjon}&` : "";
  const options: EditorOptions = {
    year,
    foundations: snapshot.foundations.map((f) => ({ key: f.key, title: f.title, line: f.line })),
    developmentActions: data.developmentActions,
  };
  const commentsByKey = new Map<string, number>();
  for (const c of data.comments) if (c.targetKey && !c.resolvedAt) commentsByKey.set(c.targetKey, (commentsByKey.get(c.targetKey) ?? 0) + 1);
  const titles = itemTitles(snapshot.focusAreas, snapshot.indicators);
  const actionById = new Map(data.developmentActions.map((a) => [a.id, a]));

  /** An item's read view, wrapped with edit controls when the draft is editable. */
  const item = (kind: ItemKind, row: { id: string; version: number }, values: ItemValues, index: number, count: number, parentId: string, title: string, content: ReactNode) =>
    contributes(kind) ? (
      <EditableItem kind={kind} slug={slug} versionId={version.id} item={{ id: row.id, version: row.version, values }} index={index} count={count} parentId={parentId} title={title} options={options}>
        {content}
      </EditableItem>
    ) : (
      content
    );

  /** Into or out of follow-up mode, back at the same section. */
  const followUpLink = (anchor: string) =>
    mayFollowUp &&
    !contributable && (
      <BodyShort spacing>
        {canFollowUp ? (
          <>
            Du er i oppfølgingsmodus: endringer i status og målinger lagres med en gang og står i historikken.{" "}
            <Link href={`${base}${versjon ? `?versjon=${versjon}` : ""}#${anchor}`}>Ferdig med oppfølgingen</Link>
          </>
        ) : (
          <Link href={`${base}?${versionQuery}oppfolging=1#${anchor}`}>
            Oppdater status på aktiviteter og registrer målinger
          </Link>
        )}
      </BodyShort>
    );

  const commentBits = (kind: "goal" | "activity" | "indicator", key: string, about: string) => {
    const open = commentsByKey.get(key) ?? 0;
    if (open === 0 && !canComment) return null;
    return (
      <>
        {open > 0 && (
          <a href={`#kommentarer`} className="text-sm">
            {open === 1 ? "1 åpen kommentar" : `${open} åpne kommentarer`}
          </a>
        )}
        {canComment && <CommentForm slug={slug} versionId={version.id} targetKind={kind} targetKey={key} about={about} />}
      </>
    );
  };

  return (
    <VStack gap="space-32" className="max-w-5xl">
      {header}

      <section aria-labelledby="status-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
        <VStack gap="space-16">
          <HStack gap="space-12" align="center">
            <Heading id="status-heading" level="2" size="medium">
              Versjon {version.versionNo}
            </Heading>
            <StatusTag tone={statusTone[version.status]}>{planStatusLabels[version.status]}</StatusTag>
            {!data.isLatest && <BodyShort>(eldre versjon – bare til lesing)</BodyShort>}
          </HStack>
          {version.changeNote && <BodyShort>Endring: {version.changeNote}</BodyShort>}
          {data.versions.length > 1 && (
            <nav aria-label="Versjoner">
              <ul className="m-0 flex list-none flex-wrap gap-4 p-0">
                {data.versions.map((v) => (
                  <li key={v.id}>
                    <Link href={`${base}?versjon=${v.id}`} aria-current={v.id === version.id ? "page" : undefined}>
                      Versjon {v.versionNo} ({planStatusLabels[v.status].toLowerCase()})
                    </Link>
                  </li>
                ))}
                <li>
                  <Link href={`${base}/sammenlign?fra=${data.versions[1]!.id}&til=${data.versions[0]!.id}`}>Sammenlign versjoner</Link>
                </li>
              </ul>
            </nav>
          )}
          <div>
            <Heading level="3" size="xsmall" spacing>
              Godkjenning
            </Heading>
            <ul className="m-0 list-none p-0">
              {data.approvals.map((a) => (
                <li key={a.seat}>
                  <span className="font-semibold">{a.label}:</span>{" "}
                  {a.decision === "godkjent"
                    ? `godkjent av ${a.by} ${a.decidedAt ? formatDateTime(a.decidedAt) : ""}${a.comment ? ` – «${a.comment}»` : ""}`
                    : a.decision === "returnert"
                      ? `sendt tilbake av ${a.by}${a.decidedAt ? ` ${formatDateTime(a.decidedAt)}` : ""}${a.comment ? ` – «${a.comment}»` : ""}`
                      : version.status === "til_godkjenning"
                        ? "venter"
                        : "ikke behandlet"}
                </li>
              ))}
            </ul>
          </div>
          {data.missing.length > 0 && (
            <Alert variant="info" size="small">
              <Heading level="3" size="xsmall" spacing>
                Før planen kan sendes til godkjenning
              </Heading>
              <ul className="m-0 pl-5">
                {data.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </Alert>
          )}
          {/* Keyed by version: a message such as «Planen er publisert.» belongs to the version it was about. */}
          <PlanActions
            key={version.id}
            slug={slug}
            versionId={version.id}
            version={version.version}
            actions={actions}
            mySeats={data.mySeats}
            missing={data.missing}
            showNames={data.plan.publicShowsNames}
          />
          {data.published && data.published.versionId !== version.id && (
            <BodyShort>
              Den offentlige versjonen viser versjon {data.published.versionNo}, publisert {formatDateTime(data.published.publishedAt)}. Denne
              versjonen blir offentlig først når den er godkjent og publisert.
            </BodyShort>
          )}
          {(version.status === "publisert" || (version.status === "godkjent" && data.isLatest)) && (
            <VStack gap="space-8">
              {version.status === "publisert" && (
                <BodyShort>
                  Offentlig versjon: <Link href={`/offentlig/virksomhetsplan/${data.plan.id}`}>/offentlig/virksomhetsplan/{data.plan.id}</Link>
                </BodyShort>
              )}
              {data.isEditor && <PublicNamesSwitch slug={slug} planId={data.plan.id} version={data.plan.version} showNames={data.plan.publicShowsNames} />}
            </VStack>
          )}
          <HStack gap="space-16">
            <a href={`${base}/eksport/pdf?versjon=${version.id}`} className="inline-flex items-center gap-1">
              <DownloadIcon aria-hidden /> PDF
            </a>
            <a href={`${base}/eksport/docx?versjon=${version.id}`} className="inline-flex items-center gap-1">
              <DownloadIcon aria-hidden /> Word (.docx)
            </a>
            <a href={`${base}/eksport/xlsx?versjon=${version.id}`} className="inline-flex items-center gap-1">
              <DownloadIcon aria-hidden /> Aktiviteter og indikatorer (.xlsx)
            </a>
          </HStack>
        </VStack>
      </section>

      <section aria-labelledby="balanse-heading">
        <Heading id="balanse-heading" level="2" size="medium" spacing>
          Fra hvilken styringslinje?
        </Heading>
        <StaticTable size="small" className="max-w-xl">
          <caption className="sr-only">Antall mål og indikatorer etter kilde</caption>
          <StaticThead>
            <StaticTr>
              <StaticTh scope="col">Kilde</StaticTh>
              <StaticTh scope="col" className="text-right">
                Mål
              </StaticTh>
              <StaticTh scope="col" className="text-right">
                Indikatorer
              </StaticTh>
            </StaticTr>
          </StaticThead>
          <StaticTbody>
            {(["stat", "kommune", "felles"] as const).map((s) => (
              <StaticTr key={s}>
                <StaticTh scope="row">
                  <SourceBadge source={s} />
                </StaticTh>
                <StaticTd className="text-right">{data.balance.goals[s]}</StaticTd>
                <StaticTd className="text-right">{data.balance.indicators[s]}</StaticTd>
              </StaticTr>
            ))}
          </StaticTbody>
        </StaticTable>
        {data.advice.length > 0 && (
          <Alert variant="warning" size="small" className="mt-3">
            <ul className="m-0 pl-5">
              {data.advice.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </Alert>
        )}
      </section>

      <nav aria-label="Innhold i planen">
        <ol className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
          <li>
            <a href="#grunnlag">1. Grunnlag</a>
          </li>
          <li>
            <a href="#om-kontoret">2. Om kontoret</a>
          </li>
          <li>
            <a href="#rammer">3. Rammebetingelser</a>
          </li>
          <li>
            <a href="#satsingsomrader">4. Satsingsområder</a>
          </li>
          <li>
            <a href="#indikatorer">5. Indikatorer</a>
          </li>
          {data.comments.length > 0 && (
            <li>
              <a href="#kommentarer">Kommentarer</a>
            </li>
          )}
        </ol>
      </nav>

      <section aria-labelledby="grunnlag">
        <Heading id="grunnlag" level="2" size="large" spacing>
          1. Grunnlag
        </Heading>
        <BodyShort spacing>Styringsdokumentene planen bygger på, fra begge linjene.</BodyShort>
        {snapshot.foundations.length === 0 && <BodyShort spacing>Ingen styringsdokumenter ennå.</BodyShort>}
        <ul className="m-0 flex list-none flex-col gap-3 p-0">
          {snapshot.foundations.map((f, i) => (
            <li key={f.id}>
              {item(
                "foundation",
                f,
                { line: f.line, title: f.title, summary: f.summary, url: f.url },
                i,
                snapshot.foundations.length,
                version.id,
                f.title,
                <div>
                  <span className="font-semibold">{steeringLineLabels[f.line]}:</span>{" "}
                  {f.url ? <a href={f.url}>{f.title}</a> : f.title}
                  {f.summary && <p className="m-0 text-ax-text-neutral-subtle">{f.summary}</p>}
                </div>,
              )}
            </li>
          ))}
        </ul>
        {editable && (
          <div className="mt-3">
            <AddItem kind="foundation" slug={slug} versionId={version.id} options={options} />
          </div>
        )}
      </section>

      <section aria-labelledby="om-kontoret">
        <Heading id="om-kontoret" level="2" size="large" spacing>
          2. Om kontoret
        </Heading>
        {editable ? (
          <GeneralForm slug={slug} year={year} general={version} />
        ) : (
          <VStack gap="space-8">
            <BodyShort>
              <span className="font-semibold">Visjon:</span> {version.vision || "–"}
            </BodyShort>
            {version.description && <BodyLong className="max-w-prose whitespace-pre-line">{version.description}</BodyLong>}
            <BodyShort>
              Årsverk: {formatNumber(version.statePositions)} statlige og {formatNumber(version.municipalPositions)} kommunale.
            </BodyShort>
          </VStack>
        )}
        <div className="mt-4">
          <Heading level="3" size="small" spacing>
            Tjenester i kontoret
          </Heading>
          <BodyShort size="small" spacing>
            Hentet fra partnerskapets tjenesteportefølje. <Link href={`/partnerskap/${slug}`}>Endre porteføljen på oversikten</Link>.
          </BodyShort>
          <ul className="m-0 pl-5">
            {data.services.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="rammer">
        <Heading id="rammer" level="2" size="large" spacing>
          3. Rammebetingelser
        </Heading>
        <ScrollRegion label="Budsjett og regnskap">
          <StaticTable size="small">
            <caption className="sr-only">Budsjett og regnskap</caption>
            <StaticThead>
              <StaticTr>
                <StaticTd />
                <StaticTh scope="col" className="text-right">
                  Budsjett {year}
                </StaticTh>
                <StaticTh scope="col" className="text-right">
                  Budsjett {year - 1}
                </StaticTh>
                <StaticTh scope="col" className="text-right">
                  Regnskap {year - 1}
                </StaticTh>
              </StaticTr>
            </StaticThead>
            <StaticTbody>
              {(
                [
                  ["Inntekter", (c: { income: number | null; expenses: number | null }) => c.income],
                  ["Utgifter", (c: { income: number | null; expenses: number | null }) => c.expenses],
                  [
                    "Netto driftsramme",
                    (c: { income: number | null; expenses: number | null }) => (c.income === null || c.expenses === null ? null : c.expenses - c.income),
                  ],
                ] as const
              ).map(([label, pick]) => (
                <StaticTr key={label}>
                  <StaticTh scope="row">{label}</StaticTh>
                  <StaticTd className="text-right">{formatKroner(pick(version.budget.budgetThisYear))}</StaticTd>
                  <StaticTd className="text-right">{formatKroner(pick(version.budget.budgetLastYear))}</StaticTd>
                  <StaticTd className="text-right">{formatKroner(pick(version.budget.accountsLastYear))}</StaticTd>
                </StaticTr>
              ))}
            </StaticTbody>
          </StaticTable>
        </ScrollRegion>
        <BodyShort className="mt-2">
          Årsverk: {formatNumber(version.positionsBudget)} i budsjett, {formatNumber(version.positionsResult)} i resultat.
        </BodyShort>
        {editable && <BodyShort size="small">Tallene endres i skjemaet under «Om kontoret».</BodyShort>}
      </section>

      <section aria-labelledby="satsingsomrader">
        <Heading id="satsingsomrader" level="2" size="large" spacing>
          4. Satsingsområder, mål og aktiviteter
        </Heading>
        {snapshot.focusAreas.length === 0 && <BodyShort spacing>Ingen satsingsområder ennå. Start med for eksempel «Flere i arbeid».</BodyShort>}
        {followUpLink("satsingsomrader")}
        {editable && snapshot.focusAreas.length > 1 && (
          <BodyShort size="small" spacing>
            Flytt med knappene «Flytt opp» og «Flytt ned», eller dra med musen. Aktiviteter kan dras til et annet mål.
          </BodyShort>
        )}
        <ol className="m-0 flex list-none flex-col gap-8 p-0">
          {snapshot.focusAreas.map((area, areaIndex) => (
            <li key={area.id} className="rounded-lg border border-ax-border-neutral-subtle p-4">
              {item(
                "focus_area",
                area,
                { title: area.title, description: area.description },
                areaIndex,
                snapshot.focusAreas.length,
                version.id,
                area.title,
                <div>
                  <h3 className="m-0 text-xl font-semibold">
                    4.{areaIndex + 1} {area.title}
                  </h3>
                  {area.description && <p className="m-0 mt-1 max-w-prose">{area.description}</p>}
                </div>,
              )}
              {area.goals.length === 0 && <p className="mt-2">Ingen mål ennå.</p>}
              <ol className="m-0 mt-3 flex list-none flex-col gap-4 p-0">
                {area.goals.map((goal, goalIndex) => (
                  <li key={goal.id} className="border-l-4 border-ax-border-neutral-subtle pl-3">
                    {item(
                      "goal",
                      goal,
                      { text: goal.text, source: goal.source, foundationKey: goal.foundationKey },
                      goalIndex,
                      area.goals.length,
                      area.id,
                      goal.text,
                      <div>
                        <p className="m-0 font-semibold">
                          Mål: {goal.text} <SourceBadge source={goal.source} />
                        </p>
                        {goal.foundationKey && (
                          <p className="m-0 text-sm text-ax-text-neutral-subtle">
                            Bygger på: {snapshot.foundations.find((f) => f.key === goal.foundationKey)?.title ?? "–"}
                          </p>
                        )}
                        {commentBits("goal", goal.key, goal.text)}
                      </div>,
                    )}
                    <ActivityTable
                      slug={slug}
                      goal={goal}
                      editable={contributable}
                      canFollowUp={canFollowUp}
                      render={(a, i) =>
                        item(
                          "activity",
                          a,
                          {
                            text: a.text,
                            responsible: a.responsible,
                            responsiblePerson: a.responsiblePerson,
                            timingKind: a.timingKind,
                            timingValue: a.timingValue,
                            status: a.status,
                            developmentActionId: a.developmentActionId,
                          },
                          i,
                          goal.activities.length,
                          goal.id,
                          a.text,
                          <ActivityText activity={a} link={a.developmentActionId ? actionById.get(a.developmentActionId) : undefined} slug={slug} showDetails={contributable} extra={commentBits("activity", a.key, a.text)} />,
                        )
                      }
                    />
                    {contributable && (
                      <div className="mt-2">
                        <AddItem kind="activity" slug={slug} versionId={version.id} parentId={goal.id} options={options} label="Legg til aktivitet" about={goal.text} />
                      </div>
                    )}
                  </li>
                ))}
              </ol>
              {editable && (
                <div className="mt-3">
                  <AddItem kind="goal" slug={slug} versionId={version.id} parentId={area.id} options={options} label={`Legg til mål under «${area.title}»`} />
                </div>
              )}
            </li>
          ))}
        </ol>
        {editable && (
          <div className="mt-4">
            <AddItem kind="focus_area" slug={slug} versionId={version.id} options={options} />
          </div>
        )}
      </section>

      <section aria-labelledby="indikatorer">
        <Heading id="indikatorer" level="2" size="large" spacing>
          5. Indikatorer
        </Heading>
        {snapshot.indicators.length > 0 && followUpLink("indikatorer")}
        {snapshot.indicators.length === 0 && <BodyShort spacing>Ingen indikatorer ennå. KS anbefaler 15–16 per kontor, minst 4–5 kommunale.</BodyShort>}
        <ol className="m-0 flex list-none flex-col gap-4 p-0">
          {snapshot.indicators.map((ind, i) => (
            <li key={ind.id} className="rounded-lg border border-ax-border-neutral-subtle p-3">
              {item(
                "indicator",
                ind,
                {
                  name: ind.name,
                  source: ind.source,
                  unit: ind.unit,
                  baseline: ind.baseline,
                  targetKind: ind.targetKind,
                  targetValue: ind.targetValue,
                  targetDirection: ind.targetDirection,
                  targetOperator: ind.targetOperator,
                  periodKind: ind.periodKind,
                },
                i,
                snapshot.indicators.length,
                version.id,
                ind.name,
                <IndicatorView indicator={ind} extra={commentBits("indicator", ind.key, ind.name)} />,
              )}
              {canFollowUp && (
                <div className="mt-2">
                  <IndicatorValueForm
                    slug={slug}
                    indicatorId={ind.id}
                    name={ind.name}
                    periodKind={ind.periodKind}
                    year={year}
                    values={ind.values}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
        {contributable && (
          <div className="mt-3">
            <AddItem kind="indicator" slug={slug} versionId={version.id} options={options} />
          </div>
        )}
      </section>

      {editable && (
        <section aria-labelledby="import-heading" className="rounded-lg border border-ax-border-neutral-subtle p-4">
          <Heading id="import-heading" level="2" size="medium" spacing>
            Importer fra regneark
          </Heading>
          <BodyShort spacing>
            Last ned «Aktiviteter og indikatorer (.xlsx)» over, endre eller legg til rader, og last regnearket opp her. Radene oppdaterer de
            samme punktene i planen, og du ser hva som blir nytt, endret og fjernet før noe lagres. Hvis en rad ikke kan leses, blir
            ingenting importert, og du får vite hvilke rader som må rettes.
          </BodyShort>
          <ImportForm slug={slug} year={year} versionId={version.id} />
        </section>
      )}

      <VersionHistory versions={data.versions} currentId={version.id} base={base} />

      {(data.comments.length > 0 || canComment) && (
        <section aria-labelledby="kommentarer">
          <Heading id="kommentarer" level="2" size="large" spacing>
            Kommentarer
          </Heading>
          {canComment && <CommentForm slug={slug} versionId={version.id} targetKind="plan" targetKey={null} about="hele planen" />}
          {data.comments.length === 0 && <BodyShort>Ingen kommentarer ennå.</BodyShort>}
          <ul className="m-0 mt-3 flex list-none flex-col gap-4 p-0">
            {data.comments.map((c) => (
              <li key={c.id} className="rounded-md border border-ax-border-neutral-subtle p-3">
                <p className="m-0 text-sm text-ax-text-neutral-subtle">
                  Om {c.targetKey ? `«${titles.get(c.targetKey) ?? "et punkt som er fjernet"}»` : "hele planen"} · {c.author} ·{" "}
                  {formatDateTime(c.createdAt)} · versjon {c.versionNo}
                  {c.resolvedAt ? " · Løst" : ""}
                </p>
                <p className="m-0 mt-1 whitespace-pre-line">{c.body}</p>
                {c.replies.length > 0 && (
                  <ul className="m-0 mt-2 flex list-none flex-col gap-2 border-l-2 border-ax-border-neutral-subtle p-0 pl-3">
                    {c.replies.map((r) => (
                      <li key={r.id}>
                        <p className="m-0 text-sm text-ax-text-neutral-subtle">
                          {r.author} · {formatDateTime(r.createdAt)}
                        </p>
                        <p className="m-0 whitespace-pre-line">{r.body}</p>
                      </li>
                    ))}
                  </ul>
                )}
                <HStack gap="space-8" className="mt-2">
                  {canComment && !c.resolvedAt && (
                    <CommentForm slug={slug} versionId={version.id} targetKind={c.targetKind} targetKey={c.targetKey} parentId={c.id} about={titles.get(c.targetKey ?? "") ?? "planen"} />
                  )}
                  {(data.isEditor || canComment) && <ResolveButton slug={slug} commentId={c.id} resolved={c.resolvedAt !== null} />}
                </HStack>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ObjectHistory slug={slug} kind="virksomhetsplan" id={version.id} />
    </VStack>
  );
}

function itemTitles(areas: FocusAreaNode[], indicators: IndicatorNode[]) {
  const titles = new Map<string, string>();
  for (const a of areas) for (const g of a.goals) {
    titles.set(g.key, g.text);
    for (const x of g.activities) titles.set(x.key, x.text);
  }
  for (const i of indicators) titles.set(i.key, i.name);
  return titles;
}

type Activity = FocusAreaNode["goals"][number]["activities"][number];

/** The activity table "Aktivitet / Ansvar / Når / Status" of one goal; an editable draft lists them with controls instead. */
function ActivityTable({
  slug,
  goal,
  editable,
  canFollowUp,
  render,
}: {
  slug: string;
  goal: FocusAreaNode["goals"][number];
  editable: boolean;
  canFollowUp: boolean;
  render: (a: Activity, index: number) => ReactNode;
}) {
  if (goal.activities.length === 0) return <p className="mt-2">Ingen aktiviteter ennå.</p>;
  if (editable) {
    return (
      <ol className="m-0 mt-2 flex list-none flex-col gap-2 p-0">
        {goal.activities.map((a, i) => (
          <li key={a.id} className="rounded-md bg-ax-bg-neutral-soft p-2">
            {render(a, i)}
          </li>
        ))}
      </ol>
    );
  }
  return (
    <ScrollRegion label={`Aktiviteter for målet ${goal.text}`} className="mt-2">
      <table className="compact-table">
        <caption className="sr-only">Aktiviteter for målet {goal.text}</caption>
        <thead>
          <tr>
            <th scope="col">Aktivitet</th>
            <th scope="col">Ansvar</th>
            <th scope="col">Når</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {goal.activities.map((a, i) => (
            <tr key={a.id}>
              <td>{render(a, i)}</td>
              <td>{responsibleText(a)}</td>
              <td>{formatTiming(a.timingKind, a.timingValue)}</td>
              <td>
                {canFollowUp ? (
                  <ActivityStatusSelect slug={slug} id={a.id} version={a.version} status={a.status} label={a.text} />
                ) : (
                  actionStatusLabels[a.status]
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const responsibleText = (a: Activity) =>
  [a.responsible, a.responsiblePerson && `(${a.responsiblePerson})`].filter(Boolean).join(" ") || "–";

function ActivityText({
  activity,
  link,
  slug,
  showDetails,
  extra,
}: {
  activity: Activity;
  link?: { areaNo: number; areaName: string; planId: string; assessmentId: string };
  slug: string;
  /** In the editable list there are no table columns, so ansvar, når and status are written out. */
  showDetails: boolean;
  extra: ReactNode;
}) {
  if (!showDetails && !link && !extra) return activity.text;
  return (
    <div>
      <p className="m-0 whitespace-pre-line">{activity.text}</p>
      {showDetails && (
        <p className="m-0 text-sm text-ax-text-neutral-subtle">
          Ansvar: {responsibleText(activity)} · Når: {formatTiming(activity.timingKind, activity.timingValue)} · Status:{" "}
          {actionStatusLabels[activity.status]}
        </p>
      )}
      {link && (
        <p className="m-0 text-sm">
          <Link href={`/partnerskap/${slug}/mulighetsrom/${link.assessmentId}/plan/${link.planId}`}>
            Utviklingsplan: område {link.areaNo} {link.areaName}
          </Link>
        </p>
      )}
      {extra}
    </div>
  );
}

/** Name, source, target and the measured values with a trend line and whether the target is met. */
function IndicatorView({ indicator, extra }: { indicator: IndicatorNode; extra: ReactNode }) {
  // One trend, with last year's measurements first, so the mark, the line and "Siste måling" agree.
  const trend = indicatorTrend(indicator);
  const state = targetState(indicator, trend);
  const recent = trend.slice(-6);
  const latest = trend.at(-1);
  const earlierYears = [...new Set(indicator.earlier.map((v) => v.planYear))].sort();
  return (
    <div>
      <p className="m-0 font-semibold">
        {indicator.name} <SourceBadge source={indicator.source} />
      </p>
      <p className="m-0 text-sm">
        Mål: {formatTarget(indicator)}
        {indicator.baseline !== null && ` · Utgangsverdi: ${formatNumber(indicator.baseline)}${indicator.unit ? ` ${indicator.unit}` : ""}`} · Kilde:{" "}
        {planSourceLabels[indicator.source]}
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-4">
        <TargetStateText state={state} />
        <Sparkline values={trend.map((v) => v.value)} target={indicator.targetKind === "retning" ? null : indicator.targetValue} />
        {latest && (
          <span className="text-sm">
            Siste måling: {formatNumber(latest.value)}
            {indicator.unit ? ` ${indicator.unit}` : ""} ({periodLabel(latest.period)})
          </span>
        )}
      </div>
      {recent.length > 1 && (
        <p className="m-0 mt-1 text-sm text-ax-text-neutral-subtle">
          Målinger: {recent.map((v) => `${periodLabel(v.period)}: ${formatNumber(v.value)}`).join(" · ")}
          {trend.length > recent.length ? ` (og ${trend.length - recent.length} tidligere)` : ""}
        </p>
      )}
      {earlierYears.length > 0 && (
        <p className="m-0 text-sm text-ax-text-neutral-subtle">
          Fortsetter fra planen for {earlierYears.join(" og ")}: målingene derfra er tatt med.
        </p>
      )}
      {extra}
    </div>
  );
}

interface VersionEntry {
  id: string;
  versionNo: number;
  status: PlanStatus;
  createdAt: Date;
  approvedAt: Date | null;
  publishedAt: Date | null;
  changeNote: string;
  decisions: PlanDecision[];
}

/** Every version with the owners' decisions and what they wrote, so an approval's words are kept. */
function VersionHistory({ versions, currentId, base }: { versions: VersionEntry[]; currentId: string; base: string }) {
  return (
    <section aria-labelledby="versjonshistorikk">
      <Heading id="versjonshistorikk" level="2" size="medium" spacing>
        Versjonshistorikk
      </Heading>
      <ol className="m-0 flex list-none flex-col gap-4 p-0">
        {versions.map((v) => (
          <li key={v.id} className="rounded-md border border-ax-border-neutral-subtle p-3">
            <p className="m-0 font-semibold">
              {v.id === currentId ? (
                `Versjon ${v.versionNo} (denne)`
              ) : (
                <Link href={`${base}?versjon=${v.id}`}>Versjon {v.versionNo}</Link>
              )}{" "}
              · {planStatusLabels[v.status]}
            </p>
            <p className="m-0 text-sm text-ax-text-neutral-subtle">
              Startet {formatDateTime(v.createdAt)}
              {v.approvedAt ? ` · godkjent ${formatDateTime(v.approvedAt)}` : ""}
              {v.publishedAt ? ` · publisert ${formatDateTime(v.publishedAt)}` : ""}
            </p>
            {v.changeNote && <p className="m-0 text-sm">Endring: {v.changeNote}</p>}
            {v.decisions.length === 0 ? (
              <p className="m-0 mt-1 text-sm">Ingen av eierne har behandlet denne versjonen.</p>
            ) : (
              <ul className="m-0 mt-2 flex list-none flex-col gap-1 p-0">
                {v.decisions.map((d, i) => (
                  <li key={i} className="text-sm">
                    {d.decision === "godkjent" ? "Godkjent" : "Sendt tilbake"} av {d.by} for {d.seats.join(" og ")}, {formatDateTime(d.decidedAt)}
                    {d.round > 1 ? ` (runde ${d.round})` : ""}
                    {d.comment ? <span className="block whitespace-pre-line pl-3">«{d.comment}»</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
