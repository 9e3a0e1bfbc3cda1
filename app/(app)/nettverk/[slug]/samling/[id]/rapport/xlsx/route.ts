import { attachmentHeaders, exportLocales } from "~/server/export/http";
import { gatheringReportFilename, loadGatheringReportForExport } from "~/server/export/gathering-http";
import { gatheringWorkbook } from "~/server/export/gathering-xlsx";
import { XLSX_CONTENT_TYPE } from "~/server/export/xlsx";

type Context = { params: Promise<{ slug: string; id: string }> };

/** The samling's report as a spreadsheet; for the network's facilitators and the people who may see the network. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, id } = await params;
  const { person: locale } = await exportLocales(request);
  const { report, refusal } = await loadGatheringReportForExport(slug, id, locale);
  if (refusal) return refusal;
  const workbook = await gatheringWorkbook(report, locale);
  return new Response(workbook, {
    headers: attachmentHeaders(gatheringReportFilename(report, "xlsx"), XLSX_CONTENT_TYPE, workbook.byteLength),
  });
}
