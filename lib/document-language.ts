/**
 * The «dokumentspråk» of an export (ADR 0018): an export goes to others, so the person picks its
 * language with `?sprak=nb|nn`; without a valid choice it is their own language. Pure, so the
 * route handlers and their tests share it.
 */
import { isLocale, LOCALE_COOKIE, type Locale } from "~/lib/i18n/locales";

/** The query parameter an export URL carries its language in; the same name as the cookie. */
export const DOCUMENT_LANGUAGE_PARAM = LOCALE_COOKIE;

/** `?sprak=nn` → "nn"; a missing or unknown value (or a URL that does not parse) → `fallback`, never an error. */
export function documentLocale(url: string | URL, fallback: Locale): Locale {
  if (!URL.canParse(url)) return fallback;
  const value = new URL(url).searchParams.get(DOCUMENT_LANGUAGE_PARAM);
  return isLocale(value) ? value : fallback;
}

/** An export path with its document language added to the query: "/…/eksport/pdf?versjon=v1&sprak=nn". */
export function withDocumentLocale(href: string, locale: Locale): string {
  return `${href}${href.includes("?") ? "&" : "?"}${DOCUMENT_LANGUAGE_PARAM}=${locale}`;
}
