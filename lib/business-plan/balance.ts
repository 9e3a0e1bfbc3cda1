/**
 * How joint the plan is: whose goals and indicators it holds, and the KS advice on how many
 * indicators a plan should have. Pure and client-safe: no database imports.
 */
import type { planSources, steeringLines } from "~/db/schema/enums";
import type { PlanSnapshot } from "~/server/domain/business-plan/snapshot";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";

/** Where a goal or indicator comes from: "stat" | "kommune" | "felles". */
export type PlanSource = (typeof planSources)[number];
export type SteeringLine = (typeof steeringLines)[number];

export const planSourceLabels: Record<PlanSource, string> = { stat: "Stat", kommune: "Kommune", felles: "Felles" };
export const steeringLineLabels: Record<SteeringLine, string> = { stat: "Stat", kommune: "Kommune" };

export type SourceCounts = Record<PlanSource, number>;

const emptyCounts = (): SourceCounts => ({ stat: 0, kommune: 0, felles: 0 });

function countBySource(items: readonly { source: PlanSource }[]): SourceCounts {
  const counts = emptyCounts();
  for (const item of items) counts[item.source] += 1;
  return counts;
}

/** Goals (across all satsingsområder) and indicators counted by source. */
export function sourceBalance(snapshot: Pick<PlanSnapshot, "focusAreas" | "indicators">): {
  goals: SourceCounts;
  indicators: SourceCounts;
} {
  return {
    goals: countBySource(snapshot.focusAreas.flatMap((area) => area.goals)),
    indicators: countBySource(snapshot.indicators),
  };
}

/** KS: at most 15–16 indicators per office, so it is clear what matters most. */
export const MAX_INDICATORS = 16;
/** KS: at least 4–5 indicators from the municipal line, so the kommune's goals are visible. */
export const MIN_MUNICIPAL_INDICATORS = 4;

/**
 * The KS advice on indicators, as warnings in the reader's language; [] when the plan follows it.
 * Only indicators with source "kommune" count as municipal ("felles" ones do not).
 * A plan with no indicators yet gets no warnings: completeness (missingForApproval) already
 * says that indicators are missing, and a warning about too few municipal ones would only
 * repeat it. From the first indicator on, the municipal advice applies.
 */
export function indicatorAdvice(indicators: readonly { source: PlanSource }[], locale: Locale = "nb"): string[] {
  if (indicators.length === 0) return [];
  const t = translator(locale, "plan");
  const advice: string[] = [];
  if (indicators.length > MAX_INDICATORS) advice.push(t("advice.tooMany", { count: indicators.length }));
  const municipal = indicators.filter((i) => i.source === "kommune").length;
  if (municipal < MIN_MUNICIPAL_INDICATORS) advice.push(t("advice.fewMunicipal", { count: municipal }));
  return advice;
}
