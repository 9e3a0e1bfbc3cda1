import { useLocale, useTranslations } from "next-intl";
import { formatMonth } from "~/lib/format";
import { isLocale, type Locale } from "~/lib/i18n/locales";
import { HALF_VALUE, MONTH_VALUE, type TimingKind } from "~/lib/business-plan/timing-rules";

/**
 * The plan's periods and timings in the reader's language, for client components: the same words
 * as server/export/plan-wording.ts (which the server uses), from the "plan" catalogue the layout hands over.
 */
export function usePlanWords() {
  const t = useTranslations("plan");
  const requested = useLocale();
  const locale: Locale = isLocale(requested) ? requested : "nb";

  /** "2026-T1" → "1. tertial 2026", "2026-03" → "mars 2026", "2026" → "2026". */
  const period = (value: string): string => {
    const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
    if (month) return `${formatMonth(Number(month[2]), locale)} ${month[1]}`;
    const tertial = /^(\d{4})-T([1-3])$/.exec(value);
    if (tertial) return t("period.tertial", { tertial: tertial[2]!, year: tertial[1]! });
    return value;
  };

  /** "Fortløpende", "1. halvår 2027", "mars 2027", "15.03.2027". */
  const timing = (kind: TimingKind, value: string | null): string => {
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
  };

  return { t, locale, period, timing };
}
