import type { ReactNode } from "react";
import { Sparkline } from "~/app/_components/sparkline";
import { planSourceLabels } from "~/lib/business-plan/balance";
import { formatTarget, indicatorTrend, periodLabel, targetState } from "~/lib/business-plan/targets";
import { formatNumber } from "~/lib/format";
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
  return (
    <div>
      <p className="m-0 font-semibold">
        {indicator.name} <SourceBadge source={indicator.source} />
      </p>
      <p className="m-0 text-sm">
        Mål: {formatTarget(indicator)}
        {indicator.baseline !== null && ` · Utgangsverdi: ${formatNumber(indicator.baseline)}${indicator.unit ? ` ${indicator.unit}` : ""}`} · Kilde:{" "}
        {planSourceLabels[indicator.source]}
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-4">
        <TargetStateText state={state} />
        <Sparkline values={trend.map((v) => v.value)} target={indicator.targetKind === "retning" ? null : indicator.targetValue} />
        {latest && (
          <span className="text-sm">
            Siste måling: {formatNumber(latest.value)}
            {indicator.unit ? ` ${indicator.unit}` : ""} ({periodLabel(latest.period)})
          </span>
        )}
      </div>
      {recent.length > 1 && (
        <p className="m-0 mt-1 text-sm text-ax-text-neutral-subtle">
          Målinger: {recent.map((v) => `${periodLabel(v.period)}: ${formatNumber(v.value)}`).join(" · ")}
          {trend.length > recent.length ? ` (og ${trend.length - recent.length} tidligere)` : ""}
        </p>
      )}
      {earlierYears.length > 0 && (
        <p className="m-0 text-sm text-ax-text-neutral-subtle">
          Fortsetter fra planen for {earlierYears.join(" og ")}: målingene derfra er tatt med.
        </p>
      )}
      {extra}
    </div>
  );
}
