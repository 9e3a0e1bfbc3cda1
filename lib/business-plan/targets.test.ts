import { describe, expect, it } from "vitest";
import { readValidationLocaleFrom } from "~/lib/validation";
import { formatNumber } from "~/lib/format";
import { renderText } from "~/lib/i18n/text";
import {
  comparePeriods,
  indicatorTrend,
  formatTarget,
  parseNorwegianNumber,
  parseTarget,
  periodInput,
  periodKindOf,
  periodLabel,
  periodsOf,
  targetParseError,
  targetState,
  type ParsedTarget,
} from "./targets";

/** Intl writes a no-break space between thousands and before units; tests spell it out. */
const nb = (s: string) => s.replaceAll(" ", "\u00a0");

const tall = (targetValue: number, baseline: number | null = null) => ({
  targetKind: "tall" as const,
  targetValue,
  targetDirection: null,
  targetOperator: null,
  baseline,
});
const retning = (targetDirection: "oke" | "synke", baseline: number | null = null) => ({
  targetKind: "retning" as const,
  targetValue: null,
  targetDirection,
  targetOperator: null,
  baseline,
});
const grense = (targetOperator: "<" | "<=" | ">" | ">=", targetValue: number) => ({
  targetKind: "grense" as const,
  targetValue,
  targetDirection: null,
  targetOperator,
  baseline: null,
});
const values = (...list: [string, number][]) => list.map(([period, value]) => ({ period, value }));

describe("formatNumber and parseNorwegianNumber", () => {
  it("formats with a decimal comma, spaced thousands and at most two decimals", () => {
    expect(formatNumber(1234.5)).toBe(nb("1 234,5"));
    expect(formatNumber(6.3)).toBe("6,3");
    expect(formatNumber(1_250_000)).toBe(nb("1 250 000"));
    expect(formatNumber(-3)).toBe("−3");
    expect(formatNumber(2 / 3)).toBe("0,67");
  });

  it.each([
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["1234.5", 1234.5],
    ["−3", -3],
    ["-3", -3],
    ["12,6 %", 12.6],
    ["12,6%", 12.6],
    ["0", 0],
    [",5", 0.5],
  ])("reads %j as %d", (text, expected) => {
    expect(parseNorwegianNumber(text)).toBe(expected);
  });

  it.each(["", "tolv", "12,6,1", "1.234,5", "Infinity", "1e3", "0x10", "12 kr", "%"])("gives null for %j", (text) => {
    expect(parseNorwegianNumber(text)).toBeNull();
  });

  it("reads back what formatNumber writes", () => {
    for (const n of [0, 6.3, -1234.5, 1_250_000, 0.25]) expect(parseNorwegianNumber(formatNumber(n))).toBe(n);
  });
});

describe("formatTarget", () => {
  const unit = (u: string) => ({ unit: u });

  it("writes directions as sentences", () => {
    expect(formatTarget({ ...retning("oke"), ...unit("%") })).toBe("Skal øke");
    expect(formatTarget({ ...retning("synke"), ...unit("") })).toBe("Skal synke");
  });

  it("writes limits with the operator sign and the unit after a space", () => {
    expect(formatTarget({ ...grense("<", 6.3), ...unit("%") })).toBe(nb("< 6,3 %"));
    expect(formatTarget({ ...grense(">=", 80), ...unit("%") })).toBe(nb("≥ 80 %"));
    expect(formatTarget({ ...grense("<=", 10), ...unit("") })).toBe(nb("≤ 10"));
  });

  it("writes a number target with its unit", () => {
    expect(formatTarget({ ...tall(50), ...unit("%") })).toBe(nb("50 %"));
    expect(formatTarget({ ...tall(1200), ...unit("personer") })).toBe(nb("1 200 personer"));
    expect(formatTarget({ ...tall(12), ...unit("") })).toBe("12");
  });

  it("shows a dash when the target lacks its number or direction", () => {
    expect(formatTarget({ ...tall(1), targetValue: null, unit: "%" })).toBe("–");
    expect(formatTarget({ ...retning("oke"), targetDirection: null, unit: "" })).toBe("–");
  });
});

