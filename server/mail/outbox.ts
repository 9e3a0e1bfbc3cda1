/**
 * The outbox (ADR 0014): a mail is a row written in the same transaction as the change that
 * causes it, so a change is never saved without its mail nor a mail queued for a change that
 * rolled back. The sender (sender.ts) delivers the rows later; the administrator reads them at
 * /admin/e-post.
 */
import { randomUUID } from "node:crypto";
import type { Executor } from "~/db/connection";
import { mailOutbox } from "~/db/schema";
import type { OutgoingMail } from "./types";
import { mailConfigured } from "./config";

/** What the outbox keeps beside the parts: the one-click unsubscribe and the calendar entry. */
export interface MailExtras {
  unsubscribeUrl?: string;
  ics?: OutgoingMail["ics"];
}

export interface EnqueueOptions {
  /**
   * A key of our own instead of a random one: the same key twice is one mail (the daily digest,
   * `digest.<userId>.<yyyy-mm-dd>`). Letters, digits and . - _ only: it becomes the Message-ID's left side.
   */
  idempotencyKey?: string;
  /** Whether SMTP_URL is set; read from the environment unless told (tests). */
  smtp?: boolean;
}

const KEY_PATTERN = /^[A-Za-z0-9._-]{1,200}$/;

export interface Enqueued {
  id: string;
  idempotencyKey: string;
  status: "waiting" | "kept";
}

/**
 * Queues a mail in the caller's transaction. Without SMTP_URL it is `kept`: nothing will send it,
 * and the administrator can read what would have gone. Returns null when a mail with the same
 * idempotency key is already in the outbox (then nothing is written).
 */
export async function enqueueMail(tx: Executor, mail: OutgoingMail, now = new Date(), options: EnqueueOptions = {}): Promise<Enqueued | null> {
  const key = options.idempotencyKey ?? randomUUID();
  if (!KEY_PATTERN.test(key)) throw new Error("An idempotency key may hold only letters, digits, dots, hyphens and underscores.");
  const to = mail.to.trim();
  if (!to || /[\r\n]/.test(to) || /[\r\n]/.test(mail.subject)) throw new Error("A mail needs one recipient and a one-line subject.");
  const extras: MailExtras = {};
  if (mail.unsubscribeUrl) extras.unsubscribeUrl = mail.unsubscribeUrl;
  if (mail.ics) extras.ics = mail.ics;
  const status = (options.smtp ?? mailConfigured()) ? "waiting" : "kept";
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      idempotencyKey: key,
      userId: mail.userId,
      toAddress: to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      extras: Object.keys(extras).length > 0 ? (extras as Record<string, unknown>) : null,
      status,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: mailOutbox.idempotencyKey })
    .returning({ id: mailOutbox.id });
  return row ? { id: row.id, idempotencyKey: key, status } : null;
}

/** The stored extras, read defensively: a row written by other code may lack them. */
export function readExtras(value: unknown): MailExtras {
  if (!value || typeof value !== "object") return {};
  const raw = value as Record<string, unknown>;
  const extras: MailExtras = {};
  if (typeof raw.unsubscribeUrl === "string") extras.unsubscribeUrl = raw.unsubscribeUrl;
  const ics = raw.ics as Record<string, unknown> | undefined;
  if (ics && typeof ics.filename === "string" && typeof ics.content === "string" && (ics.method === "REQUEST" || ics.method === "CANCEL")) {
    extras.ics = { filename: ics.filename, content: ics.content, method: ics.method };
  }
  return extras;
}
