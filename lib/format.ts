import { perLocale } from "./i18n/format-cache";
import { defaultLocale, type Locale } from "./i18n/locales";
import { OSLO } from "./dates";

// Made once per language: building an Intl formatter costs far more than using it.
const dateFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" }));
const dateTimeFormat = perLocale(
  (tag) =>
    new Intl.DateTimeFormat(tag, {
      day: "numeric",
      month: "numeric",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: OSLO,
    }),
);
const numberFormat = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }));
const weekdayFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { weekday: "long", timeZone: "UTC" }));
const monthFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" }));

/** "2027-03-05" → "5.3.2027". Calendar dates carry no zone, so they are read as UTC. */
export function formatDate(isoDate: string | null | undefined, locale: Locale = defaultLocale): string {
  if (!isoDate) return "–";
  return dateFormat(locale).format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant shown in Oslo time: "5.3.2027, 14:05". */
export function formatDateTime(instant: Date, locale: Locale = defaultLocale): string {
  return dateTimeFormat(locale).format(instant);
}

/** 12.6 → "12,6"; 1250000 → "1 250 000". */
export function formatNumber(value: number | null | undefined, locale: Locale = defaultLocale): string {
  return value === null || value === undefined ? "–" : numberFormat(locale).format(value);
}

/** 12345000 → "12 345 000 kr" (no-break spaces); null → "–". */
export function formatKroner(amount: number | null | undefined, locale: Locale = defaultLocale): string {
  if (amount === null || amount === undefined) return "–";
  return `${numberFormat(locale).format(Math.round(amount))}\u00a0kr`;
}

/** "2027-03-06" → "lørdag" (bokmål) or "laurdag" (nynorsk). */
export function formatWeekday(isoDate: string, locale: Locale = defaultLocale): string {
  return weekdayFormat(locale).format(new Date(`${isoDate}T00:00:00Z`));
}

/** 3 → "mars", lower case as in running text ("i mars"); the same words in both languages. */
export function formatMonth(month: number, locale: Locale = defaultLocale): string {
  return monthFormat(locale).format(new Date(Date.UTC(2000, month - 1, 1)));
}
