/**
 * Calendar dates are ISO strings (yyyy-mm-dd) in Europe/Oslo; instants are Date
 * objects stored as UTC. Display formatting lives in format.ts beside it.
 */
export const OSLO = "Europe/Oslo";

// Made once: building an Intl.DateTimeFormat costs far more than formatting with it, and the
// årshjul and its calendar feed format hundreds of dates per request.
const osloDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: OSLO,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Oslo as yyyy-mm-dd (or the Oslo date of `now`). */
export function isoToday(now = new Date()): string {
  return osloDay.format(now);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const osloParts = new Intl.DateTimeFormat("en-US", {
  timeZone: OSLO,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far Oslo's clock is ahead of UTC at this instant, in minutes: 60 in winter, 120 in summer. */
export function osloOffsetMinutes(instant: Date): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  const parts = Object.fromEntries(osloParts.formatToParts(new Date(whole)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((wall - whole) / 60_000);
}

/**
 * The UTC instant of an Oslo wall-clock time ("2027-03-05", "14:00"), using Oslo's offset on
 * that date (summer time from the last Sunday of March to the last Sunday of October). A time
 * that does not exist (02:30 when the clock jumps forward) lands an hour later; a time that
 * happens twice (02:30 when it falls back) is the first of the two.
 */
export function osloLocalToUtc(isoDate: string, time: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y!, m! - 1, d, hh, mm);
  // The offset an hour either side of the change differs; asking twice settles on the right one.
  const first = wall - osloOffsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - osloOffsetMinutes(new Date(first)) * 60_000);
}

/** The last day of a month as a number (28–31). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Norwegian month names, lower case as in running text ("i mars"). */
export const monthNames = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
] as const;
