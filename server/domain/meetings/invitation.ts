/**
 * The innkalling as plain text the Nav-leder pastes into an email: date, time, place,
 * participants, the agenda with "Oppfølging fra forrige møte" first, and the links. Plain
 * Norwegian, no formatting that an email client could mangle.
 */
import { FOLLOW_UP_HEADING } from "./standard-agenda";
import { followUpStatusLabels, type FollowUpStatus } from "~/lib/meetings";

const weekday = new Intl.DateTimeFormat("nb-NO", { weekday: "long", timeZone: "UTC" });

/** "2026-10-20" → "tirsdag 20.10.2026". */
export function longDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${weekday.format(date)} ${d}.${m}.${y}`;
}

export const shortDate = (isoDate: string) => {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${d}.${m}.${y}`;
};

export function timeSpan(startTime: string | null, endTime: string | null): string {
  if (startTime && endTime) return `kl. ${startTime}–${endTime}`;
  if (startTime) return `kl. ${startTime}`;
  return "";
}

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

export function followUpLine(f: InvitationSource["carried"][number]): string {
  const bits = [f.ownerName ? `ansvarlig ${f.ownerName}` : "ingen ansvarlig", f.deadline ? `frist ${shortDate(f.deadline)}` : null];
  const status = f.overdue ? "forfalt" : followUpStatusLabels[f.status].toLowerCase();
  return `${f.text} (${bits.filter(Boolean).join(", ")}; ${status})`;
}

export function invitationText(source: InvitationSource): string {
  const { meeting } = source;
  const when = [longDate(meeting.date), timeSpan(meeting.startTime, meeting.endTime)].filter(Boolean).join(" ");
  const lines: string[] = [
    `Innkalling: ${meeting.title}`,
    source.officeName,
    "",
    `Tid: ${when}`,
    `Sted: ${meeting.place || "kommer"}`,
    "",
    "Deltakere:",
    ...source.participants.map((p) => `- ${p.name}${p.roles.length > 0 ? `, ${p.roles.join(" og ").toLowerCase()}` : ""}`),
    "",
    "Saksliste:",
  ];
  let no = 1;
  lines.push(`${no}. ${FOLLOW_UP_HEADING}`);
  if (source.carried.length === 0) lines.push("   Ingen åpne oppfølgingspunkter.");
  for (const f of source.carried) lines.push(`   - ${followUpLine(f)}`);
  for (const item of source.agenda) {
    no += 1;
    const head = [item.time, item.title].filter(Boolean).join(" ");
    lines.push(`${no}. ${head}${item.responsible ? ` (ansvarlig: ${item.responsible})` : ""}`);
    if (item.description) lines.push(`   ${item.description}`);
    for (const link of item.links) lines.push(`   Les: ${link.title}: ${link.url}`);
  }
  lines.push(
    "",
    "Saksdokumentene, virksomhetsplanen og siste vurdering i mulighetsrommet finner dere i Partnerskapsrommet.",
    "Gi beskjed hvis du ikke kan komme, eller hvis du vil ha en sak på sakslisten.",
    "",
    "Vennlig hilsen",
    source.senderName,
    source.officeName,
  );
  return lines.join("\n");
}
