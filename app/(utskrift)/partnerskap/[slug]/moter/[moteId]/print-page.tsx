import type { Metadata } from "next";
import NextLink from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
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
  const [view, t, locale] = await Promise.all([loadMeeting(slug, meetingId), getTranslations("meetings.print"), getLocale()]);
  const draft = kind === "referat" && !view.meeting.minutesLockedAt ? "yes" : "no";
  return {
    title: { absolute: t("title", { kind, title: view.meeting.title, date: formatDate(view.meeting.date, locale), draft, office: view.officeName }) },
  };
}

export async function MeetingPrintPage({ slug, meetingId, kind }: { slug: string; meetingId: string; kind: Kind }) {
  const [view, t] = await Promise.all([loadMeeting(slug, meetingId), getTranslations("meetings.print")]);
  const base = `/partnerskap/${slug}/moter/${meetingId}`;
  return (
    <>
      {/* Hidden when printed, and so in the PDF. */}
      <nav aria-label={t("nav")} className="utskrift-verktoy">
        <NextLink className="aksel-link" href={base}>
          {t("back")}
        </NextLink>
        <a className="aksel-link" href={`${base}/eksport/${kind}.pdf`}>
          {t("pdf")}
        </a>
        <span>{t("howTo")}</span>
      </nav>
      <main id="hovedinnhold">
        <MeetingDocument view={view} kind={kind} printedAt={new Date()} />
      </main>
    </>
  );
}
