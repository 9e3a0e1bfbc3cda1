import { CheckmarkIcon, DownloadIcon } from "@navikt/aksel-icons";
import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getServerCaller } from "~/server/api/server-caller";
import { roleInfo } from "~/lib/roles";
import { formatDate } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { AddParticipants, EditDetails, OpenCloseButton } from "~/app/(app)/partnerskap/[slug]/mulighetsrom/_components/assessment-admin";
import { AssessmentStatusTag } from "~/app/(app)/partnerskap/[slug]/mulighetsrom/_components/assessment-status-tag";
import { ModelDiagram } from "~/app/(app)/partnerskap/[slug]/mulighetsrom/_components/model-diagram";
import { PrioritiesForm, StatusForm } from "~/app/(app)/partnerskap/[slug]/mulighetsrom/_components/outcome-forms";
import { OutcomeSection } from "~/app/(app)/partnerskap/[slug]/mulighetsrom/_components/outcome-section";
import { PriorityCard } from "~/app/(app)/partnerskap/[slug]/mulighetsrom/_components/priority-card";
import { ResultsTable } from "~/app/(app)/partnerskap/[slug]/mulighetsrom/_components/results-table";
import { ObjectHistory } from "~/app/(app)/partnerskap/[slug]/historikk/object-history";

type Params = { params: Promise<{ slug: string; vurderingId: string }> };

const loadAssessment = cache(async (slug: string, assessmentId: string) => {
  const api = await getServerCaller();
  return loadOrInterrupt(() => api.mulighetsrom.get({ partnership: slug, assessmentId }));
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, vurderingId } = await params;
  const view = await loadAssessment(slug, vurderingId);
  return { title: `${view.assessment.occasion} – mulighetsrom` };
}

