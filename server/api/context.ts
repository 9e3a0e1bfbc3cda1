import "server-only";
import { getDb } from "~/db/client";
import { auth } from "../auth/auth";
import type { SessionUser } from "../auth/read-session";
import type { Context } from "./trpc";

export function contextFor(user: SessionUser | null): Context {
  return { db: getDb(), user };
}

/** For API requests: better-auth's own session check, which also refreshes the session. */
export async function createContext({ headers }: { headers: Headers }): Promise<Context> {
  const session = await auth.api.getSession({ headers });
  return contextFor(session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null);
}