describe("parseTarget", () => {
  const asTall = (targetValue: number): ParsedTarget => ({ targetKind: "tall", targetValue, targetDirection: null, targetOperator: null });
  const asGrense = (targetOperator: ParsedTarget["targetOperator"], targetValue: number): ParsedTarget => ({
    targetKind: "grense",
    targetValue,
    targetDirection: null,
    targetOperator,
  });
  const asRetning = (targetDirection: "oke" | "synke"): ParsedTarget => ({
    targetKind: "retning",
    targetValue: null,
    targetDirection,
    targetOperator: null,
  });

  it.each([
    ["skal øke", asRetning("oke")],
    ["Skal øke", asRetning("oke")],
    ["øke", asRetning("oke")],
    ["skal synke", asRetning("synke")],
    ["Synke", asRetning("synke")],
    ["< 6,3 %", asGrense("<", 6.3)],
    ["<6,3%", asGrense("<", 6.3)],
    ["<= 10", asGrense("<=", 10)],
    ["≤ 10", asGrense("<=", 10)],
    ["≥ 80", asGrense(">=", 80)],
    [">= 80 %", asGrense(">=", 80)],
    ["> 2", asGrense(">", 2)],
    ["minst 80 %", asGrense(">=", 80)],
    ["50", asTall(50)],
    ["50 %", asTall(50)],
    ["1 200", asTall(1200)],
    ["12,5", asTall(12.5)],
    ["−3", asTall(-3)],
  ] as const)("reads %j", (text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });

  it.each(["", "mye", "< mye", "50 personer", "skal øke mye"])("refuses %j with the Norwegian message", (text) => {
    expect(parseTarget(text)).toEqual({ error: targetParseError });
  });

  it("says so in the reader's language (the item editor renders the key)", () => {
    expect(renderText(targetParseError, "nb")).toBe("Målet må være et tall (50 %), en grense (< 6,3 %) eller en retning («skal øke», «skal synke»).");
    expect(renderText(targetParseError, "nn")).toBe("Målet må vere eit tal (50 %), ei grense (< 6,3 %) eller ei retning («skal auke», «skal minke»).");
  });

  it("reads back what formatTarget writes", () => {
    for (const t of [tall(1200), grense("<", 6.3), grense(">=", 80), retning("oke"), retning("synke")]) {
      const { baseline: _b, ...target } = t;
      expect(parseTarget(formatTarget({ ...target, unit: "%" }))).toEqual(target);
    }
  });
});

describe("targetState", () => {
  it("has no data without values", () => {
    expect(targetState(tall(50), [])).toBe("ingen_data");
    expect(targetState(retning("oke", 10), [])).toBe("ingen_data");
    expect(targetState(grense("<", 6.3), [])).toBe("ingen_data");
  });

  it("judges the latest value by period, whatever order the values come in", () => {
    const v = values(["2026-T3", 55], ["2026-T1", 40], ["2026-T2", 45]);
    expect(targetState(tall(50), v)).toBe("oppnadd");
    expect(targetState(tall(50), values(["2026-03", 55], ["2026-04", 45]))).toBe("ikke_oppnadd");
    expect(targetState(tall(50), values(["2026", 55], ["2025", 45]))).toBe("oppnadd");
  });

  describe("tall", () => {
    it("is met at or above the target when there is no baseline or the target is above it", () => {
      expect(targetState(tall(50), values(["2026-T1", 50]))).toBe("oppnadd");
      expect(targetState(tall(50), values(["2026-T1", 49.9]))).toBe("ikke_oppnadd");
      expect(targetState(tall(50, 40), values(["2026-T1", 51]))).toBe("oppnadd");
      expect(targetState(tall(50, 50), values(["2026-T1", 50]))).toBe("oppnadd");
    });

    it("is a reduction target when the target is below the baseline", () => {
      expect(targetState(tall(100, 150), values(["2026-T1", 100]))).toBe("oppnadd");
      expect(targetState(tall(100, 150), values(["2026-T1", 90]))).toBe("oppnadd");
      expect(targetState(tall(100, 150), values(["2026-T1", 120]))).toBe("ikke_oppnadd");
    });

    it("cannot be judged without a target number", () => {
      expect(targetState({ ...tall(1), targetValue: null }, values(["2026-T1", 5]))).toBe("kan_ikke_vurderes");
    });
  });

  describe("retning", () => {
    it("compares with the baseline when there is one", () => {
      expect(targetState(retning("oke", 10), values(["2026-T1", 11]))).toBe("oppnadd");
      expect(targetState(retning("oke", 10), values(["2026-T1", 10]))).toBe("ikke_oppnadd");
      expect(targetState(retning("synke", 10), values(["2026-T1", 9]))).toBe("oppnadd");
      expect(targetState(retning("synke", 10), values(["2026-T1", 12]))).toBe("ikke_oppnadd");
    });

    it("compares with the first value when there is no baseline", () => {
      expect(targetState(retning("oke"), values(["2026-T2", 12], ["2026-T1", 10]))).toBe("oppnadd");
      expect(targetState(retning("oke"), values(["2026-T1", 10], ["2026-T2", 12], ["2026-T3", 9]))).toBe("ikke_oppnadd");
      expect(targetState(retning("synke"), values(["2025", 10], ["2026", 8]))).toBe("oppnadd");
    });

    it("cannot be judged with one value and no baseline, which is not the same as no measurement", () => {
      expect(targetState(retning("oke"), values(["2026-T1", 10]))).toBe("kan_ikke_vurderes");
    });
  });

  describe("grense", () => {
    it("compares the latest value with the operator", () => {
      expect(targetState(grense("<", 6.3), values(["2026-T1", 6.2]))).toBe("oppnadd");
      expect(targetState(grense("<", 6.3), values(["2026-T1", 6.3]))).toBe("ikke_oppnadd");
      expect(targetState(grense("<=", 6.3), values(["2026-T1", 6.3]))).toBe("oppnadd");
      expect(targetState(grense(">", 80), values(["2026-T1", 80]))).toBe("ikke_oppnadd");
      expect(targetState(grense(">=", 80), values(["2026-T1", 80]))).toBe("oppnadd");
    });
  });

  it("judges a value carried from last year's plan when this year has none yet", () => {
    const trend = indicatorTrend({ values: [], earlier: [{ period: "2026-T3", value: 55, planYear: 2026 }] });
    expect(targetState(tall(50), trend)).toBe("oppnadd");
  });
});