export default async function AssessmentPage({ params }: Params) {
  const { slug, vurderingId } = await params;
  const view = await loadAssessment(slug, vurderingId);
  const { assessment } = view;
  const base = `/partnerskap/${slug}/mulighetsrom/${vurderingId}`;
  const isOpen = assessment.status === "open";
  const submittedCount = view.participants.filter((p) => p.submitted).length;
  const prioritised = view.areas.filter((a) => a.prioritised).sort((a, b) => Number(b.main) - Number(a.main));

  return (
    <VStack gap="space-40">
      <div>
        <Link href={`/partnerskap/${slug}/mulighetsrom`}>Alle vurderinger</Link>
        <Heading level="1" size="xlarge" className="mt-2" spacing>
          {assessment.occasion}
        </Heading>
        <HStack gap="space-12" align="center">
          <BodyShort>{formatDate(assessment.heldOn)}</BodyShort>
          <AssessmentStatusTag status={assessment.status} />
          <BodyShort>
            {submittedCount} av {view.participants.length} har levert
          </BodyShort>
        </HStack>
        <HStack gap="space-16" className="mt-4" align="center">
          {view.me && isOpen && (
            <Link href={`${base}/svar`} className="font-semibold">
              {view.me.submitted ? "Se eller endre din vurdering" : "Gi din vurdering"}
            </Link>
          )}
          <a href={`${base}/eksport/pdf`} className="inline-flex items-center gap-1">
            <DownloadIcon aria-hidden /> Last ned PDF
          </a>
          <a href={`${base}/eksport/xlsx`} className="inline-flex items-center gap-1">
            <DownloadIcon aria-hidden /> Last ned regneark (.xlsx)
          </a>
          {view.canEdit && (
            <OpenCloseButton slug={slug} assessmentId={vurderingId} version={assessment.version} open={isOpen} />
          )}
        </HStack>
        {view.canEdit && isOpen && (
          <EditDetails
            slug={slug}
            assessmentId={vurderingId}
            version={assessment.version}
            heldOn={assessment.heldOn}
            occasion={assessment.occasion}
          />
        )}
        {view.me && !view.me.submitted && isOpen && (
          <Alert variant="info" className="mt-4">
            Du er invitert til å delta. <Link href={`${base}/svar`}>Gi din vurdering</Link> – det tar omtrent ti
            minutter.
          </Alert>
        )}
      </div>

      <section aria-labelledby="modell-heading">
        <Heading id="modell-heading" level="2" size="medium" spacing>
          Modellen
        </Heading>
        <BodyLong spacing className="max-w-prose">
          Områdene er plassert på nivået eller i overlappet de hører til, med område 1 i midten. Velg et område for å
          se beskrivelsen, svarene og utviklingsplanen. Den samme informasjonen står i tabellen under.
        </BodyLong>
        <ModelDiagram
          areas={view.areas.map((a) => ({
            no: a.no,
            name: a.name,
            levels: a.levels,
            summary: a.summary,
            status: a.status,
            prioritised: a.prioritised,
            main: a.main,
            considered: a.considered,
            total: a.results.total,
            bySide: a.results.bySide,
            disagree: a.results.disagree,
            planHref: a.plan ? `${base}/plan/${a.plan.id}` : null,
          }))}
        />
      </section>

      <section aria-labelledby="svar-heading">
        <Heading id="svar-heading" level="2" size="medium" spacing>
          Svarene
        </Heading>
        <BodyLong spacing className="max-w-prose">
          Bare leverte svar telles. {view.canSeeNames
            ? "Svar med navn vises bare for deltakere som har samtykket til det."
            : "Du ser antall svar. Svar med navn vises bare for eierne og Nav-lederen, og bare når deltakeren har samtykket."}
        </BodyLong>
        <VStack gap="space-24">
          <ResultsTable
            slug={slug}
            assessmentId={vurderingId}
            caption="Betingelser for et godt partnerskap"
            showOutcome={false}
            rows={view.conditions.map((c) => ({ key: c.key, label: c.name, summary: c.results, namedCount: c.namedCount }))}
          />
          <ResultsTable
            slug={slug}
            assessmentId={vurderingId}
            caption="Utviklingsområdene: felles status og svar"
            showOutcome
            rows={view.areas.map((a) => ({
              key: String(a.no),
              label: `${a.no}. ${a.name}`,
              levels: a.levels,
              status: a.status,
              prioritised: a.prioritised,
              main: a.main,
              considered: a.considered,
              summary: a.results,
              namedCount: a.namedCount,
            }))}
          />
        </VStack>
      </section>

      {view.canEdit && isOpen && (
        <section aria-labelledby="felles-heading">
          <Heading id="felles-heading" level="2" size="medium" spacing>
            Felles vurdering
          </Heading>
          <BodyLong spacing className="max-w-prose">
            Når svarene er inne, går dere gjennom dem sammen og blir enige om status og prioriteringer.
          </BodyLong>
          <OutcomeSection>
            <VStack gap="space-40">
              <StatusForm slug={slug} assessmentId={vurderingId} version={assessment.version} areas={outcomeAreas(view)} />
              <PrioritiesForm slug={slug} assessmentId={vurderingId} version={assessment.version} areas={outcomeAreas(view)} />
            </VStack>
          </OutcomeSection>
        </section>
      )}

      <section aria-labelledby="prioriterte-heading">
        <Heading id="prioriterte-heading" level="2" size="medium" spacing>
          Prioriterte områder og utviklingsplaner
        </Heading>
        {prioritised.length === 0 ? (
          <BodyShort>
            Ingen områder er prioritert ennå.{" "}
            {view.canEdit && isOpen ? "Velg opptil tre under «Prioriteringer» over." : ""}
          </BodyShort>
        ) : (
          <ul className="m-0 flex list-none flex-col gap-4 p-0">
            {prioritised.map((a) => (
              <li key={a.no}>
                <PriorityCard
                  slug={slug}
                  assessmentId={vurderingId}
                  editable={view.canEdit && isOpen}
                  canEdit={view.canEdit}
                  area={{
                    no: a.no,
                    name: a.name,
                    main: a.main,
                    desiredSituation: a.desiredSituation,
                    barriers: a.barriers,
                    drivers: a.drivers,
                    notesVersion: a.notesVersion,
                    plan: a.plan,
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="deltakere-heading">
        <Heading id="deltakere-heading" level="2" size="medium" spacing>
          Deltakere
        </Heading>
        <ul className="m-0 mb-4 list-none p-0">
          {view.participants.map((p) => (
            <li key={p.userId} className="flex items-center gap-2 py-1">
              {p.submitted ? <CheckmarkIcon aria-hidden /> : <span className="inline-block w-4" aria-hidden />}
              <span>
                {p.name}, {roleInfo[p.role].label.toLowerCase()} – {p.submitted ? "har levert" : "har ikke levert"}
              </span>
            </li>
          ))}
        </ul>
        {view.canEdit && isOpen && <AddParticipants slug={slug} assessmentId={vurderingId} people={view.eligible} />}
      </section>

      <ObjectHistory slug={slug} kind="vurdering" id={vurderingId} />
    </VStack>
  );
}

function outcomeAreas(view: Awaited<ReturnType<typeof loadAssessment>>) {
  return view.areas.map((a) => ({
    no: a.no,
    name: a.name,
    status: a.status,
    considered: a.considered,
    prioritised: a.prioritised,
    main: a.main,
    total: a.results.total,
  }));
}
