import "server-only";
import type { MeetingView } from "~/server/domain/meetings/view";
import { filenamePart } from "./labels";
import { loadForExport } from "./http";
import { pdfDownload } from "./pdf";
import { translator } from "~/lib/i18n/translate";
import { requestLocale } from "~/server/i18n/request-locale";

type Kind = "innkalling" | "referat";

/**
 * A meeting's innkalling or referat as a PDF: access is checked first, through the API like the
 * pages (401, 403 or 404 with a short text in the caller's language), then Chromium prints the print view as
 * the caller (app/(utskrift)/partnerskap/[slug]/moter/[moteId]/<kind>).
 */
export async function meetingPdf(request: Request, slug: string, meetingId: string, kind: Kind): Promise<Response> {
  const locale = await requestLocale();
  const t = translator(locale, "meetings");
  const { data, refusal } = await loadForExport<MeetingView>((api) => api.meeting.get({ partnership: slug, meetingId }), {
    unauthorized: t(kind === "referat" ? "download.unauthorizedReferat" : "download.unauthorizedInnkalling"),
    forbidden: t("download.forbidden"),
    notFound: t("download.notFound"),
  });
  if (refusal) return refusal;
  return pdfDownload(
    request,
    `/partnerskap/${encodeURIComponent(slug)}/moter/${encodeURIComponent(data.meeting.id)}/${kind}`,
    `${kind}-${filenamePart(slug)}-${data.meeting.date}.pdf`,
    t("download.pdfUnavailable"),
    { locale },
  );
}
