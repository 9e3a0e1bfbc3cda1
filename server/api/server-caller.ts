import "server-only";
import { cache } from "react";
import { getRequestUser } from "~/server/auth/session";
import { contextFor } from "./context";
import { createCaller } from "./root";

/** The tRPC caller for Server Components: one context per request, sharing its session lookup. */
export const getServerCaller = cache(async () => createCaller(contextFor(await getRequestUser())));
