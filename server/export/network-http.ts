import "server-only";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import type { NetworkOverview, OverviewSort, OverviewView } from "~/server/domain/network/overview-model";
import { loadForExport } from "./http";

/**
 * The network overview for its exports, read through the API exactly as the page reads it, so
 * an export is refused where the page would be (401, 403, 404 with a short text in `locale`).
 */
export async function loadNetworkOverviewForExport(
  slug: string,
  view: OverviewView,
  sort: OverviewSort,
  locale: Locale = "nb",
): Promise<{ data: { name: string; periodStart: string; periodEnd: string; overview: NetworkOverview & { view: OverviewView } }; refusal?: never } | { data?: never; refusal: Response }> {
  const t = translator(locale, "network");
  return loadForExport(
    async (api) => {
      const { network } = await api.network.get({ network: slug });
      const overview = await api.network.overview({ network: slug, view, sort });
      return { name: network.name, periodStart: network.periodStart, periodEnd: network.periodEnd, overview };
    },
    { unauthorized: t("export.unauthorized"), forbidden: t("export.forbidden"), notFound: t("export.notFound") },
  );
}

/** An ASCII file name: "nettverk-pilotnettverk-agder-2024-05-01.xlsx". */
export const networkFilename = (slug: string, extension: "pdf" | "xlsx", today = new Date().toISOString().slice(0, 10)) =>
  `nettverk-${slug.replace(/[^a-z0-9-]/g, "")}-${today}.${extension}`;
