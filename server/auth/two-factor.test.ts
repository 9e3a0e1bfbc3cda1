/**
 * Two-factor sign-in through the app's own auth route, as the sign-in form and /konto use it:
 * turning TOTP on (the secret from the URI, confirmed by a code), then a sign-in that asks for a
 * code, refuses a wrong one, and lets a right one or a backup code in.
 */
import * as OTPAuth from "otpauth";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "~/db/client";
import { user } from "~/db/schema";
import { totpSecretOf } from "~/lib/two-factor";
import { handleAuthRequest } from "~/server/auth/handler";
import { PEER_HEADER, peerHeaderValue } from "~/server/security/peer-address";
import { ORIGIN, signedInCookie, signIn } from "~/test/http";

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="));

function post(path: string, body: unknown, cookie: string, ip: string) {
  return handleAuthRequest(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, cookie, [PEER_HEADER]: peerHeaderValue(ip) },
      body: JSON.stringify(body),
    }),
  );
}

async function withTwoFactor(email: string, password: string, ip: string) {
  const cookie = await signedInCookie(email, password);
  const enabled = await post("/two-factor/enable", { password }, cookie, ip);
  expect(enabled.status).toBe(200);
  const { totpURI, backupCodes } = (await enabled.json()) as { totpURI: string; backupCodes: string[] };
  const secret = totpSecretOf(totpURI)!;
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });

  // Not on until the first code is confirmed.
  expect((await getDb().select({ on: user.twoFactorEnabled }).from(user).where(eq(user.email, email)).limit(1))[0]?.on).toBe(false);
  const confirmed = await post("/two-factor/verify-totp", { code: totp.generate() }, cookie, ip);
  expect(confirmed.status).toBe(200);
  expect((await getDb().select({ on: user.twoFactorEnabled }).from(user).where(eq(user.email, email)).limit(1))[0]?.on).toBe(true);
  return { totp, backupCodes };
}

describe("two-factor sign-in", () => {
  it("asks for a code after the password, refuses a wrong one and lets the right one in", async () => {
    const ip = "203.0.113.60";
    const { totp } = await withTwoFactor("tofaktor@test.no", "riktig-passord-123", ip);

    const first = await signIn("tofaktor@test.no", "riktig-passord-123", ip);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ twoFactorRedirect: true });
    const challenge = cookiesOf(first);
    // No session yet: only the short-lived two-factor challenge.
    expect(challenge.some((c) => c.includes("session_token"))).toBe(false);
    const cookie = challenge.join("; ");

    const current = totp.generate();
    const wrong = await post("/two-factor/verify-totp", { code: current === "000000" ? "111111" : "000000" }, cookie, ip);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: "INVALID_CODE" });

    const right = await post("/two-factor/verify-totp", { code: totp.generate() }, cookie, ip);
    expect(right.status).toBe(200);
    expect(cookiesOf(right).some((c) => c.includes("session_token"))).toBe(true);
    // The session token stays in the cookie (server/auth/without-session-token.ts).
    expect(JSON.stringify(await right.json())).not.toContain('"token"');
  });

  it("takes a backup code once", async () => {
    const ip = "203.0.113.61";
    const { backupCodes } = await withTwoFactor("reserve@test.no", "riktig-passord-123", ip);
    expect(backupCodes).toHaveLength(10);

    const first = await signIn("reserve@test.no", "riktig-passord-123", ip);
    const used = await post("/two-factor/verify-backup-code", { code: backupCodes[0] }, cookiesOf(first).join("; "), ip);
    expect(used.status).toBe(200);

    const again = await signIn("reserve@test.no", "riktig-passord-123", ip);
    const reused = await post("/two-factor/verify-backup-code", { code: backupCodes[0] }, cookiesOf(again).join("; "), ip);
    expect(reused.status).toBe(401);
    expect(await reused.json()).toMatchObject({ code: "INVALID_BACKUP_CODE" });
  });
});
