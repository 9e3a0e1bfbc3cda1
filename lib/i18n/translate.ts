/**
 * Translations outside React (e-mails, exports, calendar files, domain errors): the same
 * catalogues and ICU rules as the pages, in the language the caller names.
 */
import { createTranslator } from "next-intl";
import { catalogues, type Namespace } from "~/messages/catalogues";
import type { Locale } from "./locales";

const make = <N extends Namespace>(locale: Locale, namespace: N) =>
  createTranslator({ locale, messages: catalogues[locale], namespace, timeZone: "Europe/Oslo" });

export type Translator<N extends Namespace> = ReturnType<typeof make<N>>;

// One per language and namespace, kept: a translator caches the ICU messages it has parsed, and
// a calendar feed or a mail burst renders hundreds of messages in one go.
const made = new Map<string, unknown>();

export function translator<N extends Namespace>(locale: Locale, namespace: N): Translator<N> {
  const key = `${locale}/${namespace}`;
  let t = made.get(key) as Translator<N> | undefined;
  if (!t) {
    t = make(locale, namespace);
    made.set(key, t);
  }
  return t;
}
