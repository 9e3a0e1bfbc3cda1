/**
 * The one-click unsubscribe link in a notification mail (RFC 8058), for app/api/varsler/avmeld:
 * - GET (a person clicked the link): a small page that asks before changing anything, since
 *   link scanners and previews follow links on their own;
 * - POST (a mail provider's «unsubscribe» button sends `List-Unsubscribe=One-Click`, or the
 *   person pressed the button on that page): turns that kind of mail off for that person.
 * No session: the signed token is the key (unsubscribe-token.ts). The page is plain HTML with no
 * script or stylesheet, as the API's Content-Security-Policy allows nothing else.
 *
 * In the language of this browser's choice (the `sprak` cookie), else the person's own
 * (loadPersonLanguage): the link comes from a mail written in theirs (ADR 0018).
 */
import { cookieValue } from "~/lib/cookie-header";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import type { Database } from "~/db/connection";
import { DomainError } from "~/server/domain/errors";
import { loadPersonLanguage } from "~/server/domain/language/person-language";
import { escapeHtml } from "~/server/mail/templates";
import { SETTINGS_PATH } from "./links";
import { setDelivery } from "./preferences";
import { verifyUnsubscribeToken } from "./unsubscribe-token";
import { kindLabel } from "./wording";
import { errorFields, log } from "~/server/ops/log";

type Words = ReturnType<typeof words>;
const words = (locale: Locale) => translator(locale, "mail");

function page(status: number, locale: Locale, title: string, body: string): Response {
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(words(locale)("unsubscribe.pageTitle", { title }))}</title>
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

const settingsLink = (t: Words) =>
  `<p><a href="${SETTINGS_PATH}">${escapeHtml(t("unsubscribe.settingsLink"))}</a> ${escapeHtml(t("unsubscribe.signInNeeded"))}.</p>`;

const invalid = (locale: Locale) => {
  const t = words(locale);
  return page(404, locale, t("unsubscribe.invalidTitle"), `<p>${escapeHtml(t("unsubscribe.invalidBody"))}</p>\n${settingsLink(t)}`);
};

async function claimOf(db: Database, request: Request, secret: string) {
  const claim = verifyUnsubscribeToken(secret, new URL(request.url).searchParams.get("t"));
  if (!claim) return null;
  // A deleted person's old link has nothing left to turn off; one who exists has a language.
  const person = await loadPersonLanguage(db, claim.userId).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind === "not_found") return null;
    throw error;
  });
  return person ? { ...claim, person } : null;
}

export async function unsubscribeResponse(db: Database, request: Request, secret: string): Promise<Response> {
  const browser = cookieValue(request.headers.get("cookie"), LOCALE_COOKIE);
  let locale = chooseLocale({ browser });
  try {
    const claim = await claimOf(db, request, secret);
    if (!claim) return invalid(locale);
    locale = chooseLocale({ browser, account: claim.person.chosen, malform: claim.person.malform });
    const t = words(locale);
    const kind = kindLabel(claim.kind, locale);
    if (request.method === "POST") {
      await setDelivery(db, claim.userId, claim.kind, "off");
      return page(200, locale, t("unsubscribe.doneTitle"), `<p>${escapeHtml(t("unsubscribe.doneBody", { kind }))}</p>\n${settingsLink(t)}`);
    }
    const url = new URL(request.url);
    return page(
      200,
      locale,
      t("unsubscribe.askTitle"),
      `<p>${escapeHtml(t("unsubscribe.askBody", { kind }))}</p>
<form method="post" action="${escapeHtml(url.pathname + url.search)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${escapeHtml(t("unsubscribe.askButton"))}</button>
</form>
${settingsLink(t)}`,
    );
  } catch (error) {
    log("error", "unsubscribe failed", errorFields(error));
    const t = words(locale);
    return page(503, locale, t("unsubscribe.failedTitle"), `<p>${escapeHtml(t("unsubscribe.failedBody"))}</p>`);
  }
}
