import { describe, expect, it } from "vitest";
import { translator } from "~/lib/i18n/translate";
import { dayHeading, groupByDay } from "./labels";

const nearIn = (locale: "nb" | "nn") => {
  const t = translator(locale, "notifications");
  return { today: t("day.today"), yesterday: t("day.yesterday") };
};

describe("notification labels", () => {
  it("names the bell with the count as words, in both languages", () => {
    const nb = translator("nb", "shell");
    expect(nb("bell.label")).toBe("Varsler");
    expect(nb("bell.unread", { count: 0 })).toBe("Varsler, ingen uleste");
    expect(nb("bell.unread", { count: 1 })).toBe("Varsler, 1 ulest");
    expect(nb("bell.unread", { count: 3 })).toBe("Varsler, 3 uleste");
    const nn = translator("nn", "shell");
    expect(nn("bell.unread", { count: 1 })).toBe("Varsel, 1 ulese");
    expect(nn("bell.unread", { count: 3 })).toBe("Varsel, 3 ulesne");
  });

  it("heads days as today, yesterday, then weekday and date", () => {
    const near = nearIn("nb");
    expect(dayHeading("2027-03-01", "2027-03-01", near)).toBe("I dag");
    expect(dayHeading("2027-02-28", "2027-03-01", near)).toBe("I går");
    expect(dayHeading("2027-02-26", "2027-03-01", near)).toBe("Fredag 26.2.2027");
  });

  it("names the weekday in nynorsk", () => {
    expect(dayHeading("2027-02-27", "2027-03-03", nearIn("nn"), "nn")).toBe("Laurdag 27.2.2027");
  });

  it("groups consecutive items by day", () => {
    const groups = groupByDay([{ day: "b", n: 1 }, { day: "b", n: 2 }, { day: "a", n: 3 }]);
    expect(groups.map((g) => [g.day, g.items.map((i) => i.n)])).toEqual([["b", [1, 2]], ["a", [3]]]);
  });
});
