import { describe, expect, it } from "vitest";
import {
  defaultOverviewYear,
  formatYearSort,
  nextYearSort,
  parseYearParam,
  parseYearSort,
  sortYearRows,
  waitingForFylke,
  yearChoices,
  type SortableYearRow,
  type YearFacts,
} from "./year-view";

describe("defaultOverviewYear", () => {
  it("opens on this year until September and on next year from October", () => {
    expect(defaultOverviewYear("2026-01-01")).toBe(2026);
    expect(defaultOverviewYear("2026-09-30")).toBe(2026);
    expect(defaultOverviewYear("2026-10-01")).toBe(2027);
    expect(defaultOverviewYear("2026-12-02")).toBe(2027);
    expect(defaultOverviewYear("2026-12-31")).toBe(2027);
  });
});

describe("parseYearParam and yearChoices", () => {
  it("accepts a four-digit year in range and nothing else", () => {
    expect(parseYearParam("2027")).toBe(2027);
    for (const bad of [undefined, "", "27", "2027.5", "1999", "2101", "abcd", ["2026", "2027"]]) expect(parseYearParam(bad)).toBeNull();
  });

  it("offers the years with data, this year and the default, once each and in order", () => {
    expect(yearChoices([2027, 2026, 2026, 2025], "2026-12-02", 2027)).toEqual([2025, 2026, 2027]);
    expect(yearChoices([], "2026-05-01", 2030)).toEqual([2026, 2030]);
  });
});

const facts = (over: Partial<YearFacts> = {}): YearFacts => ({
  plan: { status: "utkast", stateSeatApproved: false },
  agreement: { status: "signert", unsignedStateParties: [] },
  minutesAwaitingFylke: [],
  ...over,
});

describe("waitingForFylke", () => {
  it("is empty when the office is still writing and the agreement is signed", () => {
    expect(waitingForFylke(facts())).toEqual([]);
  });

  it("lists a plan sent for approval until the state seat has decided", () => {
    expect(waitingForFylke(facts({ plan: { status: "til_godkjenning", stateSeatApproved: false } }))).toEqual([{ kind: "plan" }]);
    expect(waitingForFylke(facts({ plan: { status: "til_godkjenning", stateSeatApproved: true } }))).toEqual([]);
    expect(waitingForFylke(facts({ plan: { status: "godkjent", stateSeatApproved: true } }))).toEqual([]);
  });

  it("lists an unsigned agreement only while the state party has not signed", () => {
    const waiting = { status: "delvis_signert" as const, unsignedStateParties: ["Frida Fylke"] };
    expect(waitingForFylke(facts({ agreement: waiting }))).toEqual([{ kind: "lederavtale", names: ["Frida Fylke"] }]);
    expect(waitingForFylke(facts({ agreement: { status: "delvis_signert", unsignedStateParties: [] } }))).toEqual([]);
    expect(waitingForFylke(facts({ agreement: { status: "mangler", unsignedStateParties: [] } }))).toEqual([]);
  });

  it("lists every set of minutes someone from the fylke must approve, after the plan and the agreement", () => {
    const minutes = { meetingId: "m1", title: "Partnerskapsmøte høst", date: "2026-10-20", names: ["Frida Fylke"] };
    const items = waitingForFylke(
      facts({
        plan: { status: "til_godkjenning", stateSeatApproved: false },
        agreement: { status: "utkast", unsignedStateParties: ["Frida Fylke"] },
        minutesAwaitingFylke: [minutes],
      }),
    );
    expect(items.map((i) => i.kind)).toEqual(["plan", "lederavtale", "referat"]);
    expect(items[2]).toEqual({ kind: "referat", ...minutes });
  });
});

const row = (officeName: string, over: Partial<SortableYearRow> = {}): SortableYearRow => ({
  officeName,
  plan: { status: "mangler" },
  agreement: { status: "mangler" },
  latestAssessment: null,
  nextMeeting: null,
  waiting: [],
  ...over,
});
const names = (rows: SortableYearRow[]) => rows.map((r) => r.officeName);

describe("sorting the year table", () => {
  const rows = [
    row("Nav Vennesla", { plan: { status: "publisert" }, latestAssessment: { heldOn: "2018-04-10", prioritised: 3 }, waiting: [1] }),
    row("Nav Arendal", { plan: { status: "til_godkjenning" }, nextMeeting: { date: "2027-03-01" }, waiting: [1, 2] }),
    row("Nav Åmli"),
    row("Nav Grimstad", { plan: { status: "utkast" }, latestAssessment: { heldOn: "2019-03-12", prioritised: 1 }, nextMeeting: { date: "2027-01-15" } }),
  ];

  it("sorts by office name in Norwegian order by default", () => {
    expect(names(sortYearRows(rows, parseYearSort(undefined)))).toEqual(["Nav Arendal", "Nav Grimstad", "Nav Vennesla", "Nav Åmli"]);
  });

  it("sorts plans by how far they have come, both ways", () => {
    expect(names(sortYearRows(rows, parseYearSort("plan")))).toEqual(["Nav Åmli", "Nav Grimstad", "Nav Arendal", "Nav Vennesla"]);
    expect(names(sortYearRows(rows, parseYearSort("plan-synkende")))).toEqual(["Nav Vennesla", "Nav Arendal", "Nav Grimstad", "Nav Åmli"]);
  });

  it("puts partnerships without an assessment or a meeting last in either direction", () => {
    expect(names(sortYearRows(rows, parseYearSort("vurdering-synkende")))).toEqual(["Nav Grimstad", "Nav Vennesla", "Nav Arendal", "Nav Åmli"]);
    expect(names(sortYearRows(rows, parseYearSort("mote")))).toEqual(["Nav Grimstad", "Nav Arendal", "Nav Vennesla", "Nav Åmli"]);
    expect(names(sortYearRows(rows, parseYearSort("prioriterte")))).toEqual(["Nav Grimstad", "Nav Vennesla", "Nav Arendal", "Nav Åmli"]);
  });

  it("sorts by how much waits for the fylke", () => {
    expect(names(sortYearRows(rows, parseYearSort("venter-synkende")))).toEqual(["Nav Arendal", "Nav Vennesla", "Nav Grimstad", "Nav Åmli"]);
  });

  it("reads and writes the URL value and turns the direction on a second click", () => {
    expect(parseYearSort("tull")).toEqual({ key: "kontor", direction: "ascending" });
    expect(parseYearSort(["plan"])).toEqual({ key: "kontor", direction: "ascending" });
    const byPlan = nextYearSort(parseYearSort(undefined), "plan");
    expect(formatYearSort(byPlan)).toBe("plan");
    expect(formatYearSort(nextYearSort(byPlan, "plan"))).toBe("plan-synkende");
    expect(formatYearSort(nextYearSort(nextYearSort(byPlan, "plan"), "plan"))).toBe("plan");
    expect(parseYearSort(formatYearSort({ key: "mote", direction: "descending" }))).toEqual({ key: "mote", direction: "descending" });
  });
});
