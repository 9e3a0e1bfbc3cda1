import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getServerCaller } from "~/server/api/server-caller";
import { loadOrInterrupt } from "~/app/_lib/load";
import { ObjectHistory } from "~/app/(app)/partnerskap/[slug]/historikk/object-history";
import { BalanceSection } from "./balance-section";
import { CommentsSection } from "./comments-section";
import { FocusAreasSection } from "./focus-areas-section";
import { FoundationsSection } from "./foundations-section";
import { FrameSection } from "./frame-section";
import { ImportSection } from "./import-section";
import { IndicatorsSection } from "./indicators-section";
import { OfficeSection } from "./office-section";
import { CreatePlan } from "./plan-actions";
import { PlanContents } from "./plan-contents";
import { PlanHeader } from "./plan-header";
import { planView } from "./plan-view";
import { StatusSection } from "./status-section";
import { VersionHistory } from "./version-history";

type Params = { params: Promise<{ slug: string; ar: string }>; searchParams: Promise<{ versjon?: string; oppfolging?: string }> };

function parseYear(ar: string) {
  const year = Number(ar);
  return /^\d{4}$/.test(ar) && year >= 2000 && year <= 2100 ? year : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [{ ar }, t] = await Promise.all([params, getTranslations("plan.page")]);
  return { title: t("metaTitle", { year: ar }) };
}

export default async function BusinessPlanPage({ params, searchParams }: Params) {
  const { slug, ar } = await params;
  const year = parseYear(ar);
  if (year === null) notFound();
  const { versjon, oppfolging } = await searchParams;
  const [api, t] = await Promise.all([getServerCaller(), getTranslations("plan.page")]);
  const data = await loadOrInterrupt(() => api.businessPlan.year({ partnership: slug, year, versionId: versjon }));
  const header = <PlanHeader slug={slug} year={year} permissions={data.permissions} />;

  if (!data.plan) {
    return (
      <VStack gap="space-32" className="max-w-5xl">
        {header}
        <section aria-labelledby="ingen-plan" className="rounded-lg border border-ax-border-neutral-subtle p-4">
          <Heading id="ingen-plan" level="2" size="medium" spacing>
            {t("noPlanHeading", { year })}
          </Heading>
          {data.canCreate ? (
            <CreatePlan slug={slug} year={year} hasPreviousYear={data.hasPreviousYear} />
          ) : (
            <BodyShort>{t("leaderCreates")}</BodyShort>
          )}
        </section>
      </VStack>
    );
  }

  const view = planView(data, { slug, year, versjon, oppfolging });
  const { snapshot } = data;
  return (
    <VStack gap="space-32" className="max-w-5xl">
      {header}
      <StatusSection data={data} view={view} />
      <BalanceSection data={data} />
      <PlanContents hasComments={data.comments.length > 0} />
      <FoundationsSection view={view} foundations={snapshot.foundations} />
      <OfficeSection view={view} version={snapshot.version} services={data.services} />
      <FrameSection year={year} version={snapshot.version} editable={view.editable} />
      <FocusAreasSection view={view} data={data} />
      <IndicatorsSection view={view} indicators={snapshot.indicators} />
      {view.editable && <ImportSection slug={slug} year={year} versionId={view.versionId} />}
      <VersionHistory versions={data.versions} currentId={view.versionId} base={view.base} />
      {(data.comments.length > 0 || view.canComment) && <CommentsSection view={view} data={data} />}
      <ObjectHistory slug={slug} kind="virksomhetsplan" id={view.versionId} />
    </VStack>
  );
}
