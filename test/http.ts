import { hashPassword } from "better-auth/crypto";
import { getDb } from "~/db/client";
import { createPasswordAccount } from "~/server/domain/admin/accounts";
import { auth } from "~/server/auth/auth";

export const ORIGIN = "http://localhost:3000";

/** Creates a person in the app's own database and signs in through better-auth, returning the cookie. */
export async function signedInCookie(email: string, password = "riktig-passord-123") {
  createPasswordAccount(getDb(), { email, name: email, passwordHash: await hashPassword(password) });
  const response = await signIn(email, password);
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

export function signIn(email: string, password: string, ip = "203.0.113.10") {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}
