/**
 * POST /api/sprak: a person picks bokmål or nynorsk with a plain form (the sign-in page, the join
 * screen at /delta, /konto), so it works before any script has loaded. The choice is kept in this
 * browser (a cookie) and, for a signed-in person, on their account, audited.
 */
import type { Database } from "~/db/connection";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "~/lib/i18n/locales";
import type { SessionUser } from "~/server/auth/read-session";
import { setPersonLanguage } from "~/server/domain/language/person-language";
import { checkRequestOrigin } from "~/server/security/same-origin";

const BAD_CHOICE_MESSAGE = "Velg bokmål eller nynorsk. / Vel bokmål eller nynorsk.";

/** Only a path on this site: never another host (//evil.example), never a scheme. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value.length > 2000 ? "/" : value;
}

export async function languageChoiceResponse(db: Database, request: Request, user: SessionUser | null): Promise<Response> {
  const origin = checkRequestOrigin(request);
  if (!origin.allowed) return plain(403, origin.reason);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return plain(400, BAD_CHOICE_MESSAGE);
  }
  const choice = form.get("sprak");
  if (!isLocale(choice)) return plain(400, BAD_CHOICE_MESSAGE);
  if (user) await setPersonLanguage(db, user.id, choice);
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      location: safeReturnPath(form.get("tilbake")),
      "set-cookie": `${LOCALE_COOKIE}=${choice}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure}`,
      "cache-control": "no-store",
    },
  });
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
