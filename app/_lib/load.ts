import "server-only";
import { TRPCError } from "@trpc/server";
import { forbidden, notFound, redirect } from "next/navigation";

/** Runs a server-side tRPC call for a page and turns refusals into the right page: 404, 403 or sign-in. */
export async function loadOrInterrupt<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
      if (error.code === "FORBIDDEN") forbidden();
      if (error.code === "UNAUTHORIZED") redirect("/logg-inn");
    }
    throw error;
  }
}
