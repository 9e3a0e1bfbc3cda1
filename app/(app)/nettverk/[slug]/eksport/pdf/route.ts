import { readOverviewParams } from "~/app/(app)/nettverk/[slug]/overview-params";
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
  const { refusal } = await loadNetworkOverviewForExport(slug, view, sort);
  if (refusal) return refusal;
  return pdfDownload(
    request,
    `/nettverk/${encodeURIComponent(slug)}/utskrift?visning=${view}&sorter=${sort}`,
    networkFilename(slug, "pdf"),
    "PDF-eksport er ikke tilgjengelig på denne serveren akkurat nå. Du kan skrive ut utskriftsvisningen fra nettleseren i stedet, eller laste ned regnearket.",
    { landscape: true },
  );
}
