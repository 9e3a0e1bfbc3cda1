import { afterEach, describe, expect, it } from "vitest";
import { renderText, type Text } from "~/lib/i18n/text";
import { readValidationLocaleFrom } from "~/lib/validation";
import { formatTiming, parseTiming, timingInput, timingParseError, timingSortKey, type Timing } from "./timing";

/** A parse error as the item editor shows it, in the reader's language. */
const errorIn = (result: Timing | { error: Text }, locale: "nb" | "nn") => ("error" in result ? renderText(result.error, locale) : null);

describe("formatTiming", () => {
  it("writes each kind the Norwegian way", () => {
    expect(formatTiming("fortlopende", null)).toBe("Fortløpende");
    expect(formatTiming("halvar", "2027-H1")).toBe("1. halvår 2027");
    expect(formatTiming("halvar", "2027-H2")).toBe("2. halvår 2027");
    expect(formatTiming("maned", "2027-03")).toBe("mars 2027");
    expect(formatTiming("maned", "2027-12")).toBe("desember 2027");
    expect(formatTiming("dato", "2027-03-15")).toBe("15.03.2027");
  });

  it("shows a missing or malformed value without throwing", () => {
    expect(formatTiming("dato", null)).toBe("–");
    expect(formatTiming("maned", "2027-13")).toBe("2027-13");
  });
});

describe("parseTiming", () => {
  const ok = (kind: Timing["kind"], value: string | null) => ({ kind, value });

  it.each(["fortløpende", "Fortløpende", "  LØPENDE ", "hele året", "Hele Året"])("reads %j as fortløpende", (text) => {
    expect(parseTiming(text, 2027)).toEqual(ok("fortlopende", null));
  });

  it("reads half-years, with the plan's year when none is given", () => {
    expect(parseTiming("1. halvår", 2027)).toEqual(ok("halvar", "2027-H1"));
    expect(parseTiming("2. halvår", 2027)).toEqual(ok("halvar", "2027-H2"));
    expect(parseTiming("2. Halvår 2028", 2027)).toEqual(ok("halvar", "2028-H2"));
    expect(parseTiming("første halvår", 2027)).toEqual(ok("halvar", "2027-H1"));
    expect(parseTiming("2027-H2", 2026)).toEqual(ok("halvar", "2027-H2"));
  });

  it("reads months by name or number", () => {
    expect(parseTiming("mars", 2027)).toEqual(ok("maned", "2027-03"));
    expect(parseTiming("Mars 2028", 2027)).toEqual(ok("maned", "2028-03"));
    expect(parseTiming("sept. 2027", 2026)).toEqual(ok("maned", "2027-09"));
    expect(parseTiming("03.2027", 2026)).toEqual(ok("maned", "2027-03"));
    expect(parseTiming("2027-03", 2026)).toEqual(ok("maned", "2027-03"));
  });

  it("reads dates in both notations and pads them", () => {
    expect(parseTiming("15.03.2027", 2026)).toEqual(ok("dato", "2027-03-15"));
    expect(parseTiming("15.3.2027", 2026)).toEqual(ok("dato", "2027-03-15"));
    expect(parseTiming("2027-03-15", 2026)).toEqual(ok("dato", "2027-03-15"));
    expect(parseTiming("1.2.", 2027)).toEqual(ok("dato", "2027-02-01"));
    expect(parseTiming("29.02.2028", 2027)).toEqual(ok("dato", "2028-02-29"));
  });

  it("refuses dates and months that do not exist", () => {
    expect(parseTiming("31.02.2027", 2027)).toEqual({ error: { key: "plan.rules.noSuchDate", values: { text: "31.02.2027" } } });
    expect(errorIn(parseTiming("31.02.2027", 2027), "nb")).toBe("«31.02.2027» er ikke en dato som finnes.");
    expect(parseTiming("29.02.2027", 2027)).toHaveProperty("error");
    expect(parseTiming("2027-02-30", 2027)).toHaveProperty("error");
    expect(errorIn(parseTiming("13.2027", 2027), "nb")).toBe("«13.2027» er ikke en måned som finnes.");
  });

  it.each(["", "snart", "marsj", "3. halvår", "15/03/2027", "i morgen"])("gives the general message for %j", (text) => {
    expect(parseTiming(text, 2027)).toEqual({ error: timingParseError });
  });

  it("refuses years outside the plan range", () => {
    expect(errorIn(parseTiming("mars 1999", 2027), "nb")).toBe("Året i «mars 1999» må være mellom 2000 og 2100.");
  });

  it("answers in the reader's language: the item editor renders the error's key in nynorsk", () => {
    expect(errorIn(parseTiming("snart", 2027), "nb")).toBe(
      "«når» må være en dato (15.03.2027), en måned (mars 2027), et halvår (1. halvår) eller «fortløpende».",
    );
    expect(errorIn(parseTiming("snart", 2027), "nn")).toBe(
      "«når» må vere ein dato (15.03.2027), ein månad (mars 2027), eit halvår (1. halvår) eller «fortløpande».",
    );
    expect(errorIn(parseTiming("31.02.2027", 2027), "nn")).toBe("«31.02.2027» er ikkje ein dato som finst.");
    expect(errorIn(parseTiming("13.2027", 2027), "nn")).toBe("«13.2027» er ikkje ein månad som finst.");
    expect(errorIn(parseTiming("mars 1999", 2027), "nn")).toBe("Året i «mars 1999» må vere mellom 2000 og 2100.");
  });

  it("reads back what formatTiming writes", () => {
    const cases: Timing[] = [
      ok("fortlopende", null),
      ok("halvar", "2027-H2"),
      ok("maned", "2027-11"),
      ok("dato", "2027-01-05"),
    ];
    for (const c of cases) expect(parseTiming(formatTiming(c.kind, c.value), 2020)).toEqual(c);
  });
});

