import { gatheringReportFilename, loadGatheringReportForExport } from "~/server/export/gathering-http";
import { pdfDownload } from "~/server/export/pdf";

type Context = { params: Promise<{ slug: string; id: string }> };

/**
 * The samling's report as a PDF: access is checked here first, then Chromium prints the print
 * view (app/(utskrift)/nettverk/[slug]/samling/[id]/utskrift) as the caller.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, id } = await params;
  const { report, refusal } = await loadGatheringReportForExport(slug, id);
  if (refusal) return refusal;
  return pdfDownload(
    request,
    `/nettverk/${encodeURIComponent(slug)}/samling/${encodeURIComponent(report.gathering.id)}/utskrift`,
    gatheringReportFilename(report, "pdf"),
    "PDF-eksport er ikke tilgjengelig på denne serveren akkurat nå. Du kan skrive ut utskriftsvisningen fra nettleseren i stedet, eller laste ned rapporten som regneark.",
  );
}
