import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { writeCalendar } from "./ical-writer";

const parse = (text: string) =>
  new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

describe("the iCalendar writer", () => {
  const long = "Møte om økonomisk sosialhjelp, kvalifiseringsprogrammet; ærlig talt – også med «sitater» og 😀 ".repeat(3);
  const text = writeCalendar(
    [
      {
        uid: "a@partnerskapsrommet",
        title: long,
        description: "Første linje\nAndre linje med \\ skråstrek",
        categories: ["Plan og styring", "Budsjett, kommune"],
        url: "https://example.no/partnerskap/grimstad/moter/1",
        location: "Rådhuset; møterom 2",
        start: { instant: Date.UTC(2026, 3, 21, 7, 0) },
        end: { instant: Date.UTC(2026, 3, 21, 9, 30) },
      },
      { uid: "b@partnerskapsrommet", title: "Heldagsting", description: "", categories: [], start: { date: "2026-12-31" }, end: { date: "2027-01-01" } },
    ],
    "Årshjul, Nav Grimstad",
    Date.UTC(2026, 10, 23, 12, 0),
  );

  it("folds every line at 75 octets with CRLF and a space, never splitting a character", () => {
    const lines = text.split("\r\n");
    expect(text.endsWith("\r\n")).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(text).not.toContain("\uFFFD");
  });

  it("reads back exactly with an independent parser: text, escapes, times and all-day dates", () => {
    const [meeting, allDay] = parse(text);
    expect(meeting!.summary).toBe(long);
    expect(meeting!.description).toBe("Første linje\nAndre linje med \\ skråstrek");
    expect(meeting!.location).toBe("Rådhuset; møterom 2");
    expect(meeting!.startDate.toJSDate().toISOString()).toBe("2026-04-21T07:00:00.000Z");
    expect(meeting!.endDate.toJSDate().toISOString()).toBe("2026-04-21T09:30:00.000Z");
    expect(allDay!.startDate.isDate).toBe(true);
    expect(allDay!.startDate.toString()).toBe("2026-12-31");
    expect(allDay!.endDate.toString()).toBe("2027-01-01");
  });
});
