import { createHmac, timingSafeEqual } from "node:crypto";
import { getSessionCookie } from "better-auth/cookies";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { preparedOnce } from "~/db/prepared";
import { session, user } from "~/db/schema";
import { firstPartnershipMalform } from "~/server/domain/language/first-partnership-malform";
import type { Locale, Malform } from "~/lib/i18n/locales";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  /** A local account with TOTP turned on (better-auth's twoFactor plugin). */
  twoFactorEnabled: boolean;
  /** The language saved on /konto; null until the person chooses (ADR 0018). */
  language?: Locale | null;
  /** The målform of the kommune of the person's first partnership: their default language. */
  malform?: Malform | null;
  /** The session of this request, so /konto can mark «Denne enheten»; absent where no session is at hand (tests). */
  sessionId?: string;
}

/** better-auth's cookie value is `${token}.${base64 HMAC-SHA256(secret, token)}`, URI-encoded. */
function verifiedToken(cookieValue: string, secret: string): string | null {
  const value = decodeURIComponent(cookieValue);
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/** Prepared once per connection (db/prepared.ts): every page request reads its session. */
const sessionUserQuery = (db: Executor) =>
  db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      twoFactorEnabled: user.twoFactorEnabled,
      deactivatedAt: user.deactivatedAt,
      expiresAt: session.expiresAt,
      sessionId: session.id,
      language: user.language,
      malform: firstPartnershipMalform(),
    })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .where(eq(session.token, sql.placeholder("token")))
    .limit(1)
    .prepare("read_session_user");

/**
 * The signed-in person for a page request, read the way better-auth stores it:
 * a signed session cookie and one indexed lookup of an unexpired session. Pages
 * render on every request, so this skips better-auth's general request pipeline;
 * sign-in, sign-out, session refresh and the API keep using better-auth itself.
 */
export async function readSessionUser(db: Executor, headers: Headers, secret: string, now = new Date()): Promise<SessionUser | null> {
  const cookie = getSessionCookie(headers);
  if (!cookie) return null;
  const token = verifiedToken(cookie, secret);
  if (!token) return null;
  const [row] = await preparedOnce(db, sessionUserQuery).execute({ token });
  // Deactivating deletes the sessions too; this also holds if one was created in between.
  if (!row || row.expiresAt <= now || row.deactivatedAt) return null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    twoFactorEnabled: row.twoFactorEnabled ?? false,
    language: row.language ?? null,
    malform: row.malform ?? null,
    sessionId: row.sessionId,
  };
}
