import { describe, expect, it } from "vitest";
import { angleOf, dayOfYear, monthSegments, placeEvents, spanOf, WHEEL_GAP, type EventWhen } from "./geometry";
import type { CycleCategory } from "~/lib/annual-cycle/categories";

const date = (startDate: string): EventWhen => ({ dateKind: "dato", startDate, endDate: null, month: null });
const period = (startDate: string, endDate: string): EventWhen => ({ dateKind: "periode", startDate, endDate, month: null });
const month = (m: number): EventWhen => ({ dateKind: "maned", startDate: null, endDate: null, month: m });

describe("spanOf", () => {
  it("puts a date as a one-day dot at its day of the year", () => {
    expect(spanOf(date("2027-01-01"), 2027)).toEqual({ start: 0, end: 1 / 365, shape: "dot", clippedStart: false, clippedEnd: false });
    const midsummer = spanOf(date("2027-06-24"), 2027)!;
    expect(midsummer.start).toBeCloseTo(174 / 365);
    expect(dayOfYear("2028-12-31", 2028)).toBe(365); // leap year: day 366 is index 365
  });

  it("covers a whole month for a month-only event", () => {
    const march = spanOf(month(3), 2027)!;
    expect(march.shape).toBe("arc");
    expect(march.start).toBeCloseTo(59 / 365);
    expect(march.end).toBeCloseTo(90 / 365);
    // February is a day longer in a leap year.
    const feb2028 = spanOf(month(2), 2028)!;
    expect((feb2028.end - feb2028.start) * 366).toBeCloseTo(29);
  });

  it("clamps a range over New Year to the year, and says so", () => {
    const inStartYear = spanOf(period("2027-12-15", "2028-01-10"), 2027)!;
    expect(inStartYear).toMatchObject({ shape: "arc", clippedStart: false, clippedEnd: true, end: 1 });
    expect(inStartYear.start).toBeCloseTo(348 / 365);
    const inNextYear = spanOf(period("2027-12-15", "2028-01-10"), 2028)!;
    expect(inNextYear).toMatchObject({ start: 0, clippedStart: true, clippedEnd: false });
    expect(inNextYear.end).toBeCloseTo(10 / 366);
  });

  it("leaves out what does not touch the year", () => {
    expect(spanOf(date("2026-12-31"), 2027)).toBeNull();
    expect(spanOf(period("2026-05-01", "2026-06-01"), 2027)).toBeNull();
    expect(spanOf({ dateKind: "maned", startDate: null, endDate: null, month: null }, 2027)).toBeNull();
  });
});

describe("angles and months", () => {
  it("starts January just right of twelve o'clock and ends December just left of it", () => {
    expect(angleOf(0)).toBeCloseTo(WHEEL_GAP / 2);
    expect(angleOf(1)).toBeCloseTo(2 * Math.PI - WHEEL_GAP / 2);
    expect(angleOf(0.5)).toBeCloseTo(Math.PI); // 1 July-ish sits at six o'clock
  });

  it("has twelve segments that tile the year", () => {
    const segments = monthSegments(2027);
    expect(segments).toHaveLength(12);
    expect(segments[0]!.start).toBe(0);
    expect(segments[11]!.end).toBeCloseTo(1);
    for (let i = 1; i < 12; i++) expect(segments[i]!.start).toBeCloseTo(segments[i - 1]!.end);
  });
});

describe("placeEvents", () => {
  const ev = (id: string, category: CycleCategory, when: EventWhen) => ({ id, category, ...when });

  it("puts each category in its ring, inside out", () => {
    const placed = placeEvents([ev("m", "partnerskapsmote", date("2027-04-20")), ev("u", "utvikling", month(10)), ev("b", "budsjett", month(12))], 2027);
    const ring = (id: string) => placed.find((p) => p.item.id === id)!.ring;
    expect(ring("m")).toBe(0);
    expect(ring("b")).toBe(2);
    expect(ring("u")).toBe(5);
  });

  it("shares a ring between overlapping marks, and only where they overlap", () => {
    const placed = placeEvents(
      [
        ev("a", "budsjett", month(10)),
        ev("b", "budsjett", date("2027-10-07")),
        ev("c", "budsjett", month(12)),
        ev("d", "budsjett", date("2027-10-08")), // within a dot's clearance of b
      ],
      2027,
    );
    const get = (id: string) => placed.find((p) => p.item.id === id)!;
    expect(get("a").lanes).toBe(3);
    expect(new Set([get("a").lane, get("b").lane, get("d").lane]).size).toBe(3);
    expect(get("c")).toMatchObject({ lane: 0, lanes: 1 });
  });

  it("skips events outside the year", () => {
    expect(placeEvents([ev("x", "avtaler", date("2026-02-01"))], 2027)).toEqual([]);
  });
});
