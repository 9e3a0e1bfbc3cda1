import { buildCalendar, toCalendarEvents, yearCalendarName } from "~/server/domain/annual-cycle/ics";
import { calendarDownload } from "~/server/export/calendar-http";
import { loadForExport, textResponse } from "~/server/export/http";
import { cycleText } from "~/server/domain/annual-cycle/texts";
import { requestLocale } from "~/server/i18n/request-locale";

type Context = { params: Promise<{ slug: string; ar: string }> };

/**
 * The year's årshjul as an .ics file, read through the API like the page, so refusals match it.
 * The words the app adds are in the downloading person's language; titles stay as written.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, ar } = await params;
  const locale = await requestLocale();
  const t = cycleText(locale);
  if (!/^\d{4}$/.test(ar)) return textResponse(404, t("download.notFound"));
  const year = Number(ar);
  const { data, refusal } = await loadForExport((api) => api.annualCycle.year({ partnership: slug, year }), {
    unauthorized: t("download.unauthorized"),
    forbidden: t("download.forbidden"),
    notFound: t("download.notFound"),
  });
  if (refusal) return refusal;
  const ics = buildCalendar(toCalendarEvents(data.events, year, { origin: new URL(request.url).origin, locale }), yearCalendarName(year, data.officeName, locale));
  return calendarDownload(ics, `arshjul-${slug.replace(/[^a-z0-9-]/g, "")}-${year}.ics`);
}
