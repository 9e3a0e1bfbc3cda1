/**
 * Translations outside React (e-mails, exports, calendar files, domain errors): the same
 * catalogues and ICU rules as the pages, in the language the caller names.
 */
import { createTranslator } from "next-intl";
import { catalogues, type Namespace } from "~/messages/catalogues";
import type { Locale } from "./locales";

export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: catalogues[locale], namespace, timeZone: "Europe/Oslo" });
}

export type Translator<N extends Namespace> = ReturnType<typeof translator<N>>;