describe("timingInput", () => {
  const message = (value: unknown) => timingInput.safeParse(value).error?.issues[0]?.message;

  it("accepts a value that fits its kind", () => {
    expect(timingInput.parse({ kind: "dato", value: "2027-03-15" })).toEqual({ kind: "dato", value: "2027-03-15" });
    expect(timingInput.parse({ kind: "maned", value: "2027-03" })).toEqual({ kind: "maned", value: "2027-03" });
    expect(timingInput.parse({ kind: "halvar", value: "2027-H1" })).toEqual({ kind: "halvar", value: "2027-H1" });
  });

  it("drops any value sent with fortløpende", () => {
    expect(timingInput.parse({ kind: "fortlopende", value: "2027-03" })).toEqual({ kind: "fortlopende", value: null });
    expect(timingInput.parse({ kind: "fortlopende" })).toEqual({ kind: "fortlopende", value: null });
  });

  it("refuses a value that does not fit its kind, in Norwegian, on the value field", () => {
    expect(message({ kind: "dato", value: "2027-02-30" })).toBe("Datoen må være en dato som finnes.");
    expect(message({ kind: "dato", value: "2027-03" })).toMatch(/^Datoen må være/);
    expect(message({ kind: "maned", value: "2027-13" })).toBe("Velg en måned (åååå-mm).");
    expect(message({ kind: "maned", value: null })).toBe("Velg en måned.");
    expect(message({ kind: "halvar", value: "2027-H3" })).toBe("Velg 1. eller 2. halvår.");
    expect(timingInput.safeParse({ kind: "halvar", value: "x" }).error?.issues[0]?.path).toEqual(["value"]);
  });

  it("refuses an unknown kind", () => {
    expect(message({ kind: "snart", value: null })).toBe("Velg når aktiviteten skal skje: dato, måned, halvår eller fortløpende.");
  });

  describe("in a nynorsk request", () => {
    afterEach(() => readValidationLocaleFrom(() => undefined));

    it("refuses in nynorsk", () => {
      readValidationLocaleFrom(() => "nn");
      expect(message({ kind: "maned", value: "2027-13" })).toBe("Vel ein månad (åååå-mm).");
      expect(message({ kind: "halvar", value: "1999-H1" })).toBe("Året må vere mellom 2000 og 2100.");
      expect(message({ kind: "snart", value: null })).toBe("Vel når aktiviteten skal skje: dato, månad, halvår eller fortløpande.");
    });
  });
});

describe("timingSortKey", () => {
  it("orders by when the activity is due, precise before vague, fortløpende last", () => {
    const items: Timing[] = [
      { kind: "fortlopende", value: null },
      { kind: "halvar", value: "2027-H2" },
      { kind: "maned", value: "2027-07" },
      { kind: "halvar", value: "2027-H1" },
      { kind: "maned", value: "2027-06" },
      { kind: "dato", value: "2027-06-30" },
      { kind: "maned", value: "2027-03" },
      { kind: "dato", value: "2027-03-15" },
      { kind: "dato", value: "2026-12-31" },
    ];
    const sorted = [...items].sort((a, b) => timingSortKey(a.kind, a.value).localeCompare(timingSortKey(b.kind, b.value)));
    expect(sorted.map((t) => formatTiming(t.kind, t.value))).toEqual([
      "31.12.2026",
      "15.03.2027",
      "mars 2027",
      "30.06.2027",
      "juni 2027",
      "1. halvår 2027",
      "juli 2027",
      "2. halvår 2027",
      "Fortløpende",
    ]);
  });
});
