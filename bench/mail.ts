/**
 * The mail burst (issue 16): a fylke-wide reminder of MAIL_BURST notifications' mails, queued in one
 * transaction as the change that causes them would queue them, then delivered from the outbox to
 * a real SMTP server on loopback (smtp-server, parsing every message) by two sender instances at
 * once, each on its own connection to the same SQLite file (as two app instances would be), with
 * the sender's own settings (batches of 50, four messages in flight per instance).
 *
 * Counted at the end, by Message-ID as the SMTP server received them: lost (queued but never
 * received), duplicates (received more than once), and rows left unsent in the outbox.
 * Target: everything delivered in under MAIL_TARGET_SECONDS, nothing lost, nothing sent twice.
 *
 * In process, on its own database in a temporary folder: no app server is needed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { closeDatabase, inTransaction, openDatabase, type Database } from "~/db/connection";
import { mailOutbox } from "~/db/schema";
import { createPasswordAccount } from "~/server/domain/admin/accounts";
import { messageIdFor } from "~/server/mail/config";
import { startLoopbackSmtp } from "~/server/mail/loopback-smtp";
import { enqueueMail } from "~/server/mail/outbox";
import { createSmtpTransport, deliverDue } from "~/server/mail/sender";
import { renderNotificationMail } from "~/server/mail/templates";

export const MAIL_TARGET_SECONDS = 60;

export interface MailMeasurement {
  messages: number;
  instances: number;
  /** Queuing all of them in one transaction (render included). */
  enqueueSeconds: number;
  /** From the first claim to the last message received and marked sent. */
  deliverSeconds: number;
  totalSeconds: number;
  messagesPerSecond: number;
  received: number;
  lost: number;
  duplicates: number;
  unsentRows: number;
  perInstance: number[];
  targetMet: boolean;
}

export async function measureMailBurst(opts: { messages: number; instances?: number; log: (line: string) => void }): Promise<MailMeasurement> {
  const instances = opts.instances ?? 2;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partnerskap-bench-mail-"));
  const file = path.join(dir, "mail.db");
  const smtp = await startLoopbackSmtp({ parse: false });
  const connections: Database[] = [];
  for (let i = 0; i < instances; i++) connections.push(await openDatabase(file));
  const transports = connections.map(() => createSmtpTransport(smtp.url));
  try {
    const db = connections[0]!;
    const people = await inTransaction(db, async (tx) => {
      const made = [];
      for (let i = 0; i < opts.messages; i++) {
        made.push(await createPasswordAccount(tx, { email: `person${i}@kommune${i % 50}.no`, name: `Person ${i}`, passwordHash: "x" }));
      }
      return made;
    });

    const started = performance.now();
    const keys = await inTransaction(db, async (tx) => {
      const made: string[] = [];
      for (const person of people) {
        const rendered = renderNotificationMail({
          recipientName: person.name,
          partnershipName: "Nav Agder",
          title: "En oppfølging har frist om 7 dager",
          intro: "Oppfølgingen «Felles tiltaksplan for unge» fra partnerskapsmøtet 5.3.2027 har frist 12.3.2027.",
          link: "http://localhost:3000/partnerskap/agder/moter",
          kindLabel: "En oppfølging har frist om 7 dager",
          reason: "oppfølgingen er gitt til deg",
          settingsUrl: "http://localhost:3000/konto",
          unsubscribeUrl: "http://localhost:3000/api/mail/avmelding?t=bench",
        });
        const queued = await enqueueMail(
          tx,
          { userId: person.id, to: person.email, ...rendered, unsubscribeUrl: "http://localhost:3000/api/mail/avmelding?t=bench" },
          new Date(),
          { smtp: true },
        );
        made.push(messageIdFor(queued!.idempotencyKey));
      }
      return made;
    });
    const enqueued = performance.now();
    opts.log(`mail: queued ${keys.length} in ${((enqueued - started) / 1000).toFixed(2)} s; delivering with ${instances} instances`);

    const perInstance = await Promise.all(
      connections.map(async (connection, i) => {
        let sent = 0;
        for (;;) {
          const r = await deliverDue(connection, transports[i]!, { instanceId: `bench-${i}`, log: () => {} });
          sent += r.sent;
          if (r.claimed === 0) return sent;
        }
      }),
    );
    await smtp.waitFor(keys.length, 30_000).catch(() => undefined);
    const finished = performance.now();

    const received = smtp.messageIds.length;
    const unique = new Set(smtp.messageIds);
    const lost = keys.filter((k) => !unique.has(k)).length;
    const duplicates = received - unique.size;
    const unsentRows =
      (await db.select({ id: mailOutbox.id }).from(mailOutbox)).length -
      (await db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.status, "sent"))).length;
    const totalSeconds = (finished - started) / 1000;
    const deliverSeconds = (finished - enqueued) / 1000;
    return {
      messages: keys.length,
      instances,
      enqueueSeconds: (enqueued - started) / 1000,
      deliverSeconds,
      totalSeconds,
      messagesPerSecond: keys.length / deliverSeconds,
      received,
      lost,
      duplicates,
      unsentRows,
      perInstance,
      targetMet: totalSeconds < MAIL_TARGET_SECONDS && lost === 0 && duplicates === 0 && unsentRows === 0,
    };
  } finally {
    for (const t of transports) t.close?.();
    for (const c of connections) await closeDatabase(c);
    await smtp.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function mailTable(m: MailMeasurement): string {
  return [
    "| Mail burst | Messages | Instances | Queue s | Deliver s | Total s | Messages/s | Received | Lost | Duplicates | Unsent rows | Target met |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    `| outbox → loopback SMTP (sent per instance: ${m.perInstance.join(" + ")}) | ${m.messages} | ${m.instances} | ${m.enqueueSeconds.toFixed(2)} | ` +
      `${m.deliverSeconds.toFixed(2)} | ${m.totalSeconds.toFixed(2)} | ${m.messagesPerSecond.toFixed(0)} | ${m.received} | ${m.lost} | ${m.duplicates} | ${m.unsentRows} | ` +
      `${m.targetMet ? "yes" : "**no**"} |`,
  ].join("\n");
}

export function mailNote(m: MailMeasurement): string {
  return (
    `Mail burst: ${m.messages} notification mails (HTML + text, List-Unsubscribe) queued in one transaction, then delivered from the outbox by ` +
    `${m.instances} sender instances at once, each with its own SQLite connection to the same file and its own pooled SMTP transport, to an ` +
    `smtp-server on 127.0.0.1 in the bench process that parses every message. Lost and duplicates are counted by Message-ID as received; unsent rows are ` +
    `outbox rows not marked sent at the end. Target: all delivered in under ${MAIL_TARGET_SECONDS} s (queue + delivery), none lost, none twice.`
  );
}
