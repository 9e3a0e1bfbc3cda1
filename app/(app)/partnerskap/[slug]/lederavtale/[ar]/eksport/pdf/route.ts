import { filenamePart } from "~/server/export/labels";
import { loadForExport, textResponse } from "~/server/export/http";
import { pdfDownload } from "~/server/export/pdf";

type Context = { params: Promise<{ slug: string; ar: string }> };

const NOT_FOUND = "Fant ikke lederavtalen.";

/**
 * A lederavtale version as a PDF (?versjon=<id>, else the year's newest): Chromium prints the
 * print view (../../utskrift) as the caller. Access is checked here first, through the API
 * like the pages, so a refusal is a 401, 403 or 404 with a short text and never reaches the
 * browser. The print view is asked for the version found here, so the file is that version
 * even if a newer one is made meanwhile.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, ar } = await params;
  if (!/^\d{4}$/.test(ar)) return textResponse(404, NOT_FOUND);
  const year = Number(ar);
  const versionId = new URL(request.url).searchParams.get("versjon") || undefined;

  const { data, refusal } = await loadForExport((api) => api.leaderAgreement.year({ partnership: slug, year, versionId }), {
    unauthorized: "Du må logge inn for å laste ned lederavtalen.",
    forbidden: "Du har ikke tilgang til denne lederavtalen.",
    notFound: NOT_FOUND,
  });
  if (refusal) return refusal;
  const agreement = data.current;
  if (!agreement) return textResponse(404, NOT_FOUND);

  return pdfDownload(
    request,
    `/partnerskap/${encodeURIComponent(slug)}/lederavtale/${year}/utskrift?versjon=${encodeURIComponent(agreement.id)}`,
    `lederavtale-${filenamePart(slug)}-${year}-v${agreement.versionNo}.pdf`,
    "PDF-eksport er ikke tilgjengelig på denne serveren akkurat nå. Du kan skrive ut utskriftsvisningen " +
      "fra nettleseren i stedet.",
  );
}
