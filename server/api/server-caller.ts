import "server-only";
import { cache } from "react";
import { getRequestUser } from "~/server/auth/session";
import { requestLocale } from "~/server/i18n/request-locale";
import type { Locale } from "~/lib/i18n/locales";
import { contextFor } from "./context";
import { createCaller } from "./root";

/**
 * The tRPC caller for Server Components: one context per request, sharing its session lookup,
 * in the page's language (its refusals and field errors are the ones the page shows), or in
 * `locale` when the caller names one: an export in its «dokumentspråk» (ADR 0018).
 */
export const getServerCaller = cache(async (locale?: Locale) => {
  const [user, pageLocale] = await Promise.all([getRequestUser(), locale ?? requestLocale()]);
  return createCaller(contextFor(user, null, pageLocale));
});
