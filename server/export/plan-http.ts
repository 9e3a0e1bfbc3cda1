import "server-only";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import type { PlanDocument } from "~/server/domain/business-plan/view";
import { exportLocales, loadForExport, textResponse } from "./http";

/**
 * The plan document for an export route (`/…/virksomhetsplan/[ar]/eksport/*?versjon=<id>&sprak=nb|nn`),
 * read through the API exactly as the print view reads it, so an export is refused where the
 * page would be: 401, 403 or 404 with a short text in the exporter's language. `locale` is the
 * document's language: `?sprak=` when it names one, else the exporter's (ADR 0018).
 */
export async function loadPlanForExport(
  request: Request,
  slug: string,
  ar: string,
): Promise<{ doc: PlanDocument; locale: Locale; refusal?: never } | { doc?: never; locale?: never; refusal: Response }> {
  const { person, document } = await exportLocales(request);
  const t = translator(person, "plan");
  const notFound = () => ({ refusal: textResponse(404, t("export.notFound")) });
  if (!/^\d{4}$/.test(ar)) return notFound();
  const year = Number(ar);
  const versionId = new URL(request.url).searchParams.get("versjon") || undefined;
  const { data, refusal } = await loadForExport((api) => api.businessPlan.document({ partnership: slug, year, versionId }), {
    unauthorized: t("export.unauthorized"),
    forbidden: t("export.forbidden"),
    notFound: t("export.notFound"),
  }, document);
  if (refusal) return { refusal };
  if (!data) return notFound();
  return { doc: data, locale: document };
}

/** Why there is no PDF right now, in the exporter's language (the 503 answer). */
export async function pdfUnavailableText(request: Request): Promise<string> {
  const { person } = await exportLocales(request);
  return translator(person, "plan")("export.pdfUnavailable");
}
