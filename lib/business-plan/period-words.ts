import { formatMonth } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { HALF_VALUE, MONTH_VALUE, type TimingKind } from "./timing-rules";

/** The plan catalogue's words these texts need; pages pass useTranslations("plan"), the server its translator. */
export type PeriodWords = (key: "period.tertial" | "timing.continuous" | "timing.half", values?: Record<string, string>) => string;

/** "2026-T1" → "1. tertial 2026", "2026-03" → "mars 2026", "2026" → "2026"; anything else as it is. */
export function periodText(period: string, locale: Locale, t: PeriodWords): string {
  const month = MONTH_VALUE.exec(period);
  if (month) return `${formatMonth(Number(month[2]), locale)} ${month[1]}`;
  const tertial = /^(\d{4})-T([1-3])$/.exec(period);
  if (tertial) return t("period.tertial", { tertial: tertial[2]!, year: tertial[1]! });
  return period;
}

/** "Fortløpende", "1. halvår 2027", "mars 2027", "15.03.2027". A malformed value is shown as stored. */
export function timingText(kind: TimingKind, value: string | null, locale: Locale, t: PeriodWords): string {
  if (kind === "fortlopende") return t("timing.continuous");
  if (value === null || value === "") return "–";
  if (kind === "dato") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
  }
  if (kind === "maned") {
    const m = MONTH_VALUE.exec(value);
    return m ? `${formatMonth(Number(m[2]), locale)} ${m[1]}` : value;
  }
  const m = HALF_VALUE.exec(value);
  return m ? t("timing.half", { half: m[2]!, year: m[1]! }) : value;
}
