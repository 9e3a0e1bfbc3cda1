/**
 * Where a notification mail's footer points: the person's choices, and the one-click
 * unsubscribe for the kind (RFC 8058). The unsubscribe route (app/api/varsler/avmeld/route.ts)
 * verifies with the same secret.
 */
import { authSecret } from "~/server/auth/secret";
import { appUrl } from "~/server/mail/config";
import type { NotificationKind } from "~/lib/notifications/kinds";
import { createUnsubscribeToken } from "./unsubscribe-token";

export const SETTINGS_PATH = "/varsler/innstillinger";
export const UNSUBSCRIBE_PATH = "/api/varsler/avmeld";

let secret: string | undefined;

/**
 * The app's secret (BETTER_AUTH_SECRET, or the one kept beside the database), read once: with an
 * in-memory database (the tests) authSecret() makes a new one per call, and a link must verify
 * with the secret it was signed with. unsubscribe-token.ts derives its own key from it.
 */
export function notificationSecret(): string {
  secret ??= authSecret();
  return secret;
}

export const settingsUrl = () => appUrl(SETTINGS_PATH);

/** The absolute one-click unsubscribe link for this person and kind. */
export function unsubscribeUrl(userId: string, kind: NotificationKind, key = notificationSecret()): string {
  return appUrl(`${UNSUBSCRIBE_PATH}?t=${encodeURIComponent(createUnsubscribeToken(key, { userId, kind }))}`);
}
