/**
 * The app's two written languages (ADR 0018). Framework-free: pages, the API, e-mails and
 * exports all decide a language with these, and the browser can have them too.
 */
import { locales, malformer } from "~/db/schema/enums";

export { locales, malformer };
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nb";

/** The latest explicit choice made in this browser (sign-in page, join screen, /konto). */
export const LOCALE_COOKIE = "sprak";
/** The language of the page an API call comes from (app/_components/trpc-provider.tsx). */
export const PAGE_LOCALE_HEADER = "x-partnerskapsrommet-sprak";
/** A year: a choice is kept until it is changed. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export const localeNames: Record<Locale, string> = { nb: "Bokmål", nn: "Nynorsk" };

export function isLocale(value: unknown): value is Locale {
  return value === "nb" || value === "nn";
}

/** The BCP 47 tag Intl formats dates and numbers with. */
export function intlTag(locale: Locale): "nb-NO" | "nn-NO" {
  return locale === "nn" ? "nn-NO" : "nb-NO";
}

export type Malform = (typeof malformer)[number];

export function localeOfMalform(malform: Malform | null | undefined): Locale {
  return malform === "nynorsk" ? "nn" : "nb";
}

/**
 * Which language a person sees: the latest explicit choice in this browser first (so a choice on
 * the sign-in page holds after signing in), then the choice saved on their account (a new device),
 * then the målform of the kommune of their first partnership, then bokmål.
 */
export function chooseLocale(choices: { browser?: unknown; account?: unknown; malform?: Malform | null }): Locale {
  if (isLocale(choices.browser)) return choices.browser;
  if (isLocale(choices.account)) return choices.account;
  return localeOfMalform(choices.malform);
}
