/**
 * The administrator's view of the outbox at /admin/e-post: counts per status, one page of
 * messages newest first, and one message whole (its text and HTML parts).
 */
import { count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/db/connection";
import { mailOutbox, mailStatuses } from "~/db/schema";
import { entityId, rule } from "~/lib/validation";
import { messageIdFor } from "./config";
import { readExtras } from "./outbox";

export const OUTBOX_PAGE_SIZE = 50;

export type MailStatus = (typeof mailStatuses)[number];

export const outboxInput = z.object({
  status: z.enum(mailStatuses, rule("mail.errors.unknownStatus")).optional(),
  page: z
    .number(rule("mail.errors.invalidPage"))
    .int(rule("mail.errors.invalidPage"))
    .min(1, rule("mail.errors.pageStartsAtOne"))
    .max(100_000, rule("mail.errors.invalidPage"))
    .default(1),
});

export const outboxMessageInput = z.object({ id: entityId });

export async function outboxCounts(db: Executor): Promise<Record<MailStatus, number> & { all: number }> {
  const counts = Object.fromEntries(mailStatuses.map((s) => [s, 0])) as Record<MailStatus, number>;
  let all = 0;
  for (const row of await db.select({ status: mailOutbox.status, n: count() }).from(mailOutbox).groupBy(mailOutbox.status)) {
    counts[row.status] = row.n;
    all += row.n;
  }
  return { ...counts, all };
}

export async function listOutbox(db: Executor, input: z.input<typeof outboxInput> = {}) {
  const { status, page } = outboxInput.parse(input);
  const where = status ? eq(mailOutbox.status, status) : undefined;
  const total = (await db.select({ n: count() }).from(mailOutbox).where(where))[0]?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const messages = await db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
    })
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((current - 1) * OUTBOX_PAGE_SIZE);
  return { status: status ?? null, page: current, pageCount, pageSize: OUTBOX_PAGE_SIZE, total, messages };
}

export async function outboxMessage(db: Executor, id: string) {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).limit(1);
  if (!row) return null;
  const extras = readExtras(row.extras);
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    nextAttemptAt: row.nextAttemptAt,
    messageId: messageIdFor(row.idempotencyKey),
    text: row.text,
    html: row.html,
    unsubscribeUrl: extras.unsubscribeUrl ?? null,
    calendar: extras.ics ? { filename: extras.ics.filename, method: extras.ics.method, content: extras.ics.content } : null,
  };
}
