import { describe, expect, it } from "vitest";
import { authRequestLocale } from "./request-language";

describe("authRequestLocale", () => {
  it("reads the browser's choice from the sprak cookie", () => {
    expect(authRequestLocale(new Headers({ cookie: "a=1; sprak=nn; b=2" }))).toBe("nn");
    expect(authRequestLocale(new Headers({ cookie: "sprak=nb" }))).toBe("nb");
  });

  it("is bokmål without a cookie, or with one that names no language", () => {
    expect(authRequestLocale(undefined)).toBe("nb");
    expect(authRequestLocale(new Headers())).toBe("nb");
    expect(authRequestLocale(new Headers({ cookie: "sprak=se; nosprak=nn" }))).toBe("nb");
  });
});
