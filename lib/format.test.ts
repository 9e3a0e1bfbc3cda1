import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatKroner, formatMonth, formatNumber, formatWeekday } from "./format";

describe("formatting in bokmål and nynorsk", () => {
  it("writes dates and numbers the same way in both", () => {
    for (const locale of ["nb", "nn"] as const) {
      expect(formatDate("2027-03-05", locale)).toBe("5.3.2027");
      expect(formatDateTime(new Date("2027-03-05T13:05:00Z"), locale)).toBe("5.3.2027, 14:05");
      expect(formatNumber(12.6, locale)).toBe("12,6");
      expect(formatKroner(1_250_000, locale)).toBe("1\u00a0250\u00a0000\u00a0kr");
    }
  });

  it("names weekdays in each language, and months alike", () => {
    expect(formatWeekday("2027-03-06", "nb")).toBe("lørdag");
    expect(formatWeekday("2027-03-06", "nn")).toBe("laurdag");
    expect(formatWeekday("2027-03-07", "nn")).toBe("søndag");
    expect(formatWeekday("2027-03-09", "nn")).toBe("tysdag");
    expect(formatMonth(3, "nn")).toBe("mars");
    expect(formatMonth(12, "nb")).toBe("desember");
  });
});
