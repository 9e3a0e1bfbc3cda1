/**
 * The wheel's rings and how each is told apart without colour: a name (in the "cycle" catalogue),
 * a short letter shown in the wheel and the legend, and a fill pattern. Pure data, shared by the
 * page, the print view and the calendar export.
 */
import { monthNames } from "~/lib/dates";
import { formatMonth } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { cycleCategories, cycleDateKinds, cycleLinkKinds } from "~/db/schema/enums";

export type CycleCategory = (typeof cycleCategories)[number];
export type CycleDateKind = (typeof cycleDateKinds)[number];
export type CycleLinkKind = (typeof cycleLinkKinds)[number];

export { cycleCategories, cycleDateKinds, cycleLinkKinds };

export interface CategoryInfo {
  /** One letter in the wheel's ring label and on each list entry (the same in both languages). */
  letter: string;
  /** The pattern that fills the ring's arcs (see the wheel's <defs>). */
  pattern: "solid" | "stripes" | "dots" | "cross" | "waves" | "grid";
}

/** The words (a ring's name and hint, the date and link kinds) are in the "cycle" catalogue: category.<c>, categoryHint.<c>. */
export const categoryInfo: Record<CycleCategory, CategoryInfo> = {
  partnerskapsmote: { letter: "M", pattern: "solid" },
  plan_styring: { letter: "P", pattern: "stripes" },
  budsjett: { letter: "B", pattern: "dots" },
  avtaler: { letter: "A", pattern: "cross" },
  politikk: { letter: "K", pattern: "waves" },
  utvikling: { letter: "U", pattern: "grid" },
};

export { monthNames };

/** 3 → "mar": the wheel's month labels, the first three letters of the month in both languages. */
export const monthShort = (month: number, locale: Locale) => formatMonth(month, locale).slice(0, 3);

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
