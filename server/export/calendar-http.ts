import type { Database } from "~/db/connection";
import { subscriptionFeed } from "~/server/domain/annual-cycle/subscriptions";
import { errorFields, log } from "~/server/ops/log";
import { locales } from "~/lib/i18n/locales";
import { cycleText } from "~/server/domain/annual-cycle/texts";

/** Like http.ts's textResponse, without pulling the API caller into the feed (it has no session). */
function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

/** Before the token is known (or when the database cannot say whose it is), in both languages. */
const inBothLanguages = (key: "feed.unknown" | "feed.unavailable") => locales.map((locale) => cycleText(locale)(key)).join("\n");

/**
 * The answer to GET /api/kalender/<token>: the person's feed, 404 for a secret that is malformed,
 * unknown or revoked, and 503 (never 500) if the database cannot answer right now.
 * A trailing ".ics" is accepted, since some calendar apps want to see it.
 */
export async function calendarFeedResponse(database: Database | (() => Database), rawToken: string, origin: string): Promise<Response> {
  const token = rawToken.replace(/\.ics$/i, "");
  try {
    const db = typeof database === "function" ? database() : database;
    const ics = await subscriptionFeed(db, token, origin);
    if (ics === null) return textResponse(404, inBothLanguages("feed.unknown"));
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="arshjul.ics"',
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
      },
    });
  } catch (error) {
    log("error", "calendar feed failed", errorFields(error));
    return textResponse(503, inBothLanguages("feed.unavailable"), { "Retry-After": "300" });
  }
}

/** The year's .ics as a download for a signed-in person. */
export function calendarDownload(ics: string, filename: string): Response {
  const body = new TextEncoder().encode(ics);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(body.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
