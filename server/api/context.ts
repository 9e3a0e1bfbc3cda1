import "server-only";
import { getDb } from "~/db/client";
import { auth, type Session } from "../auth/auth";
import type { Context } from "./trpc";

export function contextFor(session: Session | null): Context {
  const user = session
    ? { id: session.user.id, name: session.user.name, email: session.user.email }
    : null;
  return { db: getDb(), user };
}

export async function createContext({ headers }: { headers: Headers }): Promise<Context> {
  return contextFor(await auth.api.getSession({ headers }));
}
