import { and, eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { notificationPreference } from "~/db/schema";
import { defaultDelivery, notificationKinds, type Delivery, type NotificationKind } from "~/lib/notifications/kinds";

/** How this person wants to be told of a kind: their choice, or the kind's default. */
export async function deliveryFor(db: Executor, userId: string, kind: NotificationKind): Promise<Delivery> {
  const [chosen] = await db
    .select({ delivery: notificationPreference.delivery })
    .from(notificationPreference)
    .where(and(eq(notificationPreference.userId, userId), eq(notificationPreference.kind, kind)))
    .limit(1);
  return chosen?.delivery ?? defaultDelivery(kind);
}

/** Every kind with the person's delivery, for the choices on /konto. */
export async function listDeliveries(db: Executor, userId: string): Promise<{ kind: NotificationKind; delivery: Delivery }[]> {
  const rows = await db
    .select({ kind: notificationPreference.kind, delivery: notificationPreference.delivery })
    .from(notificationPreference)
    .where(eq(notificationPreference.userId, userId));
  const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
  return notificationKinds.map((kind) => ({ kind, delivery: chosen.get(kind) ?? defaultDelivery(kind) }));
}

export async function setDelivery(db: Executor, userId: string, kind: NotificationKind, delivery: Delivery) {
  await db
    .insert(notificationPreference)
    .values({ userId, kind, delivery })
    .onConflictDoUpdate({ target: [notificationPreference.userId, notificationPreference.kind], set: { delivery } });
}
