/**
 * A small iCalendar (RFC 5545) writer for the årshjul's feeds. We first used the `ics` package,
 * but it validates every event with a schema library and spent about 165 ms on a 500-event feed
 * (the target for the whole request is 200 ms); our events are built by our own code from
 * validated data, so what is left is formatting: escaping, folding and CRLF line ends.
 * ical.js parses the output back in the tests.
 */

/** A day (all-day events) or an instant in ms since the epoch (events with a time). */
export type CalendarTime = { date: string } | { instant: number };

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  categories: string[];
  url?: string;
  location?: string;
  start: CalendarTime;
  /** Exclusive: for all-day events the day after the last day. */
  end: CalendarTime;
}

/** TEXT values: backslash, semicolon, comma and newlines are escaped (RFC 5545 3.3.11). */
export const text = (value: string) =>
  value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

export const utcStamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

const time = (name: "DTSTART" | "DTEND", t: CalendarTime) =>
  "date" in t ? `${name};VALUE=DATE:${t.date.replace(/-/g, "")}` : `${name}:${utcStamp(t.instant)}`;

/** UTF-8 octets of one code point. */
const octetsOf = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character. */
export function fold(line: string): string {
  // Most lines are short: 25 UTF-16 units are at most 75 octets.
  if (line.length <= 25 || Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let i = 0;
  while (i < line.length) {
    const codePoint = line.codePointAt(i)!;
    const size = octetsOf(codePoint);
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += size;
    i += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join("\r\n ");
}

export function writeCalendar(events: readonly CalendarEvent[], calName: string, now = Date.now()): string {
  const stamp = utcStamp(now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Partnerskapsrommet//Arshjul//NO",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${text(calName)}`,
  ];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      time("DTSTART", e.start),
      time("DTEND", e.end),
      `SUMMARY:${text(e.title)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${text(e.description)}`);
    if (e.location) lines.push(`LOCATION:${text(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    if (e.categories.length > 0) lines.push(`CATEGORIES:${e.categories.map(text).join(",")}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
