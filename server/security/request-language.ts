/**
 * The language to answer a request in before anything else is known about it (a refusal at the
 * door, before the session is read): the browser's explicit choice, the `sprak` cookie (ADR 0018),
 * else the language of the page the call comes from (a guest at a nynorsk samling has no cookie,
 * but their page is in nynorsk), else bokmål. Cheap and pure: no database.
 */
import { chooseLocale, isLocale, LOCALE_COOKIE, PAGE_LOCALE_HEADER, type Locale } from "~/lib/i18n/locales";
import { cookieValue } from "~/lib/cookie-header";

/** The cookie's or the page's language, if the request names one. */
export const statedLocale = (headers: Headers): Locale | null => {
  const cookie = cookieValue(headers.get("cookie"), LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  const page = headers.get(PAGE_LOCALE_HEADER);
  return isLocale(page) ? page : null;
};

export const cookieLocale = (headers: Headers): Locale => chooseLocale({ browser: statedLocale(headers) });
