import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { deliveries, notificationKinds } from "../enums";
import { mailStatuses } from "../values";
import { createdAt, id, timestamp } from "./columns";
import { user } from "./auth";
import { partnership } from "./partnership";

/**
 * What awaits a person, shown in the bell and on /varsler. Written in the same transaction
 * as the change that causes it (server/domain/notifications/notify.ts).
 */
export const notification = pgTable(
  "notification",
  {
    id: id(),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    partnershipId: text().references(() => partnership.id, { onDelete: "cascade" }),
    kind: text({ enum: notificationKinds }).notNull(),
    /** One line, e.g. «Virksomhetsplan 2027 for Nav Grimstad venter på din godkjenning». */
    title: text().notNull(),
    /** Path inside the app to the thing itself. */
    link: text().notNull(),
    /** Same key twice is one notification: reminders (due in 7 days) are not repeated. */
    dedupeKey: text(),
    createdAt: createdAt(),
    readAt: timestamp(),
    /** When the daily digest included it (digest delivery only). */
    digestedAt: timestamp(),
  },
  (t) => [
    index("notification_user_idx").on(t.userId, t.createdAt),
    uniqueIndex("notification_dedupe_idx").on(t.userId, t.dedupeKey),
  ],
);

/** A person's choice per kind; no row means the kind's default (lib/notifications/kinds.ts). */
export const notificationPreference = pgTable(
  "notification_preference",
  {
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text({ enum: notificationKinds }).notNull(),
    delivery: text({ enum: deliveries }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);


/**
 * E-mail waiting to leave, written in the same transaction as its cause; the sender
 * (server/mail/sender.ts) claims rows atomically, so several instances never send one twice.
 * `kept`: no SMTP_URL (the demo) — nothing leaves the machine, the administrator reads it at /admin/e-post.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: id(),
    /** Also the Message-ID: a resend after a crash carries the same id (ADR 0014). */
    idempotencyKey: text().notNull().unique(),
    userId: text().references(() => user.id, { onDelete: "set null" }),
    toAddress: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    /** JSON: extra headers (List-Unsubscribe) and attachments (the meeting's .ics). */
    extras: jsonb().$type<Record<string, unknown>>(),
    status: text({ enum: mailStatuses }).notNull().default("waiting"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp().notNull(),
    claimedAt: timestamp(),
    claimedBy: text(),
    lastError: text(),
    sentAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt)],
);
