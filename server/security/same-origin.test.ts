import { describe, expect, it } from "vitest";
import { allowedOrigins, checkRequestOrigin, checkSameOrigin, FOREIGN_ORIGIN_MESSAGE, MISSING_ORIGIN_MESSAGE } from "./same-origin";

const OWN = allowedOrigins({ host: "localhost:3000" });
const check = (method: string, headers: Record<string, string>, allowed = OWN) => checkSameOrigin(method, new Headers(headers), allowed);

describe("allowed origins", () => {
  it("is the public URL's origin when one is configured, whatever Host says", () => {
    expect(allowedOrigins({ publicUrl: "https://partnerskap.nav.no/app", host: "internal:8080" })).toEqual(["https://partnerskap.nav.no"]);
  });

  it("is the request's own host and port otherwise", () => {
    expect(allowedOrigins({ host: "Localhost:3000" })).toEqual(["http://localhost:3000", "https://localhost:3000"]);
    expect(allowedOrigins({ host: null })).toEqual([]);
  });

  it("allows nothing for a malformed public URL", () => {
    expect(allowedOrigins({ publicUrl: "not a url", host: "localhost:3000" })).toEqual([]);
  });
});

describe("checkSameOrigin", () => {
  it("lets reads through from anywhere", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(check(method, { origin: "https://angriper.example", "sec-fetch-site": "cross-site" })).toEqual({ allowed: true });
    }
  });

  it("accepts a change from our own page", () => {
    expect(check("POST", { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).toEqual({ allowed: true });
    expect(check("POST", { origin: "http://localhost:3000" })).toEqual({ allowed: true });
    expect(check("DELETE", { "sec-fetch-site": "same-origin" })).toEqual({ allowed: true });
  });

  it.each([
    ["another site", { origin: "https://angriper.example" }],
    ["another port on the same host", { origin: "http://localhost:3001" }],
    ["127.0.0.1 for localhost", { origin: "http://127.0.0.1:3000" }],
    ["a sandboxed frame", { origin: "null" }],
    ["a same-site page the browser vouches for", { "sec-fetch-site": "same-site" }],
    ["a cross-site page with our Origin forged by nothing", { origin: "http://localhost:3000", "sec-fetch-site": "cross-site" }],
  ])("refuses a change from %s", (_label, headers) => {
    expect(check("POST", headers)).toEqual({ allowed: false, reason: FOREIGN_ORIGIN_MESSAGE });
  });

  it("refuses a change that says neither where it comes from", () => {
    expect(check("POST", {})).toEqual({ allowed: false, reason: MISSING_ORIGIN_MESSAGE });
  });

  it("refuses in the language the browser chose (its sprak cookie)", () => {
    expect(check("POST", { origin: "https://angriper.example", cookie: "a=1; sprak=nn" })).toEqual({
      allowed: false,
      reason: "Førespurnaden kom frå ei anna nettside enn Partnerskapsrommet og vart avvist. Gå til Partnerskapsrommet og prøv igjen der.",
    });
    const missing = check("POST", { cookie: "sprak=nn" });
    expect(missing.allowed ? "" : missing.reason).toMatch(/^Førespurnaden sa ikkje kvar han kom frå/);
    expect(check("POST", { cookie: "sprak=nb" })).toEqual({ allowed: false, reason: MISSING_ORIGIN_MESSAGE });
  });

  it("refuses everything that changes something when no origin is allowed", () => {
    expect(check("POST", { origin: "http://localhost:3000" }, [])).toMatchObject({ allowed: false });
  });
});

describe("checkRequestOrigin", () => {
  it("uses BETTER_AUTH_URL when set, else the Host header", () => {
    const request = (origin: string) =>
      new Request("http://localhost:3232/api/trpc/x", { method: "POST", headers: { host: "localhost:3232", origin } });
    expect(checkRequestOrigin(request("http://localhost:3232"), "").allowed).toBe(true);
    expect(checkRequestOrigin(request("http://localhost:3210"), "").allowed).toBe(false);
    expect(checkRequestOrigin(request("http://localhost:3232"), "https://partnerskap.example").allowed).toBe(false);
    expect(checkRequestOrigin(request("https://partnerskap.example"), "https://partnerskap.example").allowed).toBe(true);
  });
});
