import { describe, expect, it } from "vitest";
import { decimalInput, isoDate } from "./validation";

describe("isoDate", () => {
  const date = isoDate("Dato");
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
  const positions = decimalInput("Årsverk");
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
