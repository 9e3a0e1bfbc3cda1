import "server-only";
import { cache } from "react";
import type { Locale } from "~/lib/i18n/locales";
import { browserChoseLocale, requestLocale } from "~/server/i18n/request-locale";
import { samlingLanguage } from "~/server/i18n/samling-locale";

export interface DeltaLocale {
  locale: Locale;
  /** A choice made in this browser (the sprak cookie): it wins over the samling's language. */
  chosen: boolean;
}

/**
 * The language of a guest's phone (ADR 0018): the choice made in this browser, else the language
 * of the samling the code opens, else the request's own (bokmål for a guest). The page's address
 * carries the code, so this is what the request's language already is (server/i18n/request-locale.ts);
 * a code given otherwise is looked up here.
 */
export const deltaLocale = cache(async (code: string): Promise<DeltaLocale> => {
  const chosen = await browserChoseLocale();
  if (chosen || !code) return { locale: await requestLocale(), chosen };
  return { locale: (await samlingLanguage(code)) ?? (await requestLocale()), chosen };
});
