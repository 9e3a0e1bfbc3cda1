import { CheckmarkIcon, DownloadIcon } from "@navikt/aksel-icons";
import { Alert } from "@navikt/ds-react/Alert";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { getServerCaller } from "~/server/api/server-caller";
import { areaKey } from "~/lib/mulighetsrom/model";
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
  const [view, t] = await Promise.all([loadAssessment(slug, vurderingId), getTranslations("mulighetsrom")]);
  return { title: t("assessment.metaTitle", { occasion: view.assessment.occasion }) };
}

export default async function AssessmentPage({ params }: Params) {
  const { slug, vurderingId } = await params;
  const [loaded, t, locale] = await Promise.all([loadAssessment(slug, vurderingId), getTranslations("mulighetsrom"), getLocale()]);
  // The model's words in the reader's language; the read model carries only numbers and levels.
  const view = {
    ...loaded,
    areas: loaded.areas.map((a) => ({ ...a, name: t(`areas.${areaKey(a.no)}.name`), summary: t(`areas.${areaKey(a.no)}.summary`) })),
    conditions: loaded.conditions.map((c) => ({ ...c, name: t(`conditions.${c.key}`) })),
  };
  const { assessment } = view;
  const invited = t.rich("assessment.invited", { link: (chunks) => <Link href={`/partnerskap/${slug}/mulighetsrom/${vurderingId}/svar`}>{chunks}</Link> });
  const base = `/partnerskap/${slug}/mulighetsrom/${vurderingId}`;
  const isOpen = assessment.status === "open";
  const submittedCount = view.participants.filter((p) => p.submitted).length;
  const prioritised = view.areas.filter((a) => a.prioritised).sort((a, b) => Number(b.main) - Number(a.main));

  return (
    <VStack gap="space-40">
      <div>
        <Link href={`/partnerskap/${slug}/mulighetsrom`}>{t("assessment.all")}</Link>
        <Heading level="1" size="xlarge" className="mt-2" spacing>
          {assessment.occasion}
        </Heading>
        <HStack gap="space-12" align="center">
          <BodyShort>{formatDate(assessment.heldOn, locale)}</BodyShort>
          <AssessmentStatusTag status={assessment.status} />
          <BodyShort>
            {t("assessment.submittedOf", { submitted: submittedCount, total: view.participants.length })}
          </BodyShort>
        </HStack>
        <HStack gap="space-16" className="mt-4" align="center">
          {view.me && isOpen && (
            <Link href={`${base}/svar`} className="font-semibold">
              {view.me.submitted ? t("assessment.seeOrChange") : t("assessment.give")}
            </Link>
          )}
          <a href={`${base}/eksport/pdf`} className="inline-flex items-center gap-1">
            <DownloadIcon aria-hidden /> {t("assessment.downloadPdf")}
          </a>
          <a href={`${base}/eksport/xlsx`} className="inline-flex items-center gap-1">
            <DownloadIcon aria-hidden /> {t("assessment.downloadXlsx")}
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
            {invited}
          </Alert>
        )}
      </div>

      <section aria-labelledby="modell-heading">
        <Heading id="modell-heading" level="2" size="medium" spacing>
          {t("assessment.model")}
        </Heading>
        <BodyLong spacing className="max-w-prose">
          {t("assessment.modelIntro")}
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
          {t("assessment.answers")}
        </Heading>
        <BodyLong spacing className="max-w-prose">
          {t("assessment.onlySubmitted")} {view.canSeeNames ? t("assessment.namesShown") : t("assessment.namesHidden")}
        </BodyLong>
        <VStack gap="space-24">
          <ResultsTable
            slug={slug}
            assessmentId={vurderingId}
            caption={t("assessment.conditionsCaption")}
            showOutcome={false}
            rows={view.conditions.map((c) => ({ key: c.key, label: c.name, summary: c.results, namedCount: c.namedCount }))}
          />
          <ResultsTable
            slug={slug}
            assessmentId={vurderingId}
            caption={t("assessment.areasCaption")}
            showOutcome
            rows={view.areas.map((a) => ({
              key: String(a.no),
              label: t("format.numbered", { no: a.no, name: a.name }),
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
            {t("assessment.joint")}
          </Heading>
          <BodyLong spacing className="max-w-prose">
            {t("assessment.jointIntro")}
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
          {t("assessment.prioritisedHeading")}
        </Heading>
        {prioritised.length === 0 ? (
          <BodyShort>
            {t("assessment.noPriorities")} {view.canEdit && isOpen ? t("assessment.choosePriorities") : ""}
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
          {t("assessment.participants")}
        </Heading>
        <ul className="m-0 mb-4 list-none p-0">
          {view.participants.map((p) => (
            <li key={p.userId} className="flex items-center gap-2 py-1">
              {p.submitted ? <CheckmarkIcon aria-hidden /> : <span className="inline-block w-4" aria-hidden />}
              <span>
                {t("assessment.participantLine", {
                  name: p.name,
                  role: t(`role.${p.role}`).toLowerCase(),
                  state: p.submitted ? t("assessment.hasSubmitted") : t("assessment.hasNotSubmitted"),
                })}
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

function outcomeAreas(view: { areas: (Awaited<ReturnType<typeof loadAssessment>>["areas"][number] & { name: string })[] }) {
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
