import { capitalise, categoryInfo, monthNames } from "~/lib/annual-cycle/categories";
import type { WheelEvent } from "~/server/domain/annual-cycle/view";
import { formatDate } from "~/lib/format";

/** The id a list entry carries, so the wheel can link to it ("#hendelse-…"). */
export const entryAnchor = (id: string) => `hendelse-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** When, in words: "22.4.2027, kl. 09:00–11:00", "1.12.2027–15.1.2028", "I løpet av mars". */
export function whenText(e: WheelEvent): string {
  if (e.dateKind === "maned") return e.month ? `I løpet av ${monthNames[e.month - 1]}` : "";
  if (e.dateKind === "periode" && e.endDate && e.endDate !== e.startDate) return `${formatDate(e.startDate)}–${formatDate(e.endDate)}`;
  const time = e.startTime ? `, kl. ${e.startTime}${e.endTime ? `–${e.endTime}` : ""}` : "";
  return `${formatDate(e.startDate)}${time}`;
}

/** The month an event is listed under: where it starts (events of a year always start in it). */
export const listMonth = (e: WheelEvent) => (e.dateKind === "maned" ? (e.month ?? 1) : Number(e.startDate?.slice(5, 7) ?? 1));

/** One line for a mark's accessible name and tooltip. */
export const markLabel = (e: WheelEvent, year: number) => {
  const continues = e.endDate && e.endDate.slice(0, 4) !== String(year) ? ` (fortsetter i ${e.endDate.slice(0, 4)})` : "";
  return `${e.title}. ${whenText(e)}${continues}. ${categoryInfo[e.category].label}.`;
};

export const monthHeading = (month: number) => capitalise(monthNames[month - 1]!);
