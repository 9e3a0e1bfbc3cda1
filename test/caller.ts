import type { Database } from "~/db/connection";
import { createCaller } from "~/server/api/root";
import type { SessionUser } from "~/server/auth/read-session";

/** A tRPC caller as this person (or anonymous), on the test's own database. */
export function callerFor(db: Database, user: { id: string; name: string; email: string } | null) {
  return createCaller({ db, user: user ? sessionUserOf(user) : null });
}

/** The signed-in person as the request context carries them. */
export const sessionUserOf = (user: { id: string; name: string; email: string; twoFactorEnabled?: boolean | null }): SessionUser => ({
  id: user.id,
  name: user.name,
  email: user.email,
  twoFactorEnabled: user.twoFactorEnabled ?? false,
});

/**
 * The messages a user would see for a refused call: zod's per-field messages
 * (the HTTP error formatter sends these) or the domain error's own message.
 */
export async function refusal(call: Promise<unknown>): Promise<{ code: string; messages: string[] }> {
  try {
    await call;
  } catch (error) {
    const { code, cause, message } = error as { code: string; cause?: { issues?: { message: string }[] }; message: string };
    const messages = cause?.issues ? cause.issues.map((i) => i.message) : [message];
    return { code, messages };
  }
  throw new Error("Expected the call to be refused, but it succeeded.");
}
