/**
 * An activity's "når" (./timing-rules.ts), and the form and router input that checks it. The
 * schema is here, apart from the rules, because it needs zod, which browser components should not
 * load for formatting and parsing (issue 18).
 */
import { z } from "zod";
import { isoDate, rule } from "~/lib/validation";
import { HALF_VALUE, MAX_YEAR, MIN_YEAR, MONTH_VALUE } from "./timing-rules";

export * from "./timing-rules";

const continuousValue = z
  .string()
  .nullish()
  .transform(() => null);

// A fresh object for each schema: zod keeps the params object it is given.
const yearBetween = () => rule("errors.rules.yearRange", { min: MIN_YEAR, max: MAX_YEAR });

/**
 * Form and router input for "når": `{ kind, value }`, with the value checked against the kind.
 * A value sent with "fortløpende" is dropped. Messages name the field ("value") that is wrong.
 */
export const timingInput = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("fortlopende"), value: continuousValue }),
    z.object({ kind: z.literal("dato"), value: isoDate("errors.labels.dateDefinite") }),
    z.object({
      kind: z.literal("maned"),
      value: z
        .string(rule("plan.rules.chooseMonth"))
        .regex(MONTH_VALUE, rule("plan.rules.chooseMonthFormat"))
        .refine((v) => inYearRange(v), yearBetween()),
    }),
    z.object({
      kind: z.literal("halvar"),
      value: z
        .string(rule("plan.rules.chooseHalf"))
        .regex(HALF_VALUE, rule("plan.rules.chooseHalf"))
        .refine((v) => inYearRange(v), yearBetween()),
    }),
  ],
  rule("plan.rules.chooseTiming"),
);

function inYearRange(value: string): boolean {
  const y = Number(value.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
}
