import { exportFilename } from "~/server/export/labels";
import { attachmentHeaders, exportLocales, loadReportForExport } from "~/server/export/http";
import { assessmentWorkbook, XLSX_CONTENT_TYPE } from "~/server/export/xlsx";

type Context = { params: Promise<{ slug: string; vurderingId: string }> };

/**
 * The assessment's scores and actions as a spreadsheet; refused exactly where the pages are. In the
 * document language (?sprak=nb|nn, else the exporter's own); refusals in the exporter's.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, vurderingId } = await params;
  const { person, document } = await exportLocales(request);
  const { report, refusal } = await loadReportForExport(slug, vurderingId, person);
  if (refusal) return refusal;

  const workbook = await assessmentWorkbook(report, document);
  return new Response(workbook, {
    headers: attachmentHeaders(exportFilename(slug, report.assessment.heldOn, "xlsx"), XLSX_CONTENT_TYPE, workbook.byteLength),
  });
}
