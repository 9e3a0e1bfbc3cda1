import "server-only";
import type { MeetingView } from "~/server/domain/meetings/view";
import { filenamePart } from "./labels";
import { loadForExport } from "./http";
import { pdfDownload } from "./pdf";

type Kind = "innkalling" | "referat";

/**
 * A meeting's innkalling or referat as a PDF: access is checked first, through the API like the
 * pages (401, 403 or 404 with a short Norwegian text), then Chromium prints the print view as
 * the caller (app/(utskrift)/partnerskap/[slug]/moter/[moteId]/<kind>).
 */
export async function meetingPdf(request: Request, slug: string, meetingId: string, kind: Kind): Promise<Response> {
  const { data, refusal } = await loadForExport<MeetingView>((api) => api.meeting.get({ partnership: slug, meetingId }), {
    unauthorized: `Du må logge inn for å laste ned ${kind === "referat" ? "referatet" : "innkallingen"}.`,
    forbidden: "Du har ikke tilgang til dette møtet.",
    notFound: "Fant ikke møtet.",
  });
  if (refusal) return refusal;
  return pdfDownload(
    request,
    `/partnerskap/${encodeURIComponent(slug)}/moter/${encodeURIComponent(data.meeting.id)}/${kind}`,
    `${kind}-${filenamePart(slug)}-${data.meeting.date}.pdf`,
    "PDF-eksport er ikke tilgjengelig på denne serveren akkurat nå. Du kan skrive ut utskriftsvisningen fra nettleseren i stedet.",
  );
}
