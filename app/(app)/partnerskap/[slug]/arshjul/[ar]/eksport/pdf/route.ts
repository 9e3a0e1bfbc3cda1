import { loadForExport, textResponse } from "~/server/export/http";
import { pdfDownload } from "~/server/export/pdf";

type Context = { params: Promise<{ slug: string; ar: string }> };

const NOT_FOUND = "Fant ikke årshjulet.";

/**
 * The wheel and the list on one A4 landscape page: Chromium prints the print view (../../utskrift)
 * as the caller. Access is checked here first, through the API like the page.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, ar } = await params;
  if (!/^\d{4}$/.test(ar)) return textResponse(404, NOT_FOUND);
  const year = Number(ar);
  const { refusal } = await loadForExport((api) => api.annualCycle.year({ partnership: slug, year }), {
    unauthorized: "Du må logge inn for å laste ned årshjulet.",
    forbidden: "Du har ikke tilgang til dette årshjulet.",
    notFound: NOT_FOUND,
  });
  if (refusal) return refusal;
  return pdfDownload(
    request,
    `/partnerskap/${encodeURIComponent(slug)}/arshjul/${year}/utskrift`,
    `arshjul-${slug.replace(/[^a-z0-9-]/g, "")}-${year}.pdf`,
    "PDF-eksport er ikke tilgjengelig på denne serveren akkurat nå. Du kan skrive ut utskriftsvisningen fra nettleseren i stedet.",
    { landscape: true },
  );
}
