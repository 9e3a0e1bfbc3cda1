import { exportFilename } from "~/server/export/labels";
import { loadReportForExport } from "~/server/export/http";
import { pdfDownload } from "~/server/export/pdf";

type Context = { params: Promise<{ slug: string; vurderingId: string }> };

/**
 * The assessment as a PDF: Chromium prints the print view (../../utskrift) as the caller.
 * Access is checked here first, through the API like the pages, so a refusal is a 401, 403 or
 * 404 with a short text and never reaches the browser.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, vurderingId } = await params;
  const { report, refusal } = await loadReportForExport(slug, vurderingId);
  if (refusal) return refusal;

  return pdfDownload(
    request,
    `/partnerskap/${encodeURIComponent(slug)}/mulighetsrom/${encodeURIComponent(report.assessment.id)}/utskrift`,
    exportFilename(slug, report.assessment.heldOn, "pdf"),
    "PDF-eksport er ikke tilgjengelig på denne serveren akkurat nå. Du kan skrive ut utskriftsvisningen " +
      "fra nettleseren i stedet, eller laste ned tallene som regneark.",
  );
}
