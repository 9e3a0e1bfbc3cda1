/**
 * Indicators (./target-rules.ts), and the router input for a period. The schema is here, apart
 * from the rules, because it needs zod, which browser components should not load (issue 18).
 */
import { z } from "zod";
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
  const message = {
    maned: `Velg en måned fra januar ${first} til desember ${year}.`,
    tertial: `Velg et tertial fra 1. tertial ${first} til 3. tertial ${year}.`,
    ar: `Velg et år fra ${first} til ${year}.`,
  }[kind];
  return z.string({ error: message }).refine((value) => allowed.has(value), message);
}
