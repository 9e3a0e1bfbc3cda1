/**
 * The daily digest: at or after 07:00 Europe/Oslo, one mail per person gathering the
 * notifications they chose to get in the digest (deliveryFor → `digest`) that were created before
 * 07:00 that day and not in an earlier digest. Once per person per Oslo day, also across restarts
 * and instances: the mail's idempotency key is `digest.<userId>.<yyyy-mm-dd>` (unique in the
 * outbox), and the notifications are marked digested in the same transaction as the insert.
 * Each digest is in its recipient's language (loadPersonLanguage); the items' titles are already
 * in it, since notify() writes each person's row in theirs.
 */
import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { inTransaction, type Database } from "~/db/connection";
import { notification, notificationPreference, partnership, user } from "~/db/schema";
import { isoToday, osloLocalToUtc } from "~/lib/dates";
import { formatDate } from "~/lib/format";
import { defaultDelivery, notificationKinds } from "~/lib/notifications/kinds";
import { loadPersonLanguage } from "~/server/domain/language/person-language";
import { appBaseUrl, appUrl } from "./config";
import { enqueueMail } from "./outbox";
import { renderDigestMail } from "./templates";

export const DIGEST_TIME = "07:00";

/** The instant of today's digest in Oslo: 05:00Z in summer (CEST), 06:00Z in winter (CET). */
export const digestInstant = (osloDate: string) => osloLocalToUtc(osloDate, DIGEST_TIME);

export const digestKey = (userId: string, osloDate: string) => `digest.${userId}.${osloDate}`;

/**
 * deliveryFor (server/domain/notifications/preferences.ts) in SQL: the person's choice, else the
 * kind's default, read with the notifications in one query rather than once per row.
 */
const effectiveDelivery = sql`coalesce(${notificationPreference.delivery}, case ${notification.kind} ${sql.join(
  notificationKinds.map((kind) => sql`when ${kind} then ${defaultDelivery(kind)}`),
  sql` `,
)} end)`;

export interface DigestOptions {
  baseUrl?: string;
  /** One-click unsubscribe from the digest, when the app offers one for this person. */
  unsubscribeUrl?: (userId: string) => string | null;
  /** Whether SMTP_URL is set (tests); from the environment unless told. */
  smtp?: boolean;
}

/** Queues every due digest; returns how many mails were queued (0 before 07:00 Oslo). */
export async function sendDueDigests(db: Database, now = new Date(), options: DigestOptions = {}): Promise<number> {
  const day = isoToday(now);
  const cutoff = digestInstant(day);
  if (now < cutoff) return 0;
  const base = options.baseUrl ?? appBaseUrl();

  const rows = await db
    .select({
      id: notification.id,
      userId: notification.userId,
      title: notification.title,
      link: notification.link,
      createdAt: notification.createdAt,
      readAt: notification.readAt,
      partnershipName: partnership.officeName,
      email: user.email,
      name: user.name,
      deactivatedAt: user.deactivatedAt,
      delivery: sql<string>`${effectiveDelivery}`,
    })
    .from(notification)
    .innerJoin(user, eq(user.id, notification.userId))
    .leftJoin(partnership, eq(partnership.id, notification.partnershipId))
    .leftJoin(
      notificationPreference,
      and(eq(notificationPreference.userId, notification.userId), eq(notificationPreference.kind, notification.kind)),
    )
    .where(and(isNull(notification.digestedAt), lt(notification.createdAt, cutoff)))
    .orderBy(notification.userId, notification.createdAt, notification.id);

  // Waiting for a digest the person no longer wants (they chose «at once» or «not at all» since):
  // done with as far as mail goes, so tomorrow's scan does not meet them again.
  const notWanted = rows.filter((r) => r.delivery !== "digest").map((r) => r.id);
  for (let i = 0; i < notWanted.length; i += 500) {
    await db.update(notification).set({ digestedAt: now }).where(inArray(notification.id, notWanted.slice(i, i + 500)));
  }

  const byPerson = new Map<string, typeof rows>();
  for (const row of rows) {
    if (row.delivery !== "digest") continue;
    const list = byPerson.get(row.userId) ?? [];
    list.push(row);
    byPerson.set(row.userId, list);
  }

  let queued = 0;
  for (const [userId, items] of byPerson) {
    await inTransaction(db, async (tx) => {
      const person = items[0]!;
      // What the person already read in the app is not mailed again, but counts as digested.
      const unread = items.filter((i) => i.readAt === null);
      if (unread.length > 0 && person.deactivatedAt === null) {
        const { locale } = await loadPersonLanguage(tx, userId);
        const rendered = renderDigestMail({
          recipientName: person.name,
          date: formatDate(day, locale),
          items: unread.map((i) => ({ partnershipName: i.partnershipName, title: i.title, link: appUrl(i.link, base), createdAt: i.createdAt })),
          settingsUrl: appUrl("/varsler/innstillinger", base),
          unsubscribeUrl: options.unsubscribeUrl?.(userId) ?? null,
        }, locale);
        const enqueued = await enqueueMail(
          tx,
          { userId, to: person.email, ...rendered, unsubscribeUrl: options.unsubscribeUrl?.(userId) ?? undefined },
          now,
          { idempotencyKey: digestKey(userId, day), smtp: options.smtp },
        );
        // Today's digest is already queued (another instance, or an earlier pass): these wait for tomorrow.
        if (!enqueued) return;
        queued++;
      }
      await tx
        .update(notification)
        .set({ digestedAt: now })
        .where(and(inArray(notification.id, items.map((i) => i.id)), isNull(notification.digestedAt)));
    });
  }
  return queued;
}
