import { translator } from "~/lib/i18n/translate";
import { filenamePart } from "~/server/export/labels";
import { exportLocales, loadForExport, textResponse } from "~/server/export/http";
import { pdfDownload } from "~/server/export/pdf";

type Context = { params: Promise<{ slug: string; ar: string }> };

/**
 * A lederavtale version as a PDF (?versjon=<id>, else the year's newest; ?sprak=nb|nn, else the
 * exporter's language, and an unknown value is that too): Chromium prints the print view
 * (../../utskrift) as the caller, with the document language as its `sprak` cookie. Access is
 * checked here first, through the API like the pages, so a refusal is a 401, 403 or 404 with a
 * short text (in the exporter's own language) and never reaches the browser. The print view is
 * asked for the version found here, so the file is that version even if a newer one is made meanwhile.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, ar } = await params;
  const { person, document } = await exportLocales(request);
  const t = translator(person, "agreement");
  if (!/^\d{4}$/.test(ar)) return textResponse(404, t("errors.notFound"));
  const year = Number(ar);
  const versionId = new URL(request.url).searchParams.get("versjon") || undefined;

  const { data, refusal } = await loadForExport((api) => api.leaderAgreement.year({ partnership: slug, year, versionId }), {
    unauthorized: t("export.unauthorized"),
    forbidden: t("export.forbidden"),
    notFound: t("errors.notFound"),
  });
  if (refusal) return refusal;
  const agreement = data.current;
  if (!agreement) return textResponse(404, t("errors.notFound"));

  return pdfDownload(
    request,
    `/partnerskap/${encodeURIComponent(slug)}/lederavtale/${year}/utskrift?versjon=${encodeURIComponent(agreement.id)}`,
    `lederavtale-${filenamePart(slug)}-${year}-v${agreement.versionNo}.pdf`,
    t("export.unavailable"),
    { locale: document },
  );
}
