import "server-only";
import type { PlanDocument } from "~/server/domain/business-plan/view";
import { loadForExport, textResponse } from "./http";

const NOT_FOUND = "Fant ikke virksomhetsplanen.";

/**
 * The plan document for an export route (`/…/virksomhetsplan/[ar]/eksport/*?versjon=<id>`),
 * read through the API exactly as the print view reads it, so an export is refused where the
 * page would be: 401, 403 or 404 with a short Norwegian text.
 */
export async function loadPlanForExport(
  request: Request,
  slug: string,
  ar: string,
): Promise<{ doc: PlanDocument; refusal?: never } | { doc?: never; refusal: Response }> {
  if (!/^\d{4}$/.test(ar)) return { refusal: textResponse(404, NOT_FOUND) };
  const year = Number(ar);
  const versionId = new URL(request.url).searchParams.get("versjon") || undefined;
  const { data, refusal } = await loadForExport((api) => api.businessPlan.document({ partnership: slug, year, versionId }), {
    unauthorized: "Du må logge inn for å laste ned virksomhetsplanen.",
    forbidden: "Du har ikke tilgang til denne virksomhetsplanen.",
    notFound: NOT_FOUND,
  });
  if (refusal) return { refusal };
  if (!data) return { refusal: textResponse(404, NOT_FOUND) };
  return { doc: data };
}
