import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { cache } from "react";
import { OverviewLegend, OverviewTable } from "~/app/(app)/nettverk/[slug]/overview-table";
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
  const t = await getTranslations("network.print");
  return { title: { absolute: t("overviewTitle", { name: (await loadNetwork(slug)).network.name }) } };
}

/** The areas × offices table on A4 landscape, for printing and the PDF export. */
export default async function NetworkOverviewPrintPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { view, sort } = readOverviewParams(await searchParams);
  const [{ network }, t, locale] = await Promise.all([loadNetwork(slug), getTranslations("network"), getLocale()]);
  const api = await getServerCaller();
  const overview = await loadOrInterrupt(() => api.network.overview({ network: slug, view, sort }));
  const base = `/nettverk/${slug}`;
  const title = view === "status" ? t("print.titleStatus") : t("print.titlePriorities");

  return (
    <>
      <nav aria-label={t("print.nav")} className="utskrift-verktoy">
        <NextLink className="aksel-link" href={`${base}?visning=${view}&sorter=${sort}#oversikt`}>
          {t("print.back")}
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/pdf?visning=${view}&sorter=${sort}`}>
          {t("print.pdf")}
        </a>
        <a className="aksel-link" href={`${base}/eksport/xlsx`}>
          {t("print.xlsx")}
        </a>
        <span>{t("print.browserPrint")}</span>
      </nav>
      <main id="hovedinnhold" className="nettverk-ark">
        <h1>{network.name}</h1>
        <p className="nettverk-ingress">
          {t("print.intro", {
            title,
            start: formatDate(network.periodStart, locale),
            end: formatDate(network.periodEnd, locale),
            sort: t(`overview.sort.${sort}`),
            printed: formatDateTime(new Date(), locale),
          })}
        </p>
        <OverviewLegend view={view} />
        <OverviewTable overview={overview} view={view} caption={title} print />
      </main>
    </>
  );
}
