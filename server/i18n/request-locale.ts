import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "~/lib/i18n/locales";
import { getRequestUser } from "~/server/auth/session";

/** The language of this page request: the browser's choice, the account's, or the målform default. */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [jar, user] = await Promise.all([cookies(), getRequestUser()]);
  return chooseLocale({ browser: jar.get(LOCALE_COOKIE)?.value, account: user?.language, malform: user?.malform });
});
