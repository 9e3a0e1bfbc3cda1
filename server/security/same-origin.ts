/**
 * CSRF defence by origin (OWASP ASVS 4.0 V13.2.3): a request that changes something must
 * come from one of our own pages. Browsers say where a request comes from in `Origin` and
 * `Sec-Fetch-Site`, and a page cannot forge either. SameSite=Lax on the session cookie is not
 * enough on its own: a page on the same host but another port is "same site" and gets the cookie.
 *
 * Pure: the route handlers (tRPC, better-auth, the plan import) call it with the request's method
 * and headers and answer 403 with `reason` when it refuses, written in the browser's language
 * (its `sprak` cookie, ./request-language.ts).
 */
import { renderText, text, type Text } from "~/lib/i18n/text";
import { cookieLocale } from "./request-language";

/** Methods that only read; everything else must come from our own origin. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const FOREIGN_ORIGIN = text("errors.request.foreignOrigin");
const MISSING_ORIGIN = text("errors.request.missingOrigin");
/** The refusals in bokmål (a request without a language cookie). */
export const FOREIGN_ORIGIN_MESSAGE = renderText(FOREIGN_ORIGIN, "nb");
export const MISSING_ORIGIN_MESSAGE = renderText(MISSING_ORIGIN, "nb");

export type OriginVerdict = { allowed: true } | { allowed: false; reason: string };

/**
 * The origins our pages are served from: the public URL when one is configured (in production
 * behind a proxy the Host header may be an internal name), otherwise the host the request was
 * sent to, in either scheme. Only that exact host and port: http://localhost:3001 is not
 * http://localhost:3000.
 */
export function allowedOrigins(opts: { publicUrl?: string | undefined; host: string | null }): string[] {
  if (opts.publicUrl) {
    try {
      return [new URL(opts.publicUrl).origin];
    } catch {
      // A malformed BETTER_AUTH_URL also stops better-auth; refusing everything here is the safe side.
      return [];
    }
  }
  if (!opts.host) return [];
  const host = opts.host.trim().toLowerCase();
  return [`http://${host}`, `https://${host}`];
}

/**
 * Whether a request may change something. Safe methods always may. Otherwise:
 * - `Sec-Fetch-Site`, when sent, must be "same-origin" (or "none": the person typed or
 *   bookmarked it, no page was involved);
 * - `Origin`, when sent, must be one of `allowed` ("null", sent by sandboxed frames and
 *   some redirects, is not);
 * - at least one of the two must be there. Every browser in use sends them on a POST, so a
 *   request with neither is a script, which can also send them; refusing it keeps one rule.
 */
export function checkSameOrigin(method: string, headers: Headers, allowed: readonly string[]): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { allowed: true };

  const fetchSite = headers.get("sec-fetch-site")?.trim().toLowerCase() ?? null;
  const origin = headers.get("origin")?.trim().toLowerCase() ?? null;
  const refuse = (reason: Text): OriginVerdict => ({ allowed: false, reason: renderText(reason, cookieLocale(headers)) });

  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return refuse(FOREIGN_ORIGIN);
  if (origin !== null && !allowed.includes(origin)) return refuse(FOREIGN_ORIGIN);
  if (origin === null && fetchSite === null) return refuse(MISSING_ORIGIN);
  return { allowed: true };
}

/** checkSameOrigin for a Request, with the app's allowed origins (BETTER_AUTH_URL or the Host). */
export function checkRequestOrigin(request: Request, publicUrl = process.env.BETTER_AUTH_URL): OriginVerdict {
  const host = request.headers.get("host") ?? safeHost(request.url);
  return checkSameOrigin(request.method, request.headers, allowedOrigins({ publicUrl, host }));
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** The 403 a route answers with when checkRequestOrigin refuses; the shape of better-auth's own errors. */
export function foreignOriginResponse(reason: string): Response {
  return Response.json({ code: "FOREIGN_ORIGIN", message: reason }, { status: 403, headers: { "Cache-Control": "no-store" } });
}
