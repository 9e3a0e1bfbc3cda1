import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "~/db/client";
import { account, user } from "~/db/schema";
import { signedInCookie, signIn } from "~/test/http";
import { auth, SIGN_IN_RATE_LIMIT } from "./auth";

describe("sign-in", () => {
  it("accepts the right password and stores only a hash", async () => {
    const cookie = await signedInCookie("leder@test.no", "riktig-passord-123");
    expect(cookie).toContain("session_token");
    const person = getDb().select().from(user).where(eq(user.email, "leder@test.no")).get()!;
    const stored = getDb().select().from(account).where(eq(account.userId, person.id)).get()!;
    expect(stored.password).not.toContain("riktig-passord-123");
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
    // Another address is not affected.
    expect((await signIn("angriper@test.no", "gjett-igjen-passord", "203.0.113.31")).status).toBe(401);
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
    expect(getDb().select().from(user).where(eq(user.email, "ny@test.no")).all()).toHaveLength(0);
  });
});
