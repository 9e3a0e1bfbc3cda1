import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";

/** The session of the current request, looked up once however many components ask. */
export const getRequestSession = cache(async () => auth.api.getSession({ headers: await headers() }));

export async function requireUser() {
  const session = await getRequestSession();
  if (!session) redirect("/logg-inn");
  return session.user;
}
