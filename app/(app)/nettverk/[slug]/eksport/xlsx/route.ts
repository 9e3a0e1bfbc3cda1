import { attachmentHeaders, exportLocales } from "~/server/export/http";
import { loadNetworkOverviewForExport, networkFilename } from "~/server/export/network-http";
import { networkOverviewWorkbook } from "~/server/export/network-xlsx";
import { XLSX_CONTENT_TYPE } from "~/server/export/xlsx";

type Context = { params: Promise<{ slug: string }> };

/** The overview (both views) as a spreadsheet; refused exactly where the page is. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const { person: locale } = await exportLocales(request);
  const { data, refusal } = await loadNetworkOverviewForExport(slug, "status", "nr", locale);
  if (refusal) return refusal;
  const workbook = await networkOverviewWorkbook(data, data.overview, new Date(), locale);
  return new Response(workbook, { headers: attachmentHeaders(networkFilename(slug, "xlsx"), XLSX_CONTENT_TYPE, workbook.byteLength) });
}