describe("comparePeriods and indicatorTrend", () => {
  it("orders months, tertials and years by when they end", () => {
    const sorted = ["2027-T1", "2026", "2026-T3", "2027-01", "2026-05", "2027-05"].sort(comparePeriods);
    expect(sorted).toEqual(["2026-05", "2026", "2026-T3", "2027-01", "2027-T1", "2027-05"]);
  });

  it("puts earlier years' measurements before this plan's own, each marked with where it comes from", () => {
    const trend = indicatorTrend({
      values: [{ period: "2027-T1", value: 49 }],
      earlier: [
        { period: "2026-T3", value: 52, planYear: 2026 },
        { period: "2025-T3", value: 40, planYear: 2025 },
      ],
    });
    expect(trend).toEqual([
      { period: "2025-T3", value: 40, fromPlanYear: 2025 },
      { period: "2026-T3", value: 52, fromPlanYear: 2026 },
      { period: "2027-T1", value: 49, fromPlanYear: null },
    ]);
  });
});

describe("periods", () => {
  it("lists the periods of a year", () => {
    expect(periodsOf("maned", 2026)).toEqual([
      "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
      "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12",
    ]);
    expect(periodsOf("tertial", 2026)).toEqual(["2026-T1", "2026-T2", "2026-T3"]);
    expect(periodsOf("ar", 2026)).toEqual(["2026"]);
  });

  it("labels periods in Norwegian", () => {
    expect(periodLabel("2026-T1")).toBe("1. tertial 2026");
    expect(periodLabel("2026-03")).toBe("mars 2026");
    expect(periodLabel("2026")).toBe("2026");
    expect(periodLabel("rot")).toBe("rot");
  });

  it("tells the kind of a period", () => {
    expect(periodKindOf("2026-03")).toBe("maned");
    expect(periodKindOf("2026-T3")).toBe("tertial");
    expect(periodKindOf("2026")).toBe("ar");
    expect(periodKindOf("2026-T4")).toBeNull();
  });

  describe("periodInput", () => {
    it("accepts periods of its kind from two years back to the plan's year", () => {
      expect(periodInput("tertial", 2026).parse("2026-T3")).toBe("2026-T3");
      expect(periodInput("tertial", 2026).parse("2024-T1")).toBe("2024-T1");
      expect(periodInput("maned", 2026).parse("2025-07")).toBe("2025-07");
      expect(periodInput("ar", 2026).parse("2024")).toBe("2024");
    });

    it.each([
      ["tertial", "2023-T3", "Velg et tertial fra 1. tertial 2024 til 3. tertial 2026."],
      ["tertial", "2027-T1", "Velg et tertial fra 1. tertial 2024 til 3. tertial 2026."],
      ["tertial", "2026-03", "Velg et tertial fra 1. tertial 2024 til 3. tertial 2026."],
      ["maned", "2026-T1", "Velg en måned fra januar 2024 til desember 2026."],
      ["maned", "2026-13", "Velg en måned fra januar 2024 til desember 2026."],
      ["ar", "2027", "Velg et år fra 2024 til 2026."],
      ["ar", 2026, "Velg et år fra 2024 til 2026."],
    ] as const)("refuses a %s period %j", (kind, value, message) => {
      const result = periodInput(kind, 2026).safeParse(value);
      expect(result.error?.issues[0]?.message).toBe(message);
    });

    it("refuses in nynorsk in a nynorsk request", () => {
      readValidationLocaleFrom(() => "nn");
      try {
        expect(periodInput("tertial", 2026).safeParse("2027-T1").error?.issues[0]?.message).toBe("Vel eit tertial frå 1. tertial 2024 til 3. tertial 2026.");
      } finally {
        readValidationLocaleFrom(() => undefined);
      }
    });
  });
});
