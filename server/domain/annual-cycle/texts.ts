import type { Locale } from "~/lib/i18n/locales";
import { translator, type Translator } from "~/lib/i18n/translate";

/** The "cycle" catalogue in a language (translators are kept per language: lib/i18n/translate.ts). */
export const cycleText = (locale: Locale): Translator<"cycle"> => translator(locale, "cycle");
