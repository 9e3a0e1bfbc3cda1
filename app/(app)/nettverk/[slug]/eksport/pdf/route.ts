import { readOverviewParams } from "~/app/(app)/nettverk/[slug]/overview-params";
import { translator } from "~/lib/i18n/translate";
import { exportLocales } from "~/server/export/http";
import { loadNetworkOverviewForExport, networkFilename } from "~/server/export/network-http";
import { pdfDownload } from "~/server/export/pdf";

type Context = { params: Promise<{ slug: string }> };

/**
 * The overview on A4 landscape: Chromium prints the print view (../../utskrift) as the caller.
 * Access is checked here first, through the API like the page.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const { view, sort } = readOverviewParams(new URL(request.url).searchParams);
  const { person: locale } = await exportLocales(request);
  const { refusal } = await loadNetworkOverviewForExport(slug, view, sort, locale);
  if (refusal) return refusal;
  return pdfDownload(
    request,
    `/nettverk/${encodeURIComponent(slug)}/utskrift?visning=${view}&sorter=${sort}`,
    networkFilename(slug, "pdf"),
    translator(locale, "network")("export.pdfUnavailable"),
    { landscape: true, locale },
  );
}
