import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "~/db/client";
import { AUTH_SECRET } from "./auth";
import { readSessionUser } from "./read-session";

/** The signed-in person of the current request, looked up once however many components ask. */
export const getRequestUser = cache(async () => readSessionUser(getDb(), await headers(), AUTH_SECRET));

export async function requireUser() {
  const user = await getRequestUser();
  if (!user) redirect("/logg-inn");
  return user;
}
