import { intlTag, type Locale } from "./locales";

/** A value made once per language and kept, such as an Intl formatter. */
export function perLocale<T>(make: (tag: "nb-NO" | "nn-NO") => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(intlTag(locale));
      made.set(locale, value);
    }
    return value;
  };
}
