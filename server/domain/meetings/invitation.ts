/**
 * The innkalling as plain text the Nav-leder pastes into an email: date, time, place,
 * participants, the agenda with "Oppfølging fra forrige møte" first, and the links. Plain
 * text, no formatting that an email client could mangle, in the language asked for (ADR 0018).
 */
import { formatWeekday } from "~/lib/format";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import type { FollowUpStatus } from "~/lib/meetings";

export const shortDate = (isoDate: string) => {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${d}.${m}.${y}`;
};

/** "2026-10-20" → "tirsdag 20.10.2026" (nynorsk: "tysdag 20.10.2026"). */
export function longDate(isoDate: string, locale: Locale = defaultLocale): string {
  return `${formatWeekday(isoDate, locale)} ${shortDate(isoDate)}`;
}

export function timeSpan(startTime: string | null, endTime: string | null, locale: Locale = defaultLocale): string {
  const t = translator(locale, "meetings");
  if (startTime && endTime) return t("time.span", { start: startTime, end: endTime });
  if (startTime) return t("time.start", { start: startTime });
  return "";
}

/** The heading of the agenda's first, computed point. */
export const followUpHeading = (locale: Locale = defaultLocale) => translator(locale, "meetings")("followUpHeading");

export interface InvitationSource {
  officeName: string;
  meeting: { title: string; date: string; startTime: string | null; endTime: string | null; place: string };
  participants: readonly { name: string; roles: readonly string[] }[];
  agenda: readonly {
    time: string | null;
    title: string;
    responsible: string;
    description: string;
    links: readonly { title: string; url: string }[];
  }[];
  carried: readonly { text: string; ownerName: string | null; deadline: string | null; status: FollowUpStatus; overdue: boolean }[];
  senderName: string;
}

export function followUpLine(f: InvitationSource["carried"][number], locale: Locale = defaultLocale): string {
  const t = translator(locale, "meetings");
  const bits = [
    f.ownerName ? t("followUpLine.owner", { name: f.ownerName }) : t("followUpLine.noOwner"),
    f.deadline ? t("followUpLine.deadline", { date: shortDate(f.deadline) }) : null,
  ];
  const status = f.overdue ? t("followUpLine.overdue") : t(`followUpStatus.${f.status}`).toLowerCase();
  return `${f.text} (${bits.filter(Boolean).join(", ")}; ${status})`;
}

export function invitationText(source: InvitationSource, locale: Locale = defaultLocale): string {
  const t = translator(locale, "meetings");
  const { meeting } = source;
  const when = [longDate(meeting.date, locale), timeSpan(meeting.startTime, meeting.endTime, locale)].filter(Boolean).join(" ");
  const and = ` ${t("invitation.and")} `;
  const lines: string[] = [
    t("invitation.heading", { title: meeting.title }),
    source.officeName,
    "",
    t("invitation.time", { when }),
    t("invitation.place", { place: meeting.place || t("invitation.placeToCome") }),
    "",
    t("invitation.participants"),
    ...source.participants.map((p) => `- ${p.name}${p.roles.length > 0 ? `, ${p.roles.join(and).toLowerCase()}` : ""}`),
    "",
    t("invitation.agenda"),
  ];
  let no = 1;
  lines.push(`${no}. ${t("followUpHeading")}`);
  if (source.carried.length === 0) lines.push(`   ${t("invitation.noFollowUps")}`);
  for (const f of source.carried) lines.push(`   - ${followUpLine(f, locale)}`);
  for (const item of source.agenda) {
    no += 1;
    const head = [item.time, item.title].filter(Boolean).join(" ");
    lines.push(`${no}. ${head}${item.responsible ? ` ${t("invitation.responsible", { name: item.responsible })}` : ""}`);
    if (item.description) lines.push(`   ${item.description}`);
    for (const link of item.links) lines.push(`   ${t("invitation.read", { title: link.title, url: link.url })}`);
  }
  lines.push("", t("invitation.documents"), t("invitation.reply"), "", t("invitation.regards"), source.senderName, source.officeName);
  return lines.join("\n");
}
