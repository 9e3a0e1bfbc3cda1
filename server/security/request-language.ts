/**
 * The language to answer a request in before anything else is known about it (a refusal at the
 * door, before the session is read): the browser's explicit choice, the `sprak` cookie (ADR 0018),
 * else bokmål. Cheap and pure: no database.
 */
import { chooseLocale, LOCALE_COOKIE, type Locale } from "~/lib/i18n/locales";
import { cookieValue } from "~/lib/cookie-header";

export const cookieLocale = (headers: Headers): Locale => chooseLocale({ browser: cookieValue(headers.get("cookie"), LOCALE_COOKIE) });
