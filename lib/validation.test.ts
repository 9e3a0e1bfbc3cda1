import { afterEach, describe, expect, it } from "vitest";
import { decimalInput, isoDate, readValidationLocaleFrom, requiredText, yearInput } from "./validation";

afterEach(() => readValidationLocaleFrom(() => undefined));

describe("isoDate", () => {
  const date = isoDate("errors.labels.date");
  it("accepts real calendar dates, leap days included", () => {
    expect(date.parse("2027-03-05")).toBe("2027-03-05");
    expect(date.parse("2028-02-29")).toBe("2028-02-29");
  });
  it.each(["2027-02-29", "2027-13-01", "5.3.2027", "2027-3-5", ""])("rejects %j with a Norwegian message", (value) => {
    const result = date.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Dato må være/);
  });
});

describe("decimalInput", () => {
  const positions = decimalInput("errors.labels.positionsBudget");
  it("reads the Norwegian decimal comma and thousands spaces", () => {
    expect(positions.parse("12,6")).toBe(12.6);
    expect(positions.parse("1 250,5")).toBe(1250.5);
    expect(positions.parse(25.3)).toBe(25.3);
  });
  it("treats an empty field as no value", () => {
    expect(positions.parse("")).toBeNull();
    expect(positions.parse(null)).toBeNull();
  });
  it.each(["tolv", "12,6,1", "-1", "Infinity"])("rejects %j", (value) => {
    expect(positions.safeParse(value).success).toBe(false);
  });
});

describe("messages", () => {
  const firstMessage = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

  it("are the bokmål text, word for word, when no language is named", () => {
    expect(firstMessage(requiredText("errors.labels.title", 200).safeParse(" "))).toBe("Tittelen må fylles ut.");
    expect(firstMessage(requiredText("errors.labels.minutes", 20_000).safeParse("x".repeat(20_001)))).toBe("Referatet kan ha høyst 20000 tegn.");
    expect(firstMessage(decimalInput("errors.labels.value", { min: -5 }).safeParse(-6))).toBe("Verdien kan ikke være mindre enn -5.");
    expect(firstMessage(yearInput.safeParse(1999))).toBe("Året må være mellom 2000 og 2100.");
  });

  it("are nynorsk, label and all, in a nynorsk request", () => {
    readValidationLocaleFrom(() => "nn");
    expect(firstMessage(requiredText("errors.labels.name", 200).safeParse(""))).toBe("Namnet må fyllast ut.");
    expect(firstMessage(isoDate("errors.labels.deadline").safeParse("2027-02-29"))).toBe("Frist må vere ein dato som finst.");
    expect(firstMessage(decimalInput("errors.labels.statePositions").safeParse("mye"))).toBe("Statlege årsverk må vere eit tal, til dømes 12,6.");
  });
});
