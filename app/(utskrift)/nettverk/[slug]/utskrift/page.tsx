import type { Metadata } from "next";
import NextLink from "next/link";
import { cache } from "react";
import { OverviewLegend, OverviewTable, sortLabels } from "~/app/(app)/nettverk/[slug]/overview-table";
import { readOverviewParams } from "~/app/(app)/nettverk/[slug]/overview-params";
import { formatDate, formatDateTime } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import "./nettverk-utskrift.css";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadNetwork = cache(async (slug: string) => {
  const api = await getServerCaller();
  return loadOrInterrupt(() => api.network.get({ network: slug }));
});

// The title becomes the PDF's document title.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: { absolute: `Oversikt – ${(await loadNetwork(slug)).network.name}` } };
}

/** The areas × offices table on A4 landscape, for printing and the PDF export. */
export default async function NetworkOverviewPrintPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { view, sort } = readOverviewParams(await searchParams);
  const { network } = await loadNetwork(slug);
  const api = await getServerCaller();
  const overview = await loadOrInterrupt(() => api.network.overview({ network: slug, view, sort }));
  const base = `/nettverk/${slug}`;
  const title = view === "status" ? "Status for utviklingsområdene per kontor" : "Prioriterte utviklingsområder per kontor";

  return (
    <>
      <nav aria-label="Utskrift" className="utskrift-verktoy">
        <NextLink className="aksel-link" href={`${base}?visning=${view}&sorter=${sort}#oversikt`}>
          Tilbake til nettverket
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/pdf?visning=${view}&sorter=${sort}`}>
          Last ned som PDF
        </a>
        <a className="aksel-link" href={`${base}/eksport/xlsx`}>
          Last ned som regneark (.xlsx)
        </a>
        <span>Bruk nettleserens utskrift (Ctrl+P) for å skrive ut siden.</span>
      </nav>
      <main id="hovedinnhold" className="nettverk-ark">
        <h1>{network.name}</h1>
        <p className="nettverk-ingress">
          {title}. Periode {formatDate(network.periodStart)}–{formatDate(network.periodEnd)}. Sortert etter {sortLabels[sort]}. Hvert kontors
          siste avsluttede vurdering; «ikke delt» der partnerskapet ikke deler dette. Utskrevet {formatDateTime(new Date())}.
        </p>
        <OverviewLegend view={view} />
        <OverviewTable overview={overview} view={view} caption={title} print />
      </main>
    </>
  );
}
