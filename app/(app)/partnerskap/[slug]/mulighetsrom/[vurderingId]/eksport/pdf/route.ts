import { exportFilename } from "~/server/export/labels";
import { attachmentHeaders, loadReportForExport, textResponse } from "~/server/export/http";
import { PdfUnavailableError, renderPdf } from "~/server/export/pdf";

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

  const path = `/partnerskap/${encodeURIComponent(slug)}/mulighetsrom/${encodeURIComponent(report.assessment.id)}/utskrift`;
  try {
    const pdf = await renderPdf(path, request.headers.get("cookie"));
    return new Response(pdf, {
      headers: attachmentHeaders(
        exportFilename(slug, report.assessment.heldOn, "pdf"),
        "application/pdf",
        pdf.byteLength,
      ),
    });
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      console.error("PDF export unavailable:", error.cause ?? error.message);
      return textResponse(
        503,
        "PDF-eksport er ikke tilgjengelig på denne serveren akkurat nå. Du kan skrive ut utskriftsvisningen " +
          "fra nettleseren i stedet, eller laste ned tallene som regneark.",
        { "Retry-After": "60" },
      );
    }
    console.error("PDF export failed:", error);
    return textResponse(500, "Noe gikk galt da PDF-en skulle lages. Prøv igjen om litt.");
  }
}
