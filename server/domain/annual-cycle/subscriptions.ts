/**
 * Private calendar subscriptions (ADR 0008). The secret is 32 random bytes shown once; only its
 * SHA-256 is stored. The feed holds the events of every partnership the person can see at the
 * time of the request (this year and next), so losing a role removes them from the calendar.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database, type Executor } from "~/db/connection";
import { calendarToken, partnership } from "~/db/schema";
import { reachablePartnershipsQuery } from "~/server/domain/access/reach";
import { recordAudit, type Actor } from "~/server/domain/audit/record";
import { isoToday } from "~/lib/dates";
import { invalid, notFound } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import { entityId } from "~/lib/validation";
import { loadPersonLanguage } from "~/server/domain/language/person-language";
import { buildCalendar, feedName, toCalendarEvents } from "./ics";
import { loadYearEvents } from "./view";

export const TOKEN_AUDIT_ENTITY = "calendar_token";
/** base64url of 32 bytes. Anything else is not one of ours, and is answered without a lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const MAX_ACTIVE = 10;

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export const revokeSubscriptionInput = z.object({ id: entityId });

export function createSubscription(db: Database, actor: Actor) {
  return inTransaction(db, async (tx) => {
    const [active] = await tx
      .select({ n: count() })
      .from(calendarToken)
      .where(and(eq(calendarToken.userId, actor.userId), isNull(calendarToken.revokedAt)));
    if ((active?.n ?? 0) >= MAX_ACTIVE) {
      throw invalid(text("cycle.errors.tooManySubscriptions", { max: MAX_ACTIVE }));
    }
    const token = randomBytes(32).toString("base64url");
    const [row] = await tx.insert(calendarToken).values({ userId: actor.userId, tokenHash: hashToken(token) }).returning();
    // The secret itself is never written anywhere but the answer.
    await recordAudit(tx, actor, { entity: TOKEN_AUDIT_ENTITY, entityId: row!.id, action: "create", changes: {} });
    return { id: row!.id, token, createdAt: row!.createdAt };
  });
}

/** The person's active subscriptions, newest first. */
export function listSubscriptions(db: Executor, userId: string) {
  return db
    .select({ id: calendarToken.id, createdAt: calendarToken.createdAt, lastUsedAt: calendarToken.lastUsedAt })
    .from(calendarToken)
    .where(and(eq(calendarToken.userId, userId), isNull(calendarToken.revokedAt)))
    .orderBy(desc(calendarToken.createdAt));
}

/** Revokes one of the person's own subscriptions; someone else's id is simply not found. */
export function revokeSubscription(db: Database, actor: Actor, input: z.infer<typeof revokeSubscriptionInput>) {
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .update(calendarToken)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarToken.id, input.id), eq(calendarToken.userId, actor.userId), isNull(calendarToken.revokedAt)))
      .returning({ id: calendarToken.id });
    if (!row) throw notFound(text("cycle.errors.subscriptionNotFound"));
    await recordAudit(tx, actor, { entity: TOKEN_AUDIT_ENTITY, entityId: row.id, action: "update", changes: { revoked: { from: false, to: true } } });
    return { id: row.id };
  });
}

/** Every partnership the person can see now: through a role in it, or a role over its fylke. */
export function visiblePartnerships(db: Executor, userId: string) {
  return db
    .select({ id: partnership.id, slug: partnership.slug, fylkeId: partnership.fylkeId, officeName: partnership.officeName })
    .from(partnership)
    .where(inArray(partnership.id, reachablePartnershipsQuery(db, userId)))
    .orderBy(asc(partnership.officeName));
}

/**
 * The feed for a secret: null when it is malformed, unknown or revoked (the route answers 404).
 * Marks the subscription as used. A calendar app asks without cookies, so the words the app adds
 * (descriptions, the calendar's name) are in the subscriber's own language (ADR 0018).
 */
export async function subscriptionFeed(db: Database, token: string, origin: string, now = new Date()): Promise<string | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [row] = await db
    .select({ id: calendarToken.id, userId: calendarToken.userId })
    .from(calendarToken)
    .where(and(eq(calendarToken.tokenHash, hashToken(token)), isNull(calendarToken.revokedAt)))
    .limit(1);
  if (!row) return null;
  await db.update(calendarToken).set({ lastUsedAt: now }).where(eq(calendarToken.id, row.id));

  const [{ locale }, partnerships] = await Promise.all([loadPersonLanguage(db, row.userId), visiblePartnerships(db, row.userId)]);
  const thisYear = Number(isoToday(now).slice(0, 4));
  const wheels = partnerships.flatMap((p) => [thisYear, thisYear + 1].map((year) => ({ p, year })));
  const years = await Promise.all(wheels.map(({ p, year }) => loadYearEvents(db, p, year, locale)));
  const events = wheels.flatMap(({ p, year }, i) => toCalendarEvents(years[i]!, year, { origin, titlePrefix: `${p.officeName}: `, locale }));
  return buildCalendar(events, feedName(locale));
}
