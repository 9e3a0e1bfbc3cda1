import { buildCalendar, toCalendarEvents } from "~/server/domain/annual-cycle/ics";
import { calendarDownload } from "~/server/export/calendar-http";
import { loadForExport, textResponse } from "~/server/export/http";

type Context = { params: Promise<{ slug: string; ar: string }> };

const NOT_FOUND = "Fant ikke årshjulet.";

/** The year's årshjul as an .ics file, read through the API like the page, so refusals match it. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, ar } = await params;
  if (!/^\d{4}$/.test(ar)) return textResponse(404, NOT_FOUND);
  const year = Number(ar);
  const { data, refusal } = await loadForExport((api) => api.annualCycle.year({ partnership: slug, year }), {
    unauthorized: "Du må logge inn for å laste ned årshjulet.",
    forbidden: "Du har ikke tilgang til dette årshjulet.",
    notFound: NOT_FOUND,
  });
  if (refusal) return refusal;
  const ics = buildCalendar(toCalendarEvents(data.events, year, { origin: new URL(request.url).origin }), `Årshjul ${year} – ${data.officeName}`);
  return calendarDownload(ics, `arshjul-${slug.replace(/[^a-z0-9-]/g, "")}-${year}.ics`);
}
