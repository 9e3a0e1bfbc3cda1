import { defaultLocale, type Locale } from "./i18n/locales";
import { OSLO } from "./dates";

// Dates and numbers are written the same way in bokmål and nynorsk (5.3.2027, 12,6, 1 250 000), so
// both use nb-NO: Chromium ships without nynorsk locale data and would fall back to American
// formats for nn-NO in the browser. Made once: building an Intl formatter costs far more than using it.
const NUMERIC_TAG = "nb-NO";
const dateFormat = new Intl.DateTimeFormat(NUMERIC_TAG, { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat(NUMERIC_TAG, {
  day: "numeric",
  month: "numeric",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: OSLO,
});
const numberFormat = new Intl.NumberFormat(NUMERIC_TAG, { maximumFractionDigits: 2 });

// Names are words, and differ: locale data of our own, for the same reason (no nn in Chromium).
const weekdays: Record<Locale, readonly string[]> = {
  nb: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
  nn: ["søndag", "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag"],
};
const months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"] as const;

/** "2027-03-05" → "5.3.2027". Calendar dates carry no zone, so they are read as UTC. */
export function formatDate(isoDate: string | null | undefined, _locale: Locale = defaultLocale): string {
  if (!isoDate) return "–";
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant shown in Oslo time: "5.3.2027, 14:05". */
export function formatDateTime(instant: Date, _locale: Locale = defaultLocale): string {
  return dateTimeFormat.format(instant);
}

/** 12.6 → "12,6"; 1250000 → "1 250 000". */
export function formatNumber(value: number | null | undefined, _locale: Locale = defaultLocale): string {
  return value === null || value === undefined ? "–" : numberFormat.format(value);
}

/** 12345000 → "12 345 000 kr" (no-break spaces); null → "–". */
export function formatKroner(amount: number | null | undefined, _locale: Locale = defaultLocale): string {
  if (amount === null || amount === undefined) return "–";
  return `${numberFormat.format(Math.round(amount))}\u00a0kr`;
}

/** "2027-03-06" → "lørdag" (bokmål) or "laurdag" (nynorsk); the names CLDR gives. */
export function formatWeekday(isoDate: string, locale: Locale = defaultLocale): string {
  return weekdays[locale][new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!;
}

/** 3 → "mars", lower case as in running text ("i mars"); the same words in both languages. */
export function formatMonth(month: number, _locale: Locale = defaultLocale): string {
  return months[month - 1] ?? "";
}
