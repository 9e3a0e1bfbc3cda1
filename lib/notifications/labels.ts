/** Words the bell and /varsler show, shared by the server-rendered page and the client components. */
import { addDays } from "~/lib/dates";
import { formatDate } from "~/lib/format";

/** The bell's accessible name: «Varsler, 3 uleste»; just «Varsler» until the count is known. */
export function unreadLabel(count: number | null): string {
  if (count === null) return "Varsler";
  if (count === 0) return "Varsler, ingen uleste";
  return `Varsler, ${count} ${count === 1 ? "ulest" : "uleste"}`;
}

const weekday = new Intl.DateTimeFormat("nb-NO", { weekday: "long", timeZone: "UTC" });

/** A day's heading in the list: «I dag», «I går», then «mandag 1.3.2027». Both are Oslo dates (yyyy-mm-dd). */
export function dayHeading(day: string, today: string): string {
  if (day === today) return "I dag";
  if (day === addDays(today, -1)) return "I går";
  const name = weekday.format(new Date(`${day}T00:00:00Z`));
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${formatDate(day)}`;
}

/** Items in order, grouped by consecutive day. */
export function groupByDay<T extends { day: string }>(items: readonly T[]): { day: string; items: T[] }[] {
  const groups: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.day === item.day) last.items.push(item);
    else groups.push({ day: item.day, items: [item] });
  }
  return groups;
}

const clock = new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** «14:05», Oslo time. */
export const timeOfDay = (instant: Date) => clock.format(instant);

/** `?side=` read leniently: anything that is not a page number is the first page. */
export function pageFromParam(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}
