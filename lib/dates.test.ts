import { describe, expect, it } from "vitest";
import { addDays, daysInMonth, isoToday, osloLocalToUtc, osloOffsetMinutes } from "./dates";

describe("isoToday", () => {
  it("uses the Oslo calendar day, not UTC's", () => {
    // 23:30 UTC on 31 December is already New Year in Oslo.
    expect(isoToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(isoToday(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
  });
});

describe("addDays", () => {
  it("crosses months and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-11-23", 90)).toBe("2027-02-21");
  });
});

describe("osloLocalToUtc", () => {
  it("uses winter time (UTC+1) and summer time (UTC+2)", () => {
    expect(osloLocalToUtc("2027-01-15", "09:00").toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(osloLocalToUtc("2027-06-15", "09:00").toISOString()).toBe("2027-06-15T07:00:00.000Z");
  });

  it("switches on the last Sundays of March and October", () => {
    // 2027: summer time starts 28 March, ends 31 October.
    expect(osloLocalToUtc("2027-03-27", "12:00").toISOString()).toBe("2027-03-27T11:00:00.000Z");
    expect(osloLocalToUtc("2027-03-28", "12:00").toISOString()).toBe("2027-03-28T10:00:00.000Z");
    expect(osloLocalToUtc("2027-10-30", "12:00").toISOString()).toBe("2027-10-30T10:00:00.000Z");
    expect(osloLocalToUtc("2027-10-31", "12:00").toISOString()).toBe("2027-10-31T11:00:00.000Z");
  });

  it("handles the hours around the change", () => {
    expect(osloLocalToUtc("2027-03-28", "01:30").toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(osloLocalToUtc("2027-03-28", "03:30").toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(osloLocalToUtc("2027-10-31", "03:30").toISOString()).toBe("2027-10-31T02:30:00.000Z");
  });

  it("matches Oslo's own offset", () => {
    expect(osloOffsetMinutes(new Date("2027-07-01T00:00:00Z"))).toBe(120);
    expect(osloOffsetMinutes(new Date("2027-12-01T00:00:00Z"))).toBe(60);
  });
});

describe("daysInMonth", () => {
  it("knows leap years", () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2027, 12)).toBe(31);
  });
});
