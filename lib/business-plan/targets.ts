/**
 * Indicators (./target-rules.ts), and the router input for a period. The schema is here, apart
 * from the rules, because it needs zod, which browser components should not load (issue 18).
 */
import { z } from "zod";
import { rule } from "~/lib/validation";
import { isPeriodInRange, periodRangeMessage, type PeriodKind } from "./target-rules";

export * from "./target-rules";

/**
 * A period of the given kind from year − 2 up to and including the plan's year. Earlier years
 * are allowed so a trend can be entered.
 */
export function periodInput(kind: PeriodKind, year: number) {
  const { key, values } = periodRangeMessage(kind, year);
  // A fresh params object for each check: zod keeps the one it is given.
  return z.string(rule(key, values)).refine((value) => isPeriodInRange(kind, value, year), rule(key, values));
}
