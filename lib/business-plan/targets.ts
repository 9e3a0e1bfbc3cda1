/**
 * Indicators (./target-rules.ts), and the router input for a period. The schema is here, apart
 * from the rules, because it needs zod, which browser components should not load (issue 18).
 */
import { z } from "zod";
import { rule } from "~/lib/validation";
import { PERIOD_YEARS_BACK, periodsOf, type PeriodKind } from "./target-rules";

export * from "./target-rules";

/**
 * A period of the given kind from year − 2 up to and including the plan's year. Earlier years
 * are allowed so a trend can be entered.
 */
export function periodInput(kind: PeriodKind, year: number) {
  const first = year - PERIOD_YEARS_BACK;
  const allowed = new Set<string>();
  for (let y = first; y <= year; y++) for (const p of periodsOf(kind, y)) allowed.add(p);
  // Years as text: ICU would write 2 027.
  const message = () => rule(`plan.import.periodRange.${kind}`, { first: String(first), year: String(year) });
  return z.string(message()).refine((value) => allowed.has(value), message());
}
