import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { Button } from "@navikt/ds-react/Button";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { formatDate } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import type { OverviewSort, OverviewView } from "~/server/domain/network/overview-model";
import { readOverviewParams } from "./overview-params";
import { EditNetwork, Facilitators } from "./network-details";
import { GatheringsSection } from "./gatherings-section";
import { LocalWork } from "./local-work";
import { MembersSection } from "./members-section";
import { SharedNotes } from "./shared-notes";
import { OverviewLegend, OverviewTable } from "./overview-table";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadNetwork = cache(async (slug: string) => {
  const api = await getServerCaller();
  return loadOrInterrupt(() => api.network.get({ network: slug }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await loadNetwork(slug)).network.name };
}

export default async function NetworkPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { view, sort } = readOverviewParams(await searchParams);
  const api = await getServerCaller();
  const data = await loadNetwork(slug);
  const [t, locale] = await Promise.all([getTranslations("network"), getLocale()]);
  const [overview, localWork, notes, invitable] = await Promise.all([
    api.network.overview({ network: slug, view, sort }),
    api.network.localWork({ network: slug }),
    api.network.notes({ network: slug }),
    data.canEdit ? api.network.invitable({ network: slug }) : Promise.resolve([]),
  ]);
  const { network } = data;
  const base = `/nettverk/${slug}`;
  const query = (v: OverviewView, s: OverviewSort) => `${base}?visning=${v}&sorter=${s}#oversikt`;

  return (
    <VStack gap="space-40">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {network.name}
        </Heading>
        <BodyShort className="text-ax-text-neutral-subtle">
          {t("page.period", { start: formatDate(network.periodStart, locale), end: formatDate(network.periodEnd, locale) })}
        </BodyShort>
        {network.description && <BodyLong className="mt-3 max-w-prose whitespace-pre-line">{network.description}</BodyLong>}
        <Facilitators slug={slug} facilitators={data.facilitators} canEdit={data.canEdit} />
        {data.canEdit && <EditNetwork slug={slug} network={network} />}
      </div>

      <MembersSection slug={slug} members={data.members} canEdit={data.canEdit} invitable={invitable} />

      <section aria-labelledby="oversikt-heading" id="oversikt" className="scroll-mt-4">
        <Heading id="oversikt-heading" level="2" size="medium" spacing>
          {t("page.overviewHeading")}
        </Heading>
        <BodyLong className="max-w-prose" spacing>
          {t("page.overviewIntro")}
        </BodyLong>
        {overview.columns.length === 0 ? (
          <BodyShort>{t("page.noMembers")}</BodyShort>
        ) : (
          <VStack gap="space-12">
            <HStack gap="space-8" align="center" wrap>
              <nav aria-label={t("page.viewNav")}>
                <HStack gap="space-8">
                  <Button as="a" size="small" href={query("status", sort === "hoved" || sort === "prioritert" ? "nr" : sort)} variant={view === "status" ? "primary" : "secondary"} aria-current={view === "status" ? "page" : undefined}>
                    {t("page.viewStatus")}
                  </Button>
                  <Button as="a" size="small" href={query("prioriteringer", sort === "sterk" || sort === "kan_styrkes" ? "nr" : sort)} variant={view === "prioriteringer" ? "primary" : "secondary"} aria-current={view === "prioriteringer" ? "page" : undefined}>
                    {t("page.viewPriorities")}
                  </Button>
                </HStack>
              </nav>
              <BodyShort size="small">
                {t("page.showing", { view, sort: t(`overview.sort.${sort}`) })}
              </BodyShort>
            </HStack>
            <OverviewLegend view={view} />
            <OverviewTable
              overview={overview}
              view={view}
              caption={view === "status" ? t("page.captionStatus") : t("page.captionPriorities")}
              sortHref={(s) => query(view, s)}
            />
            <HStack gap="space-16" wrap>
              <a className="aksel-link" href={`${base}/eksport/xlsx`}>
                {t("page.downloadXlsx")}
              </a>
              <a className="aksel-link" href={`${base}/eksport/pdf?visning=${view}&sorter=${sort}`}>
                {t("page.downloadPdf")}
              </a>
              <a className="aksel-link" href={`${base}/utskrift?visning=${view}&sorter=${sort}`}>
                {t("page.print")}
              </a>
            </HStack>
          </VStack>
        )}
      </section>

      <GatheringsSection slug={slug} gatherings={data.gatherings} canEdit={data.canEdit} />
      <LocalWork members={localWork} memberCount={overview.columns.length} />
      <SharedNotes notes={notes} />
    </VStack>
  );
}
