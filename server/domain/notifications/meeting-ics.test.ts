import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { meetingIcs, type MeetingCalendarEntry } from "./meeting-ics";

const entry = (over: Partial<MeetingCalendarEntry> = {}): MeetingCalendarEntry => ({
  meetingId: "m1",
  title: "Partnerskapsmøte; vår, 2027",
  date: "2027-03-30",
  startTime: "09:00",
  endTime: "11:30",
  place: "Rådhuset, møterom 1",
  description: `Saksliste:\n1. Oppfølging fra forrige møte\n2. ${"Virksomhetsplanen og budsjettet for neste år ".repeat(4)}`,
  url: "http://localhost:3000/partnerskap/grimstad/moter/m1",
  sequence: 4,
  organizer: { name: 'Nora "Leder"', email: "nora@grimstad.no" },
  attendees: [
    { name: "Kari Eier", email: "kari@grimstad.no" },
    { name: "Finn Fylke", email: "finn@nav.no" },
  ],
  method: "REQUEST",
  ...over,
});

const parse = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return { calendar, event: calendar.getFirstSubcomponent("vevent")! };
};

describe("meetingIcs", () => {
  it("writes an iTIP request that calendars read back: times in UTC from Oslo time, escaped text, organiser and attendees", () => {
    const ics = meetingIcs(entry(), Date.UTC(2027, 0, 1));
    expect(ics.endsWith("\r\n")).toBe(true);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const { calendar, event } = parse(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.getFirstPropertyValue("uid")).toBe("mote-m1@partnerskapsrommet");
    expect(event.getFirstPropertyValue("sequence")).toBe(4);
    expect(event.getFirstPropertyValue("summary")).toBe("Partnerskapsmøte; vår, 2027");
    expect(event.getFirstPropertyValue("location")).toBe("Rådhuset, møterom 1");
    expect(event.getFirstPropertyValue("description")).toBe(entry().description);
    expect(event.getFirstPropertyValue("status")).toBe("CONFIRMED");
    // 30 March 2027 is summer time: 09:00 in Oslo is 07:00 UTC.
    expect((event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe("2027-03-30T07:00:00.000Z");
    expect((event.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString()).toBe("2027-03-30T09:30:00.000Z");
    const organizer = event.getFirstProperty("organizer")!;
    expect([organizer.getFirstValue(), organizer.getParameter("cn")]).toEqual(["mailto:nora@grimstad.no", "Nora Leder"]);
    expect(event.getAllProperties("attendee").map((a) => [a.getFirstValue(), a.getParameter("cn"), a.getParameter("rsvp")])).toEqual([
      ["mailto:kari@grimstad.no", "Kari Eier", "FALSE"],
      ["mailto:finn@nav.no", "Finn Fylke", "FALSE"],
    ]);
  });

  it("cancels with the same UID, a cancelled status and METHOD:CANCEL", () => {
    const { calendar, event } = parse(meetingIcs(entry({ method: "CANCEL", sequence: 7 })));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(event.getFirstPropertyValue("uid")).toBe("mote-m1@partnerskapsrommet");
    expect(event.getFirstPropertyValue("sequence")).toBe(7);
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("marks a cancellation in the recipient's language, and keeps the title as written", () => {
    expect(parse(meetingIcs(entry({ method: "CANCEL" }))).event.getFirstPropertyValue("summary")).toBe("Avlyst: Partnerskapsmøte; vår, 2027");
    expect(parse(meetingIcs(entry({ method: "CANCEL", locale: "nn" }))).event.getFirstPropertyValue("summary")).toBe("Avlyst: Partnerskapsmøte; vår, 2027");
  });

  it("makes a meeting without a time an all-day event, and one without an end an hour long", () => {
    const allDay = parse(meetingIcs(entry({ startTime: null, endTime: null }))).event;
    expect((allDay.getFirstPropertyValue("dtstart") as ICAL.Time).isDate).toBe(true);
    expect(String(allDay.getFirstPropertyValue("dtstart"))).toBe("2027-03-30");
    expect(String(allDay.getFirstPropertyValue("dtend"))).toBe("2027-03-31");
    const open = parse(meetingIcs(entry({ endTime: null }))).event;
    expect((open.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString()).toBe("2027-03-30T08:00:00.000Z");
  });
});
