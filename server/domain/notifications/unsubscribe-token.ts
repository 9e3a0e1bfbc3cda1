/**
 * The token in a notification mail's one-click unsubscribe link (RFC 8058): who and which kind,
 * signed with HMAC-SHA256 so nobody can turn off someone else's mail by guessing ids. No session
 * is needed to use it (the mail provider posts it, or the person clicks it on a phone without
 * being signed in), so the signature is the whole check.
 *
 * It does not expire: an unsubscribe link in an old mail must keep working (RFC 8058 § 3.1),
 * and all it can do is turn one kind of mail off for the person it was sent to. The key is
 * derived from the app's secret for this one purpose, so a token is never a valid session
 * cookie signature or the reverse.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { notificationKinds, type NotificationKind } from "~/lib/notifications/kinds";

export interface UnsubscribeClaim {
  userId: string;
  kind: NotificationKind;
}

const PURPOSE = "partnerskapsrommet:notification-unsubscribe:v1";
/** User ids are UUIDs; anything else in that place is not one of ours. */
const USER_ID = /^[A-Za-z0-9-]{1,64}$/;

const keyOf = (secret: string) => createHmac("sha256", secret).update(PURPOSE).digest();

function signatureOf(secret: string, userId: string, kind: string): Buffer {
  return createHmac("sha256", keyOf(secret)).update(`${userId}.${kind}`).digest();
}

/** `<userId>.<kind>.<signature>`, URL-safe as it is. */
export function createUnsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  return `${claim.userId}.${claim.kind}.${signatureOf(secret, claim.userId, claim.kind).toString("base64url")}`;
}

/** The claim, when the token is one this secret signed; null for anything else. */
export function verifyUnsubscribeToken(secret: string, token: string | null | undefined): UnsubscribeClaim | null {
  if (!token || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, kind, signature] = parts as [string, string, string];
  if (!USER_ID.test(userId) || !(notificationKinds as readonly string[]).includes(kind)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = signatureOf(secret, userId, kind);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind: kind as NotificationKind };
}
