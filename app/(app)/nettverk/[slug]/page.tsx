import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { Button } from "@navikt/ds-react/Button";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
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
import { OverviewLegend, OverviewTable, sortLabels } from "./overview-table";

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
  const [overview, localWork, notes, invitable] = await Promise.all([
    api.network.overview({ network: slug, view, sort }),
    api.network.localWork({ network: slug }),
    api.network.notes({ network: slug }),
    data.canEdit ? api.network.invitable({ network: slug }) : Promise.resolve([]),
  ]);
  const { network } = data;
  const base = `/nettverk/${slug}`;
  const query = (v: OverviewView, s: OverviewSort) => `${base}?visning=${v}&sorter=${s}#oversikt`;
  const viewLabel = view === "status" ? "status" : "prioriteringer";

  return (
    <VStack gap="space-40">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {network.name}
        </Heading>
        <BodyShort className="text-ax-text-neutral-subtle">
          Nettverk {formatDate(network.periodStart)}–{formatDate(network.periodEnd)}
        </BodyShort>
        {network.description && <BodyLong className="mt-3 max-w-prose whitespace-pre-line">{network.description}</BodyLong>}
        <Facilitators slug={slug} facilitators={data.facilitators} canEdit={data.canEdit} />
        {data.canEdit && <EditNetwork slug={slug} network={network} />}
      </div>

      <MembersSection slug={slug} members={data.members} canEdit={data.canEdit} invitable={invitable} />

      <section aria-labelledby="oversikt-heading" id="oversikt" className="scroll-mt-4">
        <Heading id="oversikt-heading" level="2" size="medium" spacing>
          Oversikt over utviklingsområdene
        </Heading>
        <BodyLong className="max-w-prose" spacing>
          De 20 utviklingsområdene for hvert kontor i nettverket, fra kontorets siste avsluttede vurdering i mulighetsrommet i nettverkets periode. Hvert
          partnerskap velger selv hva nettverket får se; det som ikke deles, står som «ikke delt». Tallene i de grå kolonnene er antall kontor.
        </BodyLong>
        {overview.columns.length === 0 ? (
          <BodyShort>
            Ingen partnerskap er medlemmer ennå. Oversikten fylles når partnerskapene har takket ja og har en avsluttet vurdering.
          </BodyShort>
        ) : (
          <VStack gap="space-12">
            <HStack gap="space-8" align="center" wrap>
              <nav aria-label="Visning">
                <HStack gap="space-8">
                  <Button as="a" size="small" href={query("status", sort === "hoved" || sort === "prioritert" ? "nr" : sort)} variant={view === "status" ? "primary" : "secondary"} aria-current={view === "status" ? "page" : undefined}>
                    Status
                  </Button>
                  <Button as="a" size="small" href={query("prioriteringer", sort === "sterk" || sort === "kan_styrkes" ? "nr" : sort)} variant={view === "prioriteringer" ? "primary" : "secondary"} aria-current={view === "prioriteringer" ? "page" : undefined}>
                    Prioriteringer
                  </Button>
                </HStack>
              </nav>
              <BodyShort size="small">
                Viser {viewLabel}, sortert etter {sortLabels[sort]}. Velg en kolonneoverskrift for å sortere.
              </BodyShort>
            </HStack>
            <OverviewLegend view={view} />
            <OverviewTable
              overview={overview}
              view={view}
              caption={view === "status" ? "Status for utviklingsområdene per kontor (tabell 1)" : "Prioriterte utviklingsområder per kontor (tabell 2)"}
              sortHref={(s) => query(view, s)}
            />
            <HStack gap="space-16" wrap>
              <a className="aksel-link" href={`${base}/eksport/xlsx`}>
                Last ned oversikten som regneark (.xlsx)
              </a>
              <a className="aksel-link" href={`${base}/eksport/pdf?visning=${view}&sorter=${sort}`}>
                Last ned som PDF (liggende A4)
              </a>
              <a className="aksel-link" href={`${base}/utskrift?visning=${view}&sorter=${sort}`}>
                Utskriftsvisning
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
