import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, feedName, toCalendarEvents, yearCalendarName } from "./ics";
import type { WheelEvent } from "./view";

const base: WheelEvent = {
  id: "x",
  origin: "egen",
  title: "",
  category: "plan_styring",
  dateKind: "dato",
  startDate: null,
  endDate: null,
  month: null,
  startTime: null,
  endTime: null,
  place: "",
  responsible: "",
  description: "",
  linkKind: null,
  linkId: null,
  link: null,
  templateKey: null,
  customised: false,
  version: 1,
  derivedFrom: null,
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("the årshjul as .ics", () => {
  const events: WheelEvent[] = [
    { ...base, id: "mote:summer", title: "Partnerskapsmøte (vår)", category: "partnerskapsmote", startDate: "2027-06-10", startTime: "09:00", endTime: "11:30", place: "Rådhuset", link: { kind: "mote", href: "/partnerskap/grimstad/moter/summer", label: "Se møtet" } },
    { ...base, id: "mote:winter", title: "Partnerskapsmøte (ekstra)", category: "partnerskapsmote", startDate: "2027-01-20", startTime: "13:00", endTime: null },
    { ...base, id: "m", title: "Tertialrapport 1", dateKind: "maned", month: 5, responsible: "Nav-lederen" },
    { ...base, id: "p", title: "Budsjettarbeid", category: "budsjett", dateKind: "periode", startDate: "2027-12-01", endDate: "2028-01-15" },
    { ...base, id: "d", title: "Frist", category: "utvikling", startDate: "2027-03-31" },
  ];
  const text = buildCalendar(toCalendarEvents(events, 2027, { origin: "https://partnerskap.example", titlePrefix: "Nav Grimstad: " }), "Årshjul");
  const parsed = parse(text);
  const byTitle = (t: string) => parsed.find((e) => e.summary === `Nav Grimstad: ${t}`)!;

  it("writes meetings as UTC instants of Oslo time, in summer and in winter", () => {
    const summer = byTitle("Partnerskapsmøte (vår)");
    expect(summer.startDate.isDate).toBe(false);
    expect(summer.startDate.toJSDate().toISOString()).toBe("2027-06-10T07:00:00.000Z");
    expect(summer.endDate.toJSDate().toISOString()).toBe("2027-06-10T09:30:00.000Z");
    expect(summer.location).toBe("Rådhuset");
    expect(summer.description).toContain("https://partnerskap.example/partnerskap/grimstad/moter/summer");

    const winter = byTitle("Partnerskapsmøte (ekstra)");
    expect(winter.startDate.toJSDate().toISOString()).toBe("2027-01-20T12:00:00.000Z");
    // No end time: one hour.
    expect(winter.endDate.toJSDate().toISOString()).toBe("2027-01-20T13:00:00.000Z");
  });

  it("writes dates, months and periods as all-day events with an exclusive end", () => {
    const month = byTitle("Tertialrapport 1");
    expect(month.startDate.isDate).toBe(true);
    expect(month.startDate.toString()).toBe("2027-05-01");
    expect(month.endDate.toString()).toBe("2027-06-01");
    expect(month.description).toContain("Ansvarlig: Nav-lederen");

    const period = byTitle("Budsjettarbeid");
    expect(period.startDate.toString()).toBe("2027-12-01");
    expect(period.endDate.toString()).toBe("2028-01-16");

    const day = byTitle("Frist");
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe("2027-03-31");
    expect(day.endDate.toString()).toBe("2027-04-01");
  });

  it("gives every event a stable uid", () => {
    expect(parsed.map((e) => e.uid)).toEqual(["mote-summer@partnerskapsrommet", "mote-winter@partnerskapsrommet", "m@partnerskapsrommet", "p@partnerskapsrommet", "d@partnerskapsrommet"]);
  });

  it("answers an empty calendar with a valid one", () => {
    expect(parse(buildCalendar([], "Tomt"))).toEqual([]);
  });

  it("writes the words it adds in the subscriber's language, and the titles as written", () => {
    const nn = parse(buildCalendar(toCalendarEvents(events, 2027, { origin: "https://partnerskap.example", locale: "nn" }), feedName("nn")));
    const month = nn.find((e) => e.summary === "Tertialrapport 1")!;
    expect(month.description).toContain("Ansvarleg: Nav-lederen");
    expect(month.description).toContain("Årshjul: Plan og styring");
    const meeting = nn.find((e) => e.summary === "Partnerskapsmøte (vår)")!;
    expect(meeting.description).toContain("Årshjul: Partnarskapsmøte");
    expect(meeting.description).toContain("Lenkje: https://partnerskap.example/partnerskap/grimstad/moter/summer");
    expect(meeting.component.getFirstPropertyValue("categories")).toBe("Partnarskapsmøte");
    expect(byTitle("Partnerskapsmøte (vår)").component.getFirstPropertyValue("categories")).toBe("Partnerskapsmøter");
    expect(yearCalendarName(2027, "Nav Bykle", "nn")).toBe("Årshjul 2027 – Nav Bykle");
    expect(feedName("nn")).toBe("Årshjul – Partnerskapsrommet");
  });
});
