import { describe, expect, it } from "vitest";
import { addDays, isoToday } from "./dates";

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
