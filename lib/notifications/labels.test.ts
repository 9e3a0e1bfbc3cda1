import { describe, expect, it } from "vitest";
import { dayHeading, groupByDay, unreadLabel } from "./labels";

describe("notification labels", () => {
  it("names the bell with the count as words", () => {
    expect(unreadLabel(null)).toBe("Varsler");
    expect(unreadLabel(0)).toBe("Varsler, ingen uleste");
    expect(unreadLabel(1)).toBe("Varsler, 1 ulest");
    expect(unreadLabel(3)).toBe("Varsler, 3 uleste");
  });

  it("heads days as today, yesterday, then weekday and date", () => {
    expect(dayHeading("2027-03-01", "2027-03-01")).toBe("I dag");
    expect(dayHeading("2027-02-28", "2027-03-01")).toBe("I går");
    expect(dayHeading("2027-02-26", "2027-03-01")).toBe("Fredag 26.2.2027");
  });

  it("groups consecutive items by day", () => {
    const groups = groupByDay([{ day: "b", n: 1 }, { day: "b", n: 2 }, { day: "a", n: 3 }]);
    expect(groups.map((g) => [g.day, g.items.map((i) => i.n)])).toEqual([["b", [1, 2]], ["a", [3]]]);
  });
});
