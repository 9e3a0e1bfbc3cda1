import type { Metadata } from "next";
import NextLink from "next/link";
import { cache } from "react";
import { formatDate } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { MeetingDocument } from "./meeting-document";

type Kind = "innkalling" | "referat";

/** One read per request, shared by the page and its title. */
const loadMeeting = cache(async (slug: string, meetingId: string) => {
  const api = await getServerCaller();
  return loadOrInterrupt(() => api.meeting.get({ partnership: slug, meetingId }));
});

// The title becomes the PDF's document title and its footer on every page; a draft says so.
export async function meetingPrintTitle(slug: string, meetingId: string, kind: Kind): Promise<Metadata> {
  const view = await loadMeeting(slug, meetingId);
  const draft = kind === "referat" && !view.meeting.minutesLockedAt ? " (UTKAST – ikke godkjent)" : "";
  const what = kind === "referat" ? "Referat" : "Innkalling";
  return { title: { absolute: `${what}: ${view.meeting.title} ${formatDate(view.meeting.date)}${draft} – ${view.officeName}` } };
}

export async function MeetingPrintPage({ slug, meetingId, kind }: { slug: string; meetingId: string; kind: Kind }) {
  const view = await loadMeeting(slug, meetingId);
  const base = `/partnerskap/${slug}/moter/${meetingId}`;
  return (
    <>
      {/* Hidden when printed, and so in the PDF. */}
      <nav aria-label="Utskrift" className="utskrift-verktoy">
        <NextLink className="aksel-link" href={base}>
          Tilbake til møtet
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/${kind}.pdf`}>
          Last ned som PDF
        </a>
        <span>Bruk nettleserens utskrift (Ctrl+P) for å skrive ut siden.</span>
      </nav>
      <main id="hovedinnhold">
        <MeetingDocument view={view} kind={kind} printedAt={new Date()} />
      </main>
    </>
  );
}
