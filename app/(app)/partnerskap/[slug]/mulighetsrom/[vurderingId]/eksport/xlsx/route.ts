import { exportFilename } from "~/server/export/labels";
import { attachmentHeaders, loadReportForExport } from "~/server/export/http";
import { assessmentWorkbook, XLSX_CONTENT_TYPE } from "~/server/export/xlsx";

type Context = { params: Promise<{ slug: string; vurderingId: string }> };

/** The assessment's scores and actions as a spreadsheet; refused exactly where the pages are. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug, vurderingId } = await params;
  const { report, refusal } = await loadReportForExport(slug, vurderingId);
  if (refusal) return refusal;

  const workbook = await assessmentWorkbook(report);
  return new Response(workbook, {
    headers: attachmentHeaders(exportFilename(slug, report.assessment.heldOn, "xlsx"), XLSX_CONTENT_TYPE, workbook.byteLength),
  });
}
