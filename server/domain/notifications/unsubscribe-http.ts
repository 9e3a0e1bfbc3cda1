/**
 * The one-click unsubscribe link in a notification mail (RFC 8058), for app/api/varsler/avmeld:
 * - GET (a person clicked the link): a small page that asks before changing anything, since
 *   link scanners and previews follow links on their own;
 * - POST (a mail provider's «unsubscribe» button sends `List-Unsubscribe=One-Click`, or the
 *   person pressed the button on that page): turns that kind of mail off for that person.
 * No session: the signed token is the key (unsubscribe-token.ts). The page is plain HTML with no
 * script or stylesheet, as the API's Content-Security-Policy allows nothing else.
 */
import { eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { user } from "~/db/schema";
import { notificationKindInfo } from "~/lib/notifications/kinds";
import { escapeHtml } from "~/server/mail/templates";
import { SETTINGS_PATH } from "./links";
import { setDelivery } from "./preferences";
import { verifyUnsubscribeToken } from "./unsubscribe-token";
import { errorFields, log } from "~/server/ops/log";

function page(status: number, title: string, body: string): Response {
  const html = `<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – Partnerskapsrommet</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" },
  });
}

const settingsLink = `<p><a href="${SETTINGS_PATH}">Velg selv hvilke varsler du får på e-post</a> (du må logge inn).</p>`;

const invalid = () =>
  page(
    404,
    "Lenken virker ikke",
    `<p>Lenken for å slutte å få e-post er ugyldig eller ufullstendig. Kopier hele lenken fra e-posten, eller logg inn i Partnerskapsrommet og endre varslene dine der.</p>\n${settingsLink}`,
  );

async function claimOf(db: Database, request: Request, secret: string) {
  const claim = verifyUnsubscribeToken(secret, new URL(request.url).searchParams.get("t"));
  if (!claim) return null;
  // A deleted person's old link has nothing left to turn off.
  const [exists] = await db.select({ id: user.id }).from(user).where(eq(user.id, claim.userId)).limit(1);
  return exists ? claim : null;
}

export async function unsubscribeResponse(db: Database, request: Request, secret: string): Promise<Response> {
  try {
    const claim = await claimOf(db, request, secret);
    if (!claim) return invalid();
    const label = notificationKindInfo[claim.kind].label;
    if (request.method === "POST") {
      await setDelivery(db, claim.userId, claim.kind, "off");
      return page(
        200,
        "Du får ikke lenger slike e-poster",
        `<p>Du får ikke lenger e-post om «${escapeHtml(label)}». Varslene vises fortsatt under Varsler når du er logget inn i Partnerskapsrommet.</p>\n${settingsLink}`,
      );
    }
    const url = new URL(request.url);
    return page(
      200,
      "Slutte å få slike e-poster?",
      `<p>Du får e-post om «${escapeHtml(label)}». Vil du slutte å få den? Varslene vises fortsatt under Varsler når du er logget inn.</p>
<form method="post" action="${escapeHtml(url.pathname + url.search)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Ja, slutt å sende meg slike e-poster</button>
</form>
${settingsLink}`,
    );
  } catch (error) {
    log("error", "unsubscribe failed", errorFields(error));
    return page(503, "Prøv igjen om litt", "<p>Vi fikk ikke lagret valget ditt akkurat nå. Prøv igjen om litt.</p>");
  }
}
