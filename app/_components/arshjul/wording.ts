import { capitalise } from "~/lib/annual-cycle/categories";
import { formatDate, formatMonth } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { cycleText } from "~/server/domain/annual-cycle/texts";
import type { WheelEvent } from "~/server/domain/annual-cycle/view";

/** The id a list entry carries, so the wheel can link to it ("#hendelse-…"). */
export const entryAnchor = (id: string) => `hendelse-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** When, in words: "22.4.2027, kl. 09:00–11:00", "1.12.2027–15.1.2028", "I løpet av mars". */
export function whenText(e: WheelEvent, locale: Locale): string {
  const t = cycleText(locale);
  if (e.dateKind === "maned") return e.month ? t("when.month", { month: formatMonth(e.month, locale) }) : "";
  if (e.dateKind === "periode" && e.endDate && e.endDate !== e.startDate) return `${formatDate(e.startDate, locale)}–${formatDate(e.endDate, locale)}`;
  const time = e.startTime ? `, ${e.endTime ? t("when.timeSpan", { start: e.startTime, end: e.endTime }) : t("when.time", { start: e.startTime })}` : "";
  return `${formatDate(e.startDate, locale)}${time}`;
}

/** " (fortsetter i 2028)" for a period that runs into next year, else "". */
export function continuesText(e: WheelEvent, year: number, locale: Locale): string {
  return e.endDate && e.endDate.slice(0, 4) !== String(year) ? ` ${cycleText(locale)("when.continues", { year: e.endDate.slice(0, 4) })}` : "";
}

/** The month an event is listed under: where it starts (events of a year always start in it). */
export const listMonth = (e: WheelEvent) => (e.dateKind === "maned" ? (e.month ?? 1) : Number(e.startDate?.slice(5, 7) ?? 1));

/** One line for a mark's accessible name and tooltip. */
export const markLabel = (e: WheelEvent, year: number, locale: Locale) =>
  `${e.title}. ${whenText(e, locale)}${continuesText(e, year, locale)}. ${cycleText(locale)(`category.${e.category}`)}.`;

export const monthHeading = (month: number, locale: Locale) => capitalise(formatMonth(month, locale));
