import "server-only";
import { cache } from "react";
import { getRequestUser } from "~/server/auth/session";
import { requestLocale } from "~/server/i18n/request-locale";
import { contextFor } from "./context";
import { createCaller } from "./root";

/**
 * The tRPC caller for Server Components: one context per request, sharing its session lookup,
 * in the page's language (its refusals and field errors are the ones the page shows).
 */
export const getServerCaller = cache(async () => {
  const [user, locale] = await Promise.all([getRequestUser(), requestLocale()]);
  return createCaller(contextFor(user, null, locale));
});
