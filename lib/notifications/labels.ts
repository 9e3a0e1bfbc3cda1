/** How /varsler lists notifications, shared by the server-rendered page and the client components. */
import { addDays } from "~/lib/dates";
import { formatDate, formatWeekday } from "~/lib/format";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";

/** The words for the two nearest days, from the catalogue (notifications.day). */
export interface NearDays {
  today: string;
  yesterday: string;
}

/**
 * A day's heading in the list: «I dag», «I går», then «Mandag 1.3.2027» («Laurdag …» in nynorsk).
 * Both are Oslo dates (yyyy-mm-dd).
 */
export function dayHeading(day: string, today: string, near: NearDays, locale: Locale = defaultLocale): string {
  if (day === today) return near.today;
  if (day === addDays(today, -1)) return near.yesterday;
  const name = formatWeekday(day, locale);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${formatDate(day, locale)}`;
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
