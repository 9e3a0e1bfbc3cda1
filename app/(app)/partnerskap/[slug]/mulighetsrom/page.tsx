import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getServerCaller } from "~/server/api/server-caller";
import { loadOrInterrupt } from "~/app/_lib/load";
import { AssessmentList } from "./_components/assessment-list";
import { HistoryTable } from "./_components/history-table";
import { PlanList } from "./_components/plan-list";
import { StartAssessment } from "./_components/start-assessment";
import { WorkshopTransfers } from "./workshop-transfers";
import { RoleNote } from "~/app/_components/role-note";

type Params = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ historikk?: string; planer?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mulighetsrom");
  return { title: t("title") };
}

export default async function MulighetsromPage({ params, searchParams }: Params) {
  const { slug } = await params;
  const query = await searchParams;
  const showAllHistory = query.historikk === "alle";
  const showAllPlans = query.planer === "alle";
  const api = await getServerCaller();
  const t = await getTranslations("mulighetsrom");
  const { assessments, canEdit, history, plans, eligible, permissions } = await loadOrInterrupt(() =>
    api.mulighetsrom.overview({ partnership: slug }),
  );

  return (
    <VStack gap="space-40">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("title")}
        </Heading>
        <BodyLong className="max-w-prose">{t("overview.intro")}</BodyLong>
        <RoleNote permissions={permissions} area="mulighetsrom" />
      </div>

      <WorkshopTransfers slug={slug} />

      {canEdit && <StartAssessment slug={slug} people={eligible} />}

      <section aria-labelledby="vurderinger-heading">
        <Heading id="vurderinger-heading" level="2" size="medium" spacing>
          {t("overview.assessments")}
        </Heading>
        {assessments.length === 0 ? (
          <BodyShort>
            {t("overview.noAssessments")} {canEdit ? t("overview.startFirst") : t("overview.othersStart")}
          </BodyShort>
        ) : (
          <AssessmentList slug={slug} assessments={assessments} />
        )}
      </section>

      {assessments.length > 0 && <PlanList slug={slug} plans={plans} showAll={showAllPlans} />}

      {history.assessments.length > 0 && <HistoryTable slug={slug} history={history} showAll={showAllHistory} />}
    </VStack>
  );
}
