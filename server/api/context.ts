import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { getDb } from "~/db/client";
import { auth } from "../auth/auth";
import type { SessionUser } from "../auth/read-session";
import type { Context } from "./trpc";

export function contextFor(user: SessionUser | null): Context {
  return { db: getDb(), user };
}

/**
 * For API requests: better-auth's own session check, which also refreshes the session.
 * Requests without a session cookie (guests at a live samling) skip it: they cannot have one.
 */
export async function createContext({ headers }: { headers: Headers }): Promise<Context> {
  if (!getSessionCookie(headers)) return contextFor(null);
  const session = await auth.api.getSession({ headers });
  return contextFor(session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null);
}
