import { useLocale, useTranslations } from "next-intl";
import { isLocale, type Locale } from "~/lib/i18n/locales";
import { periodText, timingText } from "~/lib/business-plan/period-words";
import type { TimingKind } from "~/lib/business-plan/timing-rules";

/**
 * The plan's periods and timings in the reader's language, for client components: the same words
 * as server/export/plan-wording.ts (which the server uses), from the "plan" catalogue the layout hands over.
 */
export function usePlanWords() {
  const t = useTranslations("plan");
  const requested = useLocale();
  const locale: Locale = isLocale(requested) ? requested : "nb";

  const period = (value: string) => periodText(value, locale, t);
  const timing = (kind: TimingKind, value: string | null) => timingText(kind, value, locale, t);

  return { t, locale, period, timing };
}
