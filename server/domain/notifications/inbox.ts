/**
 * A person's own notifications: the bell's count and the list at /varsler. Every query has the
 * person's id in its `where`; another person's notification is simply not found.
 */
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/db/connection";
import { notification, partnership } from "~/db/schema";
import { isoToday } from "~/lib/dates";
import { text } from "~/lib/i18n/text";
import { entityId, rule } from "~/lib/validation";
import { notFound } from "~/server/domain/errors";

export const PAGE_SIZE = 30;
/** Pages far beyond anyone's list are refused as input, not scanned. */
export const MAX_PAGE = 1000;

export const listInput = z.object({
  page: z
    .number(rule("mail.errors.invalidPage"))
    .int(rule("mail.errors.invalidPage"))
    .min(1, rule("mail.errors.invalidPage"))
    .max(MAX_PAGE, rule("mail.errors.invalidPage"))
    .default(1),
});

/** One page, newest first, each with the Oslo day it belongs to (the page groups by it). */
export async function listNotifications(db: Executor, userId: string, input: z.infer<typeof listInput>) {
  const rows = await db
    .select({
      id: notification.id,
      kind: notification.kind,
      title: notification.title,
      link: notification.link,
      createdAt: notification.createdAt,
      readAt: notification.readAt,
      officeName: partnership.officeName,
    })
    .from(notification)
    .leftJoin(partnership, eq(partnership.id, notification.partnershipId))
    .where(eq(notification.userId, userId))
    .orderBy(desc(notification.createdAt), desc(notification.id))
    .limit(PAGE_SIZE + 1)
    .offset((input.page - 1) * PAGE_SIZE);
  return {
    page: input.page,
    hasMore: rows.length > PAGE_SIZE,
    items: rows.slice(0, PAGE_SIZE).map((r) => ({ ...r, day: isoToday(r.createdAt), unread: r.readAt === null })),
  };
}

export type NotificationPage = Awaited<ReturnType<typeof listNotifications>>;

export async function unreadCount(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)));
  return row!.n;
}

export const markReadInput = z.object({ id: entityId });

/** Marks one of the person's own notifications read; returns where it points. */
export async function markRead(db: Executor, userId: string, input: z.infer<typeof markReadInput>, now = new Date()) {
  const [row] = await db
    .select({ id: notification.id, link: notification.link, readAt: notification.readAt })
    .from(notification)
    .where(and(eq(notification.id, input.id), eq(notification.userId, userId)))
    .limit(1);
  if (!row) throw notFound(text("mail.errors.notificationNotFound"));
  if (row.readAt === null) {
    await db
      .update(notification)
      .set({ readAt: now })
      .where(and(eq(notification.id, row.id), eq(notification.userId, userId)));
  }
  return { link: row.link };
}

export async function markAllRead(db: Executor, userId: string, now = new Date()) {
  const changed = await db
    .update(notification)
    .set({ readAt: now })
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)))
    .returning({ id: notification.id });
  return { marked: changed.length };
}
