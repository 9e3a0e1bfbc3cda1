/**
 * The årshjul as iCalendar (RFC 5545), written by ./ical-writer. Dates without a time (a date,
 * a period, a month) are all-day events; meetings with a time are UTC instants computed from
 * Oslo's offset on that date, so every calendar shows them at the right local time on both
 * sides of the change to and from summer time.
 */
import { addDays, daysInMonth, osloLocalToUtc } from "~/lib/dates";
import { writeCalendar, type CalendarEvent } from "./ical-writer";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { cycleText } from "./texts";
import type { WheelEvent } from "./view";

/** First and last day (inclusive) of an event's stretch, or null when it has no dates. */
export function eventDays(e: Pick<WheelEvent, "dateKind" | "startDate" | "endDate" | "month">, year: number): { first: string; last: string } | null {
  if (e.dateKind === "maned") {
    if (!e.month) return null;
    const mm = String(e.month).padStart(2, "0");
    return { first: `${year}-${mm}-01`, last: `${year}-${mm}-${daysInMonth(year, e.month)}` };
  }
  if (!e.startDate) return null;
  return { first: e.startDate, last: e.dateKind === "periode" && e.endDate ? e.endDate : e.startDate };
}

export interface CalendarContext {
  /** Where links in the events point, e.g. "https://partnerskap.nav.no". */
  origin: string;
  /** Put before every title, e.g. "Nav Grimstad: " in a feed that mixes partnerships. */
  titlePrefix?: string;
  /** The language of the words the app adds (descriptions, categories); titles stay as written. */
  locale?: Locale;
}

/** One calendar event per årshjul event; uids are stable, so a subscribed calendar updates in place. */
export function toCalendarEvents(events: readonly WheelEvent[], year: number, ctx: CalendarContext): CalendarEvent[] {
  const t = cycleText(ctx.locale ?? defaultLocale);
  const out: CalendarEvent[] = [];
  for (const e of events) {
    const days = eventDays(e, year);
    if (!days) continue;
    const url = e.link ? new URL(e.link.href, ctx.origin).href : undefined;
    const category = t(`category.${e.category}`);
    const lines = [
      e.responsible && t("ics.responsible", { name: e.responsible }),
      e.description,
      t("ics.ring", { category }),
      e.derivedFrom,
      url && t("ics.link", { url }),
    ].filter(Boolean);
    const common = {
      uid: `${e.id.replace(/[^A-Za-z0-9-]/g, "-")}@partnerskapsrommet`,
      title: `${ctx.titlePrefix ?? ""}${e.title}`,
      description: lines.join("\n"),
      categories: [category],
      ...(url ? { url } : {}),
      ...(e.place ? { location: e.place } : {}),
    };
    if (e.dateKind === "dato" && e.startTime) {
      const start = osloLocalToUtc(days.first, e.startTime).getTime();
      const givenEnd = e.endTime ? osloLocalToUtc(days.first, e.endTime).getTime() : null;
      const end = givenEnd !== null && givenEnd > start ? givenEnd : start + 60 * 60_000;
      out.push({ ...common, start: { instant: start }, end: { instant: end } });
    } else {
      // DTEND of an all-day event is the day after the last day (exclusive).
      out.push({ ...common, start: { date: days.first }, end: { date: addDays(days.last, 1) } });
    }
  }
  return out;
}

/** The .ics text of a calendar; an empty one is still a valid answer to a subscription. */
export function buildCalendar(events: readonly CalendarEvent[], calName: string): string {
  return writeCalendar(events, calName);
}

/** A subscription's calendar name, in the subscriber's language. */
export const feedName = (locale: Locale = defaultLocale) => cycleText(locale)("ics.feedName");

/** A downloaded year's calendar name: "Årshjul 2027 – Nav Grimstad". */
export const yearCalendarName = (year: number, officeName: string, locale: Locale = defaultLocale) =>
  cycleText(locale)("ics.yearName", { year: String(year), office: officeName });
