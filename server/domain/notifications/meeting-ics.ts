/**
 * A partnerskapsmøte as an iTIP message (RFC 5546) for the invitation mail: METHOD:REQUEST for
 * the invitation and every update, METHOD:CANCEL when it is cancelled or a person is taken off
 * it. The UID is the meeting's, so a calendar replaces its entry instead of adding another;
 * SEQUENCE is the meeting's version column, which every change increments, so each message
 * counts higher than the one before. Formatting (escaping, folding, CRLF) is the årshjul
 * writer's (annual-cycle/ical-writer.ts).
 */
import { osloLocalToUtc, addDays } from "~/lib/dates";
import { fold, text, utcStamp } from "~/server/domain/annual-cycle/ical-writer";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface MeetingCalendarEntry {
  meetingId: string;
  title: string;
  /** yyyy-mm-dd and hh:mm, Oslo time. */
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string;
  description: string;
  /** Absolute link to the meeting's page. */
  url: string;
  sequence: number;
  organizer: CalendarPerson;
  attendees: readonly CalendarPerson[];
  method: "REQUEST" | "CANCEL";
  /** The recipient's language, for the words the app adds («Avlyst: …»); bokmål when absent. */
  locale?: Locale;
}

/** A meeting with a start and no end is given an hour, so calendars block the time. */
const DEFAULT_MINUTES = 60;

export const meetingUid = (meetingId: string) => `mote-${meetingId}@partnerskapsrommet`;

/** A parameter value (CN) is quoted; quotes and line breaks cannot appear inside one. */
const param = (value: string) => `"${value.replace(/["\r\n]/g, "").trim()}"`;
const mailto = (email: string) => `mailto:${email.trim()}`;

function when(entry: MeetingCalendarEntry): string[] {
  if (!entry.startTime) {
    const start = entry.date.replace(/-/g, "");
    return [`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${addDays(entry.date, 1).replace(/-/g, "")}`];
  }
  const start = osloLocalToUtc(entry.date, entry.startTime).getTime();
  const end = entry.endTime ? osloLocalToUtc(entry.date, entry.endTime).getTime() : start + DEFAULT_MINUTES * 60_000;
  return [`DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(end)}`];
}

export function meetingIcs(entry: MeetingCalendarEntry, now = Date.now()): string {
  const cancelled = entry.method === "CANCEL";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Partnerskapsrommet//Moter//NO",
    "CALSCALE:GREGORIAN",
    `METHOD:${entry.method}`,
    "BEGIN:VEVENT",
    `UID:${meetingUid(entry.meetingId)}`,
    `SEQUENCE:${entry.sequence}`,
    `DTSTAMP:${utcStamp(now)}`,
    ...when(entry),
    `SUMMARY:${text(cancelled ? translator(entry.locale ?? "nb", "meetings")("ics.cancelled", { title: entry.title }) : entry.title)}`,
    `STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`,
  ];
  if (entry.place) lines.push(`LOCATION:${text(entry.place)}`);
  if (entry.description) lines.push(`DESCRIPTION:${text(entry.description)}`);
  lines.push(`URL:${entry.url}`, `ORGANIZER;CN=${param(entry.organizer.name)}:${mailto(entry.organizer.email)}`);
  for (const person of entry.attendees) {
    // RSVP=FALSE: the app records attendance itself; answers would only land in the organiser's inbox.
    lines.push(`ATTENDEE;CN=${param(person.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(person.email)}`);
  }
  lines.push("END:VEVENT", "END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
