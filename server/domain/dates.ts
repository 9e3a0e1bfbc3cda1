/**
 * Calendar dates are ISO strings (yyyy-mm-dd) in Europe/Oslo; instants are Date
 * objects stored as UTC. Display formatting lives in app/_lib/format.ts.
 */
export const OSLO = "Europe/Oslo";

/** Today's date in Oslo as yyyy-mm-dd. */
export function isoToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: OSLO,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
