import { exportFilename } from "~/server/export/labels";
import { exportLocales, loadReportForExport } from "~/server/export/http";
import { pdfDownload } from "~/server/export/pdf";
import { translator } from "~/lib/i18n/translate";

type Context = { params: Promise<{ slug: string; vurderingId: string }> };

/**
 * The assessment as a PDF: Chromium prints the print view (../../utskrift) as the caller.
 * Access is checked here first, through the API like the pages, so a refusal is a 401, 403 or
 * 404 with a short text and never reaches the browser. The document is in the document language
 * (?sprak=nb|nn, else the exporter's own); a failure is told in the exporter's language.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, vurderingId } = await params;
  const { report, refusal } = await loadReportForExport(slug, vurderingId);
  if (refusal) return refusal;

  const { person, document } = await exportLocales(request);
  return pdfDownload(
    request,
    `/partnerskap/${encodeURIComponent(slug)}/mulighetsrom/${encodeURIComponent(report.assessment.id)}/utskrift`,
    exportFilename(slug, report.assessment.heldOn, "pdf"),
    translator(person, "mulighetsrom")("errors.pdfUnavailable"),
    { locale: document },
  );
}
