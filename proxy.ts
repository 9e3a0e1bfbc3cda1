import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import {
  contentSecurityPolicy,
  newNonce,
  servedOverHttps,
  STRICT_TRANSPORT_SECURITY,
} from "~/server/security/browser-headers";
import { requestForwardedHttps } from "~/server/security/client-address";
import { JOIN_CODE_HEADER, PAGE_PATH_HEADER } from "~/server/auth/page-path";

/** Pages anyone may open without signing in. */
const PUBLIC_PAGES = /^\/(?:logg-inn|invitasjon\/|offentlig\/|delta|tilgjengelighet)/;

/**
 * Every page (and the exports beside them), before it renders:
 * - a fresh nonce in the Content-Security-Policy, on the request for Next to put on its
 *   scripts and on the response for the browser (server/security/browser-headers.ts);
 * - HSTS when served over https;
 * - a fast first gate: no session cookie, no page outside PUBLIC_PAGES. The real check (is the
 *   session valid, may this person see this?) happens in the layout and in tRPC;
 * - the page's path for the layout, and a /delta address's join code for the guest's language
 *   (server/auth/page-path.ts).
 * API routes are not matched: they set their own headers, and a proxy would buffer their bodies.
 */
export function proxy(request: NextRequest) {
  const https = servedOverHttps(request.url, process.env.BETTER_AUTH_URL, requestForwardedHttps(request.headers));
  const csp = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development" });

  let response: NextResponse;
  if (PUBLIC_PAGES.test(request.nextUrl.pathname) || getSessionCookie(request)) {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", csp);
    headers.set(PAGE_PATH_HEADER, request.nextUrl.pathname);
    const joinCode = request.nextUrl.pathname === "/delta" ? request.nextUrl.searchParams.get("kode") : null;
    if (joinCode) headers.set(JOIN_CODE_HEADER, joinCode.slice(0, 20));
    else headers.delete(JOIN_CODE_HEADER);
    response = NextResponse.next({ request: { headers } });
  } else {
    const target = new URL("/logg-inn", request.url);
    const wanted = request.nextUrl.pathname + request.nextUrl.search;
    if (wanted !== "/") target.searchParams.set("neste", wanted);
    response = NextResponse.redirect(target);
  }
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon\\.ico|robots\\.txt).*)"],
};
