/**
 * An activity's "når" (./timing-rules.ts), and the form and router input that checks it. The
 * schema is here, apart from the rules, because it needs zod, which browser components should not
 * load for formatting and parsing (issue 18).
 */
import { z } from "zod";
import { isoDate } from "~/lib/validation";
import { HALF_VALUE, MAX_YEAR, MIN_YEAR, MONTH_VALUE } from "./timing-rules";

export * from "./timing-rules";

const continuousValue = z
  .string()
  .nullish()
  .transform(() => null);

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
        .string({ error: "Velg en måned." })
        .regex(MONTH_VALUE, { error: "Velg en måned (åååå-mm)." })
        .refine((v) => inYearRange(v), `Året må være mellom ${MIN_YEAR} og ${MAX_YEAR}.`),
    }),
    z.object({
      kind: z.literal("halvar"),
      value: z
        .string({ error: "Velg 1. eller 2. halvår." })
        .regex(HALF_VALUE, { error: "Velg 1. eller 2. halvår." })
        .refine((v) => inYearRange(v), `Året må være mellom ${MIN_YEAR} og ${MAX_YEAR}.`),
    }),
  ],
  { error: "Velg når aktiviteten skal skje: dato, måned, halvår eller fortløpende." },
);

function inYearRange(value: string): boolean {
  const y = Number(value.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
}
