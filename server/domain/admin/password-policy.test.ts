import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./common-passwords";
import { passwordMessages, passwordProblem } from "./password-policy";

const owner = { email: "lars.aasen@grimstad.kommune.no", name: "Lars Aasen" };
const check = (password: string) => passwordProblem(password, owner, isCommonPassword);

describe("new passwords", () => {
  it("refuses passwords from the leaked-password list, in any case", () => {
    for (const password of ["1qaz2wsx3edc", "qwertyuiop", "password123", "iloveyou123", "Password123"]) {
      expect(check(password), password).toBe(passwordMessages.common);
    }
  });

  it("refuses common and Norwegian words with digits or symbols around them", () => {
    for (const password of ["passord123", "Sommer2024!", "2025vinteren", "Passord-123456", "hoesten2024", "jegelskerdeg1", "monkey2024!!", "Partnerskap2026"]) {
      expect(check(password), password).toBe(passwordMessages.common);
    }
  });

  it("refuses the person's own e-mail address or name", () => {
    for (const password of ["lars.aasen@grimstad.kommune.no", "Lars.Aasen2026", "LarsAasen!!", "mitt-aasen-passord", "Lars-2026-!!"]) {
      expect(check(password), password).toBe(passwordMessages.personal);
    }
  });

  it("refuses the same character or pattern over and over, and plain sequences", () => {
    expect(check("aaaaaaaaaaaa")).toBe(passwordMessages.repeated);
    expect(check("abcabcabcabc")).toBe(passwordMessages.repeated);
    expect(check("ababababa!")).toBe(passwordMessages.repeated);
    expect(check("fjordfjordfj")).toBe(passwordMessages.repeated);
    expect(check("abcdefghijkl")).toBe(passwordMessages.sequence);
    expect(check("9876543210")).toBe(passwordMessages.sequence);
  });

  it("accepts long passwords that are none of these", () => {
    for (const password of ["et-langt-passord", "partnerskap-demo", "korrekt hest batteri stift", "superhemmelig-Per-ikke", "Kaffekopp!Regnvær7"]) {
      expect(check(password), password).toBeNull();
    }
    // A short name only counts as the whole word, not inside another one.
    expect(passwordProblem("superhemmelig-kode", { email: "per@test.no", name: "Per Li" }, isCommonPassword)).toBeNull();
    expect(passwordProblem("Per2024!!!!", { email: "per@test.no", name: "Per Li" }, isCommonPassword)).toBe(passwordMessages.personal);
  });

  it("answers fast once the list is loaded", () => {
    isCommonPassword("warm-up-the-list");
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) isCommonPassword(`noe-helt-annet-${i}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
