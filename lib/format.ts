import { OSLO } from "./dates";

const dateFormat = new Intl.DateTimeFormat("nb-NO", {
  day: "numeric",
  month: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("nb-NO", {
  day: "numeric",
  month: "numeric",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: OSLO,
});
const numberFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 2 });

/** "2027-03-05" → "5.3.2027". Calendar dates carry no zone, so they are read as UTC. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "–";
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant shown in Oslo time: "5.3.2027, 14:05". */
export function formatDateTime(instant: Date): string {
  return dateTimeFormat.format(instant);
}

/** 12.6 → "12,6"; 1250000 → "1 250 000". */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : numberFormat.format(value);
}

/** 12345000 → "12 345 000 kr" (no-break spaces); null → "–". */
export function formatKroner(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return "–";
  return `${numberFormat.format(Math.round(amount))}\u00a0kr`;
}
