import { getDb } from "~/db/client";
import { notificationSecret } from "~/server/domain/notifications/links";
import { unsubscribeResponse } from "~/server/domain/notifications/unsubscribe-http";

export const dynamic = "force-dynamic";

/**
 * One-click unsubscribe from a kind of notification mail (RFC 8058). No session (this lives
 * under /api, outside the sign-in gate in proxy.ts): the signed token in the link is the key.
 *
 * The one POST in the app that does not call checkRequestOrigin (server/security/same-origin.ts),
 * on purpose: RFC 8058's POST comes from the recipient's mail provider, not from our pages, so it
 * carries a foreign Origin or none. The token already does what the origin check is for: a forged
 * request cannot name a person and kind without the app's signature, and all it can do is turn
 * off one kind of mail for the person the link was sent to.
 */
export async function GET(request: Request): Promise<Response> {
  return unsubscribeResponse(getDb(), request, notificationSecret());
}

export async function POST(request: Request): Promise<Response> {
  return unsubscribeResponse(getDb(), request, notificationSecret());
}
