/**
 * The sender against a real SMTP server on loopback (smtp-server), every message parsed back
 * with mailparser: the parts and headers, retries, a crash between sending and marking, two
 * instances at once, and the demo without SMTP_URL.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, inTransaction, openDatabase, type Database } from "~/db/connection";
import { activeDialect } from "~/db/dialect";
import { mailOutbox } from "~/db/schema";
import { createTestPostgresDatabaseWithUrl } from "~/test/database";
import { createTestDatabase, makeUser } from "~/test/factories";
import { messageIdFor } from "./config";
import { startLoopbackSmtp, type LoopbackSmtp } from "./loopback-smtp";
import { enqueueMail } from "./outbox";
import {
  BACKOFF_MS,
  LEASE_MS,
  MAX_ATTEMPTS,
  MINUTE,
  claimDue,
  createSmtpTransport,
  deliverDue,
  markSent,
  messageFor,
  resend,
  startMailSender,
  type MailTransport,
} from "./sender";
import { renderNotificationMail } from "./templates";
import type { OutgoingMail } from "./types";

const T0 = new Date("2027-03-05T09:00:00Z");
const quiet = () => {};

let db: Database;
let smtp: LoopbackSmtp & { messageIds: string[] };
let transport: MailTransport;
let refuse: ((address: string) => { code: number; message: string } | null) | null;

beforeEach(async () => {
  db = await createTestDatabase();
  refuse = null;
  smtp = await startLoopbackSmtp({ refuseRecipient: (a) => refuse?.(a) ?? null });
  transport = createSmtpTransport(smtp.url);
});

afterEach(async () => {
  transport.close?.();
  await smtp.close();
});

function notificationMail(to: string, overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  const rendered = renderNotificationMail({
    recipientName: "Rita Rådmann",
    partnershipName: "Nav Grimstad",
    title: "Virksomhetsplan 2027 for Nav Grimstad venter på din godkjenning",
    intro: "Nav-lederen har sendt planen til godkjenning.",
    link: "http://localhost:3000/partnerskap/grimstad/virksomhetsplan/2027",
    kindLabel: "En virksomhetsplan venter på din godkjenning",
    reason: "du er rådmann i partnerskapet Nav Grimstad",
    settingsUrl: "http://localhost:3000/konto",
    unsubscribeUrl: "http://localhost:3000/api/mail/avmelding?t=abc",
  });
  return { userId: null, to, ...rendered, unsubscribeUrl: "http://localhost:3000/api/mail/avmelding?t=abc", ...overrides };
}

const row = async (id: string) => (await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).limit(1))[0]!;

/**
 * Two connections to one database, as two instances have: two handles on one SQLite file, or two
 * pools on one PostgreSQL database.
 */
