import { planFilename } from "~/server/export/plan-wording";
import { loadPlanForExport, pdfUnavailableText } from "~/server/export/plan-http";
import { pdfDownload } from "~/server/export/pdf";

type Context = { params: Promise<{ slug: string; ar: string }> };

/**
 * A virksomhetsplan version as a PDF (?versjon=<id>, else the year's newest; ?sprak=nb|nn, else
 * the exporter's language): Chromium prints the print view (../../utskrift) as the caller, with
 * the document language as its `sprak` cookie, and the title and "Side X av Y" at the foot of
 * every page. Access is checked here first, through the API like the pages, so a refusal never
 * reaches the browser. The print view is asked for the version found here, so the file is that
 * version even if a newer one is started meanwhile.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, ar } = await params;
  const { doc, locale, refusal } = await loadPlanForExport(request, slug, ar);
  if (refusal) return refusal;
  const { version } = doc.snapshot;

  return pdfDownload(
    request,
    `/partnerskap/${encodeURIComponent(slug)}/virksomhetsplan/${doc.year}/utskrift?versjon=${encodeURIComponent(version.id)}`,
    planFilename(slug, doc.year, version.versionNo, "pdf"),
    await pdfUnavailableText(request),
    { locale },
  );
}
