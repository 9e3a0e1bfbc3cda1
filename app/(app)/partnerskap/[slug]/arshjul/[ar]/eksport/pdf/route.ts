import { loadForExport, textResponse } from "~/server/export/http";
import { pdfDownload } from "~/server/export/pdf";
import { cycleText } from "~/server/domain/annual-cycle/texts";
import { requestLocale } from "~/server/i18n/request-locale";

type Context = { params: Promise<{ slug: string; ar: string }> };

/**
 * The wheel and the list on one A4 landscape page: Chromium prints the print view (../../utskrift)
 * as the caller. Access is checked here first, through the API like the page.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, ar } = await params;
  const locale = await requestLocale();
  const t = cycleText(locale);
  if (!/^\d{4}$/.test(ar)) return textResponse(404, t("download.notFound"));
  const year = Number(ar);
  const { refusal } = await loadForExport((api) => api.annualCycle.year({ partnership: slug, year }), {
    unauthorized: t("download.unauthorized"),
    forbidden: t("download.forbidden"),
    notFound: t("download.notFound"),
  });
  if (refusal) return refusal;
  return pdfDownload(
    request,
    `/partnerskap/${encodeURIComponent(slug)}/arshjul/${year}/utskrift`,
    `arshjul-${slug.replace(/[^a-z0-9-]/g, "")}-${year}.pdf`,
    t("download.pdfUnavailable"),
    { landscape: true, locale },
  );
}