async function twoConnections(): Promise<{ one: Database; two: Database; close: () => Promise<void> }> {
  if (activeDialect() === "postgres") {
    const { db: one, url } = await createTestPostgresDatabaseWithUrl();
    const two = await openDatabase(url);
    // `one` is closed (and its database dropped) after the file.
    return { one, two, close: () => closeDatabase(two) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-outbox-"));
  const file = path.join(dir, "outbox.db");
  const one = await openDatabase(file);
  const two = await openDatabase(file);
  return {
    one,
    two,
    close: async () => {
      await closeDatabase(one);
      await closeDatabase(two);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe("delivering the outbox over SMTP", () => {
  it("sends recipient, subject, both parts, the link, one-click unsubscribe and the meeting's .ics", async () => {
    const person = await makeUser(db, { email: "rita@grimstad.kommune.no" });
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Partnerskapsrommet//NO",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      "UID:mote-1@partnerskapsrommet",
      "SEQUENCE:0",
      "DTSTAMP:20270305T090000Z",
      "DTSTART:20270310T090000Z",
      "DTEND:20270310T110000Z",
      "SUMMARY:Partnerskapsmøte",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const queued = (await enqueueMail(db, notificationMail(person.email, { userId: person.id, ics: { filename: "mote.ics", content: ics, method: "REQUEST" } }), T0, {
      smtp: true,
    }))!;
    expect(queued.status).toBe("waiting");

    const result = await deliverDue(db, transport, { instanceId: "a", now: T0, log: quiet });
    expect(result).toEqual({ claimed: 1, sent: 1, retry: 0, failed: 0, lost: 0 });
    await smtp.waitFor(1);

    const [mail] = smtp.messages;
    expect(mail!.messageId).toBe(messageIdFor(queued.idempotencyKey));
    expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.value.map((a) => a.address) : []).toEqual(["rita@grimstad.kommune.no"]);
    expect(mail!.subject).toBe("Virksomhetsplan 2027 for Nav Grimstad venter på din godkjenning");
    expect(mail!.text).toContain("http://localhost:3000/partnerskap/grimstad/virksomhetsplan/2027");
    expect(mail!.text).toContain("Du får denne e-posten fordi du er rådmann i partnerskapet Nav Grimstad.");
    expect(mail!.html).toContain('href="http://localhost:3000/partnerskap/grimstad/virksomhetsplan/2027"');
    expect(mail!.html).toContain('lang="nb"');
    const header = (name: string) => mail!.headerLines.find((h) => h.key === name)?.line;
    expect(header("list-unsubscribe")).toBe("List-Unsubscribe: <http://localhost:3000/api/mail/avmelding?t=abc>");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    expect(mail!.attachments).toHaveLength(1);
    const attachment = mail!.attachments[0]!;
    expect(attachment.contentType).toBe("text/calendar");
    expect(attachment.filename).toBe("mote.ics");
    expect(String(attachment.headers.get("content-type") && (attachment.headers.get("content-type") as { params?: Record<string, string> }).params?.method)).toBe("REQUEST");
    expect(attachment.content.toString("utf8")).toContain("METHOD:REQUEST");

    const stored = await row(queued.id);
    expect(stored).toMatchObject({ status: "sent", attempts: 1, claimedBy: null, lastError: null });
    expect(stored.sentAt?.getTime()).toBeGreaterThanOrEqual(T0.getTime());
  });

  it("retries after the server refuses once, with backoff, and then delivers", async () => {
    let refusals = 0;
    refuse = () => (refusals++ === 0 ? { code: 451, message: "4.3.0 Prøv igjen senere" } : null);
    const queued = (await enqueueMail(db, notificationMail("eier@kommune.no"), T0, { smtp: true }))!;

    expect(await deliverDue(db, transport, { instanceId: "a", now: T0, log: quiet })).toMatchObject({ claimed: 1, sent: 0, retry: 1 });
    const waiting = await row(queued.id);
    expect(waiting).toMatchObject({ status: "waiting", attempts: 1, claimedBy: null });
    expect(waiting.lastError).toContain("451");
    expect(waiting.nextAttemptAt.getTime() - T0.getTime()).toBeGreaterThanOrEqual(BACKOFF_MS[0]!);
    expect(waiting.nextAttemptAt.getTime() - T0.getTime()).toBeLessThan(BACKOFF_MS[0]! + 5_000);

    // Not before the backoff.
    expect((await deliverDue(db, transport, { instanceId: "a", now: new Date(T0.getTime() + 30_000), log: quiet })).claimed).toBe(0);
    const later = new Date(waiting.nextAttemptAt.getTime() + 1);
    expect(await deliverDue(db, transport, { instanceId: "a", now: later, log: quiet })).toMatchObject({ claimed: 1, sent: 1 });
    await smtp.waitFor(1);
    expect(smtp.messageIds).toEqual([messageIdFor(queued.idempotencyKey)]);
    expect(await row(queued.id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("gives up at once on a permanent refusal, and the administrator can resend", async () => {
    refuse = () => ({ code: 550, message: "5.1.1 Mailbox unavailable" });
    const queued = (await enqueueMail(db, notificationMail("feil@kommune.no"), T0, { smtp: true }))!;
    expect(await deliverDue(db, transport, { instanceId: "a", now: T0, log: quiet })).toMatchObject({ failed: 1 });
    expect(await row(queued.id)).toMatchObject({ status: "failed", attempts: 1 });
    expect((await row(queued.id)).lastError).toContain("550");

    refuse = null;
    const later = new Date(T0.getTime() + 60 * MINUTE);
    expect(await resend(db, queued.id, later)).toBe(true);
    expect(await row(queued.id)).toMatchObject({ status: "waiting", attempts: 0 });
    expect(await resend(db, queued.id, later)).toBe(false); // only failed ones
    expect(await deliverDue(db, transport, { instanceId: "a", now: later, log: quiet })).toMatchObject({ sent: 1 });
    await smtp.waitFor(1);
    expect((await row(queued.id)).status).toBe("sent");
  });

  it("fails for good after the last attempt of temporary refusals", async () => {
    refuse = () => ({ code: 421, message: "4.7.0 Temporary failure" });
    const queued = (await enqueueMail(db, notificationMail("treg@kommune.no"), T0, { smtp: true }))!;
    let now = T0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverDue(db, transport, { instanceId: "a", now, log: quiet });
      const current = await row(queued.id);
      expect(current.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(current.status).toBe("waiting");
        expect(current.nextAttemptAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(BACKOFF_MS[attempt - 1]!);
        now = new Date(current.nextAttemptAt.getTime() + 1);
      } else {
        expect(current.status).toBe("failed");
      }
    }
    expect(smtp.messageIds).toHaveLength(0);
  });

  it("after a crash between sending and marking, resends once after the lease with the same Message-ID", async () => {
    const queued = (await enqueueMail(db, notificationMail("leder@nav.no"), T0, { smtp: true }))!;

    // Instance A claims and sends, then "dies" before marking the row sent.
    const [claimed] = await claimDue(db, { instanceId: "a", now: T0 });
    await transport.sendMail(messageFor(claimed!));
    await smtp.waitFor(1);
    expect(await row(queued.id)).toMatchObject({ status: "sending", claimedBy: "a" });

    // Within the lease nobody touches it.
    expect((await deliverDue(db, transport, { instanceId: "b", now: new Date(T0.getTime() + LEASE_MS - 1000), log: quiet })).claimed).toBe(0);

    // After the lease, instance B reclaims and sends it again.
    const after = new Date(T0.getTime() + LEASE_MS + 1000);
    expect(await deliverDue(db, transport, { instanceId: "b", now: after, log: quiet })).toMatchObject({ claimed: 1, sent: 1 });
    await smtp.waitFor(2);
    expect(smtp.messageIds).toEqual([messageIdFor(queued.idempotencyKey), messageIdFor(queued.idempotencyKey)]);
    expect(await row(queued.id)).toMatchObject({ status: "sent", attempts: 2 });

    // A coming back to life cannot mark (or resend) a row that is no longer its claim.
    expect(await markSent(db, queued.id, "a", after)).toBe(false);
    expect((await deliverDue(db, transport, { instanceId: "a", now: new Date(after.getTime() + LEASE_MS * 2), log: quiet })).claimed).toBe(0);
    expect(smtp.messageIds).toHaveLength(2);
  });

  it("an instance that stalls past the lease does not send the rows another instance has reclaimed", async () => {
    const first = (await enqueueMail(db, notificationMail("en@kommune.no"), T0, { smtp: true }))!;
    const second = (await enqueueMail(db, notificationMail("to@kommune.no"), T0, { smtp: true }))!;
    let aNow = T0;
    let stalled = false;
    // A's first send hangs past the lease; meanwhile B reclaims what A holds.
    const stalling: MailTransport = {
      async sendMail(message) {
        if (!stalled) {
          stalled = true;
          aNow = new Date(T0.getTime() + LEASE_MS + 60_000);
          const b = await deliverDue(db, transport, { instanceId: "b", now: aNow, log: quiet });
          expect(b).toMatchObject({ claimed: 2, sent: 2 });
        }
        return transport.sendMail(message);
      },
    };
    const a = await deliverDue(db, stalling, { instanceId: "a", now: T0, concurrency: 1, clock: () => aNow, log: quiet });
    // A's first message was already on its way (at-least-once: sent twice, same Message-ID); the second it skips.
    expect(a).toMatchObject({ claimed: 2, sent: 0, lost: 2 });
    await smtp.waitFor(3);
    expect(smtp.messageIds.toSorted()).toEqual(
      [messageIdFor(first.idempotencyKey), messageIdFor(first.idempotencyKey), messageIdFor(second.idempotencyKey)].toSorted(),
    );
    expect((await row(first.id)).status).toBe("sent");
    expect((await row(second.id)).status).toBe("sent");
  });

  it("never lets two instances send the same row, each on its own connection to the database", async () => {
    const { one, two, close } = await twoConnections();
    try {
      const keys = new Set<string>();
      await inTransaction(one, async (tx) => {
        for (let i = 0; i < 300; i++) keys.add(messageIdFor((await enqueueMail(tx, notificationMail(`person${i}@kommune.no`), T0, { smtp: true }))!.idempotencyKey));
      });
      const drain = async (database: Database, instanceId: string) => {
        let sent = 0;
        for (;;) {
          const r = await deliverDue(database, transport, { instanceId, now: T0, batchSize: 20, concurrency: 3, log: quiet });
          sent += r.sent;
          if (r.claimed === 0) return sent;
        }
      };
      const [a, b] = await Promise.all([drain(one, "a"), drain(two, "b")]);
      await smtp.waitFor(300);
      expect(a + b).toBe(300);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
      expect(smtp.messageIds).toHaveLength(300);
      expect(new Set(smtp.messageIds)).toEqual(keys);
      expect(await one.select().from(mailOutbox).where(eq(mailOutbox.status, "sent"))).toHaveLength(300);
    } finally {
      await close();
    }
  });
});

describe("without SMTP_URL (the demo)", () => {
  const saved = process.env.SMTP_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = saved;
  });

  it("keeps every mail in the outbox and sends nothing", async () => {
    delete process.env.SMTP_URL;
    const queued = (await enqueueMail(db, notificationMail("demo@kommune.no"), T0))!;
    expect(queued.status).toBe("kept");
    expect(await deliverDue(db, transport, { instanceId: "a", now: new Date(T0.getTime() + 24 * 60 * MINUTE), log: quiet })).toMatchObject({
      claimed: 0,
    });
    const handle = startMailSender({ db: () => db, intervalMs: 60_000 });
    try {
      await handle.tick();
    } finally {
      handle.stop();
    }
    expect(smtp.messageIds).toHaveLength(0);
    expect(await row(queued.id)).toMatchObject({ status: "kept", attempts: 0, sentAt: null });
  });

  it("with SMTP_URL set, the loop started at boot delivers what was queued", async () => {
    process.env.SMTP_URL = smtp.url;
    const queued = (await enqueueMail(db, notificationMail("loop@kommune.no"), new Date()))!;
    expect(queued.status).toBe("waiting");
    const handle = startMailSender({ db: () => db, intervalMs: 60_000 });
    try {
      await handle.tick();
    } finally {
      handle.stop();
    }
    await smtp.waitFor(1);
    expect((await row(queued.id)).status).toBe("sent");
  });

  it("refuses a malformed SMTP_URL at start", () => {
    process.env.SMTP_URL = "http://mail.example.no";
    expect(() => startMailSender({ db: () => db })).toThrow(/smtp:\/\/ or smtps:\/\//);
  });
});
