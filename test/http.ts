import { hashPassword } from "better-auth/crypto";
import { getDb } from "~/db/client";
import { createPasswordAccount } from "~/server/domain/admin/accounts";
import { handleAuthRequest } from "~/server/auth/handler";
import { PEER_HEADER, peerHeaderValue } from "~/server/security/peer-address";

export const ORIGIN = "http://localhost:3000";

/** Creates a person in the app's own database and signs in through better-auth, returning the cookie. */
export async function signedInCookie(email: string, password = "riktig-passord-123") {
  await createPasswordAccount(getDb(), { email, name: email, passwordHash: await hashPassword(password) });
  const response = await signIn(email, password);
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/**
 * A sign-in through the app's auth route as it arrives from the socket address `ip`
 * (server/security/peer-address.ts); `headers` adds what the client sends, such as a forged X-Forwarded-For.
 */
export function signIn(email: string, password: string, ip = "203.0.113.10", headers: Record<string, string> = {}) {
  return handleAuthRequest(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, ...headers, [PEER_HEADER]: peerHeaderValue(ip) },
      body: JSON.stringify({ email, password }),
    }),
  );
}
