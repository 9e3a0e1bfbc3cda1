import { and, eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { notificationPreference } from "~/db/schema";
import { defaultDelivery, notificationKinds, type Delivery, type NotificationKind } from "~/lib/notifications/kinds";

/** How this person wants to be told of a kind: their choice, or the kind's default. */
export function deliveryFor(db: Executor, userId: string, kind: NotificationKind): Delivery {
  const chosen = db
    .select({ delivery: notificationPreference.delivery })
    .from(notificationPreference)
    .where(and(eq(notificationPreference.userId, userId), eq(notificationPreference.kind, kind)))
    .get();
  return chosen?.delivery ?? defaultDelivery(kind);
}

/** Every kind with the person's delivery, for the choices on /konto. */
export function listDeliveries(db: Executor, userId: string): { kind: NotificationKind; delivery: Delivery }[] {
  const chosen = new Map(
    db
      .select({ kind: notificationPreference.kind, delivery: notificationPreference.delivery })
      .from(notificationPreference)
      .where(eq(notificationPreference.userId, userId))
      .all()
      .map((row) => [row.kind, row.delivery]),
  );
  return notificationKinds.map((kind) => ({ kind, delivery: chosen.get(kind) ?? defaultDelivery(kind) }));
}

export function setDelivery(db: Executor, userId: string, kind: NotificationKind, delivery: Delivery) {
  db.insert(notificationPreference)
    .values({ userId, kind, delivery })
    .onConflictDoUpdate({ target: [notificationPreference.userId, notificationPreference.kind], set: { delivery } })
    .run();
}
