import type { ReactNode } from "react";
import { Sparkline } from "~/app/_components/sparkline";
import { useLocale, useTranslations } from "next-intl";
import { indicatorTrend, targetState } from "~/lib/business-plan/targets";
import { formatNumber } from "~/lib/format";
import { isLocale } from "~/lib/i18n/locales";
import { formatTarget, periodText, sourceText } from "~/server/export/plan-wording";
import type { IndicatorNode } from "~/server/domain/business-plan/snapshot";
import { SourceBadge, TargetStateText } from "./plan-parts";

/** Name, source, target and the measured values with a trend line and whether the target is met. */
export function IndicatorView({ indicator, extra }: { indicator: IndicatorNode; extra: ReactNode }) {
  // One trend, with last year's measurements first, so the mark, the line and "Siste måling" agree.
  const trend = indicatorTrend(indicator);
  const state = targetState(indicator, trend);
  const recent = trend.slice(-6);
  const latest = trend.at(-1);
  const earlierYears = [...new Set(indicator.earlier.map((v) => v.planYear))].sort();
  const t = useTranslations("plan.page");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "nb";
  const withUnit = (value: number) => `${formatNumber(value, locale)}${indicator.unit ? ` ${indicator.unit}` : ""}`;
  return (
    <div>
      <p className="m-0 font-semibold">
        {indicator.name} <SourceBadge source={indicator.source} />
      </p>
      <p className="m-0 text-sm">
        {t("indicatorTarget", { target: formatTarget(indicator, locale) })}
        {indicator.baseline !== null && t("indicatorBaseline", { value: withUnit(indicator.baseline) })}
        {t("indicatorSource", { source: sourceText(indicator.source, locale) })}
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-4">
        <TargetStateText state={state} />
        <Sparkline values={trend.map((v) => v.value)} target={indicator.targetKind === "retning" ? null : indicator.targetValue} />
        {latest && (
          <span className="text-sm">
            {t("latest", { value: withUnit(latest.value), period: periodText(latest.period, locale) })}
          </span>
        )}
      </div>
      {recent.length > 1 && (
        <p className="m-0 mt-1 text-sm text-ax-text-neutral-subtle">
          {t("measurements", {
            list: recent.map((v) => t("measurementItem", { period: periodText(v.period, locale), value: formatNumber(v.value, locale) })).join(" · "),
          })}
          {trend.length > recent.length ? t("andEarlier", { count: trend.length - recent.length }) : ""}
        </p>
      )}
      {earlierYears.length > 0 && (
        <p className="m-0 text-sm text-ax-text-neutral-subtle">
          {t("continuesFrom", { years: earlierYears.join(t("andSeparator")) })}
        </p>
      )}
      {extra}
    </div>
  );
}
