import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, PERMISSIONS_POLICY, servedOverHttps } from "./browser-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d] as const));

describe("Content-Security-Policy", () => {
  it("lets only scripts with this response's nonce run, and no page frame us", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123", dev: false }));
    expect(policy.get("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(policy.get("object-src")).toBe("object-src 'none'");
    expect(policy.get("connect-src")).toBe("connect-src 'self'");
    expect([...policy.values()].join(";")).not.toContain("unsafe-eval");
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: true })).toContain("'unsafe-eval'");
  });

  it("gets a fresh, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the other headers", () => {
  it("turns off camera, microphone and location, keeps fullscreen for our own pages", () => {
    expect(PERMISSIONS_POLICY).toContain("camera=()");
    expect(PERMISSIONS_POLICY).toContain("microphone=()");
    expect(PERMISSIONS_POLICY).toContain("geolocation=()");
    expect(PERMISSIONS_POLICY).toContain("fullscreen=(self)");
  });

  it("knows https from the public URL or the request", () => {
    expect(servedOverHttps("http://localhost:3000/", "https://partnerskap.example")).toBe(true);
    expect(servedOverHttps("https://partnerskap.example/", "")).toBe(true);
    expect(servedOverHttps("http://192.168.1.5:3000/", "")).toBe(false);
    expect(servedOverHttps("http://10.0.0.2:3000/", "", true)).toBe(true);
  });
});
