import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

/**
 * A fast first gate: no session cookie, no page. The real check (is the session
 * valid, may this person see this?) happens in the layout and in tRPC.
 */
export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) return NextResponse.next();
  const target = new URL("/logg-inn", request.url);
  const wanted = request.nextUrl.pathname + request.nextUrl.search;
  if (wanted !== "/") target.searchParams.set("neste", wanted);
  return NextResponse.redirect(target);
}

export const config = {
  matcher: ["/((?!api/|_next/|logg-inn|invitasjon/|offentlig/|delta|favicon\\.ico|robots\\.txt).*)"],
};
