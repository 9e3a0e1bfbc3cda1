import { translator } from "~/lib/i18n/translate";
import { gatheringReportFilename, loadGatheringReportForExport } from "~/server/export/gathering-http";
import { exportLocales } from "~/server/export/http";
import { pdfDownload } from "~/server/export/pdf";

type Context = { params: Promise<{ slug: string; id: string }> };

/**
 * The samling's report as a PDF: access is checked here first, then Chromium prints the print
 * view (app/(utskrift)/nettverk/[slug]/samling/[id]/utskrift) as the caller.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, id } = await params;
  const { person: locale } = await exportLocales(request);
  const { report, refusal } = await loadGatheringReportForExport(slug, id, locale);
  if (refusal) return refusal;
  return pdfDownload(
    request,
    `/nettverk/${encodeURIComponent(slug)}/samling/${encodeURIComponent(report.gathering.id)}/utskrift`,
    gatheringReportFilename(report, "pdf"),
    translator(locale, "workshop")("doc.pdfUnavailable"),
    { locale },
  );
}
