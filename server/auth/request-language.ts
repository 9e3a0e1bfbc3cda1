/**
 * The language of a request to better-auth's own endpoints (sign-in, password change), for the
 * messages our hooks answer with: the browser's choice (the `sprak` cookie, set on the sign-in page
 * or /konto), else bokmål. Before signing in there is no account to ask, and a signed-in person's
 * choice on /konto sets the cookie too.
 */
import { chooseLocale, LOCALE_COOKIE, type Locale } from "~/lib/i18n/locales";

export function authRequestLocale(headers: Headers | undefined | null): Locale {
  const cookies = headers?.get("cookie") ?? "";
  const found = cookies
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`));
  return chooseLocale({ browser: found?.slice(LOCALE_COOKIE.length + 1) });
}
