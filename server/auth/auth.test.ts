import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "~/db/client";
import { account, user } from "~/db/schema";
import { signedInCookie, signIn } from "~/test/http";
import { ACCOUNT_SIGN_IN_LIMIT } from "./account-limit";
import { ACCOUNT_LOCKED_CODE } from "~/lib/limits";
import { auth, CLIENT_ADDRESS_HEADER, SIGN_IN_RATE_LIMIT } from "./auth";

describe("sign-in", () => {
  it("accepts the right password and stores only a hash", async () => {
    const cookie = await signedInCookie("leder@test.no", "riktig-passord-123");
    expect(cookie).toContain("session_token");
    const [person] = await getDb().select().from(user).where(eq(user.email, "leder@test.no")).limit(1);
    const [stored] = await getDb().select().from(account).where(eq(account.userId, person!.id)).limit(1);
    expect(stored!.password).not.toContain("riktig-passord-123");
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.email).toBe("leder@test.no");
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    await signedInCookie("finnes@test.no");
    const wrongPassword = await signIn("finnes@test.no", "feil-passord-123", "203.0.113.20");
    const unknownEmail = await signIn("finnes-ikke@test.no", "feil-passord-123", "203.0.113.20");
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownEmail.json());
  });

  it(`rate limits after ${SIGN_IN_RATE_LIMIT.max} attempts a minute from one address`, async () => {
    const ip = "203.0.113.30";
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_RATE_LIMIT.max; i++) {
      statuses.push((await signIn("angriper@test.no", `gjett-${i}-passord`, ip)).status);
    }
    expect(statuses.slice(0, SIGN_IN_RATE_LIMIT.max).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another address is not affected (another account: this one is now held by the per-account limit).
    expect((await signIn("angriper-2@test.no", "gjett-igjen-passord", "203.0.113.31")).status).toBe(401);
  });

  it("keeps counting one address that forges a new X-Forwarded-For on every attempt", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_RATE_LIMIT.max; i++) {
      const forged = { "x-forwarded-for": `198.51.100.${i + 1}`, "x-real-ip": `198.51.100.${i + 1}`, [CLIENT_ADDRESS_HEADER]: `198.51.100.${i + 1}` };
      statuses.push((await signIn("forfalsker@test.no", `gjett-${i}-passord`, "203.0.113.40", forged)).status);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it(`refuses an account after ${ACCOUNT_SIGN_IN_LIMIT.max} failures from different addresses, in Norwegian, and lets the owner in after the wait`, async () => {
    await signedInCookie("eier@test.no", "riktig-passord-123");
    for (let i = 0; i < ACCOUNT_SIGN_IN_LIMIT.max; i++) {
      expect((await signIn("eier@test.no", `gjett-${i}-passord`, `198.51.100.${100 + i}`)).status).toBe(401);
    }
    // The right password from a fresh address is refused too: the account is held for a while.
    const refused = await signIn("EIER@test.no", "riktig-passord-123", "198.51.100.200");
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({
      code: ACCOUNT_LOCKED_CODE,
      message: "For mange mislykkede innlogginger for denne kontoen. Prøv igjen om 15 minutter.",
    });
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60);
    // Other accounts are not held.
    expect((await signIn("annen@test.no", "feil-passord-123", "198.51.100.201")).status).toBe(401);

    vi.useFakeTimers({ now: Date.now() + ACCOUNT_SIGN_IN_LIMIT.windowMs, toFake: ["Date"] });
    try {
      expect((await signIn("eier@test.no", "riktig-passord-123", "198.51.100.202")).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it("marks cookies Secure when a trusted proxy says the browser used https, and only then", async () => {
    await signedInCookie("proxy@test.no", "riktig-passord-123");
    const https = { "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.50" };
    const direct = await signIn("proxy@test.no", "riktig-passord-123", "203.0.113.60", https);
    expect(direct.headers.getSetCookie().some((c) => /;\s*secure/i.test(c))).toBe(false);

    process.env.TRUSTED_PROXIES = "10.0.0.0/8";
    vi.resetModules();
    const viaProxy = await (await import("~/test/http")).signIn("proxy@test.no", "riktig-passord-123", "10.1.2.3", https);
    expect(viaProxy.status).toBe(200);
    const cookies = viaProxy.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    expect(cookies.every((c) => /;\s*secure/i.test(c))).toBe(true);
    delete process.env.TRUSTED_PROXIES;
  });

  it("does not let anyone sign up on their own", async () => {
    const response = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify({ email: "ny@test.no", password: "et-langt-passord", name: "Ny" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await getDb().select().from(user).where(eq(user.email, "ny@test.no"))).toHaveLength(0);
  });
});
