/**
 * The daily digest at 07:00 Europe/Oslo, across both DST changes of 2027 (28 March: 07:00 is 05:00Z
 * from that morning; 31 October: 06:00Z from that morning), grouped by partnership, once per
 * person and day, and delivered to a real SMTP server on loopback.
 */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, poolOf, type Database } from "~/db/connection";
import { activeDialect } from "~/db/dialect";
import { mailOutbox, notification, user } from "~/db/schema";
import type { NotificationKind } from "~/lib/notifications/kinds";
import { setDelivery } from "~/server/domain/notifications/preferences";
import { createTestDatabase, makeFylke, makePartnership, makeUser } from "~/test/factories";
import { digestInstant, digestKey, sendDueDigests } from "./digest";
import { startLoopbackSmtp } from "./loopback-smtp";
import { createSmtpTransport, deliverDue } from "./sender";

let db: Database;
let grimstad: { id: string };
let arendal: { id: string };

beforeEach(async () => {
  db = await createTestDatabase();
  const fylke = await makeFylke(db, { name: "Agder" });
  grimstad = await makePartnership(db, fylke.id, { officeName: "Nav Grimstad" });
  arendal = await makePartnership(db, fylke.id, { officeName: "Nav Arendal" });
});

async function notify(userId: string, kind: NotificationKind, title: string, createdAt: Date, partnershipId: string | null = grimstad.id) {
  const [made] = await db
    .insert(notification)
    .values({ userId, kind, title, link: `/varsler/${encodeURIComponent(title)}`, partnershipId, createdAt })
    .returning();
  return made!;
}

const outbox = () => db.select().from(mailOutbox).orderBy(mailOutbox.createdAt, mailOutbox.idempotencyKey);
const notificationById = async (id: string) => (await db.select().from(notification).where(eq(notification.id, id)).limit(1))[0]!;
const at = (iso: string) => new Date(iso);

describe("the digest's moment", () => {
  it("is 07:00 in Oslo: 06:00Z in winter, 05:00Z in summer, on the days the clocks change too", () => {
    expect(digestInstant("2027-03-27").toISOString()).toBe("2027-03-27T06:00:00.000Z");
    expect(digestInstant("2027-03-28").toISOString()).toBe("2027-03-28T05:00:00.000Z");
    expect(digestInstant("2027-10-30").toISOString()).toBe("2027-10-30T05:00:00.000Z");
    expect(digestInstant("2027-10-31").toISOString()).toBe("2027-10-31T06:00:00.000Z");
  });
});

describe("sendDueDigests", () => {
  it("on the spring change, waits for 05:00Z and gathers what came before 07:00 Oslo, grouped by partnership", async () => {
    const rita = await makeUser(db, { name: "Rita Rådmann", email: "rita@kommune.no" });
    await notify(rita.id, "plan_approved", "Virksomhetsplan 2027 for Nav Grimstad er godkjent", at("2027-03-27T12:00:00Z"));
    await notify(rita.id, "plan_comment", "Ny kommentar på «Flere i arbeid»", at("2027-03-28T04:30:00Z")); // 06:30 CEST
    await notify(rita.id, "plan_published", "Virksomhetsplan 2027 for Nav Arendal er publisert", at("2027-03-27T20:00:00Z"), arendal.id);
    await notify(rita.id, "partnership_agreement_revision", "Samarbeidsavtalen skal revideres", at("2027-03-27T21:00:00Z"), null);
    const late = await notify(rita.id, "plan_comment", "Kommentar etter sju", at("2027-03-28T05:30:00Z")); // 07:30 CEST
    // A task kind comes at once, not in the digest.
    await notify(rita.id, "plan_sent_for_approval", "Venter på din godkjenning", at("2027-03-27T13:00:00Z"));

    expect(await sendDueDigests(db, at("2027-03-28T04:59:59Z"), { smtp: false })).toBe(0);
    expect(await outbox()).toHaveLength(0);

    expect(await sendDueDigests(db, at("2027-03-28T05:00:00Z"), { smtp: false })).toBe(1);
    const [mail] = await outbox();
    expect(mail).toMatchObject({ toAddress: "rita@kommune.no", status: "kept", idempotencyKey: digestKey(rita.id, "2027-03-28"), userId: rita.id });
    expect(mail!.subject).toBe("Sammendrag fra Partnerskapsrommet 28.3.2027: 4 nye varsler");
    // Partnerships in alphabetical order, «Annet» (no partnership) last; oldest first within one.
    const text = mail!.text;
    const order = ["Nav Arendal", "Virksomhetsplan 2027 for Nav Arendal er publisert", "Nav Grimstad", "Virksomhetsplan 2027 for Nav Grimstad er godkjent", "Ny kommentar på «Flere i arbeid»", "Annet", "Samarbeidsavtalen skal revideres"];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual(positions.toSorted((a, b) => a - b));
    expect(text).not.toContain("Kommentar etter sju");
    expect(text).not.toContain("Venter på din godkjenning");
    expect(mail!.html.match(/<h2\b/g)).toHaveLength(3);
    expect(mail!.html).toContain('href="http://localhost:3000/varsler/');

    // The one after 07:00 waits for the next morning's digest (05:00Z, still summer time).
    expect((await notificationById(late.id)).digestedAt).toBeNull();
    expect(await sendDueDigests(db, at("2027-03-29T04:59:00Z"), { smtp: false })).toBe(0);
    expect(await sendDueDigests(db, at("2027-03-29T05:00:00Z"), { smtp: false })).toBe(1);
    expect((await outbox()).find((m) => m.idempotencyKey === digestKey(rita.id, "2027-03-29"))!.subject).toContain("1 nytt varsel");
  });

  it("on the autumn change, waits for 06:00Z", async () => {
    const ola = await makeUser(db, { email: "ola@nav.no" });
    await notify(ola.id, "agreement_signed", "Lederavtalen 2027 er signert av alle", at("2027-10-31T05:30:00Z")); // 06:30 CET
    expect(await sendDueDigests(db, at("2027-10-31T05:00:00Z"), { smtp: false })).toBe(0); // 06:00 CET
    expect(await sendDueDigests(db, at("2027-10-31T05:59:59Z"), { smtp: false })).toBe(0);
    expect(await sendDueDigests(db, at("2027-10-31T06:00:00Z"), { smtp: false })).toBe(1);
    expect((await outbox())[0]!.idempotencyKey).toBe(digestKey(ola.id, "2027-10-31"));
  });

  it("is sent once per person and day, however often and from however many instances it runs", async () => {
    const rita = await makeUser(db);
    await notify(rita.id, "plan_approved", "Godkjent", at("2027-03-05T05:00:00Z"));
    expect(await sendDueDigests(db, at("2027-03-05T06:00:00Z"), { smtp: false })).toBe(1);
    expect(await sendDueDigests(db, at("2027-03-05T06:00:15Z"), { smtp: false })).toBe(0);

    // Another instance that read the same notification before this one marked it digested:
    // today's key is taken, so nothing more is queued, and the notification waits for tomorrow.
    const another = await notify(rita.id, "plan_approved", "Også godkjent", at("2027-03-05T05:30:00Z"));
    expect(await sendDueDigests(db, at("2027-03-05T09:00:00Z"), { smtp: false })).toBe(0);
    expect(await outbox()).toHaveLength(1);
    expect((await notificationById(another.id)).digestedAt).toBeNull();
    expect(await sendDueDigests(db, at("2027-03-06T06:00:00Z"), { smtp: false })).toBe(1);
  });

  it("queues one digest per person when two instances run at the same moment, each on its own connection", async () => {
    // PostgreSQL: two pools on one database, as two instances have. SQLite: one process holds the
    // file's one writer, so two passes share the connection and its transactions take turns.
    const other = activeDialect() === "postgres" ? await openDatabase(poolOf(db)!.options.connectionString) : db;
    try {
      const people = [];
      for (let i = 0; i < 12; i++) {
        const person = await makeUser(db, { email: `person${i}@kommune.no` });
        await notify(person.id, "plan_approved", `Godkjent ${i}`, at("2027-03-05T05:00:00Z"));
        await notify(person.id, "plan_published", `Publisert ${i}`, at("2027-03-05T05:10:00Z"), arendal.id);
        people.push(person);
      }
      const now = at("2027-03-05T06:00:00Z");
      const [a, b] = await Promise.all([sendDueDigests(db, now, { smtp: false }), sendDueDigests(other, now, { smtp: false })]);
      expect(a + b).toBe(people.length);
      const mails = await outbox();
      expect(mails.map((m) => m.idempotencyKey).toSorted()).toEqual(people.map((p) => digestKey(p.id, "2027-03-05")).toSorted());
      expect(mails.every((m) => m.subject.endsWith("2 nye varsler"))).toBe(true);
      expect((await db.select().from(notification)).every((n) => n.digestedAt !== null)).toBe(true);
    } finally {
      if (other !== db) await closeDatabase(other);
    }
  });

  it("follows each person's choice: a task kind moved to the digest comes, a kind turned off does not", async () => {
    const rita = await makeUser(db);
    await setDelivery(db, rita.id, "plan_sent_for_approval", "digest");
    await setDelivery(db, rita.id, "plan_approved", "off");
    await notify(rita.id, "plan_sent_for_approval", "Venter på din godkjenning", at("2027-03-05T05:00:00Z"));
    await notify(rita.id, "plan_approved", "Godkjent", at("2027-03-05T05:00:00Z"));
    expect(await sendDueDigests(db, at("2027-03-05T06:00:00Z"), { smtp: false })).toBe(1);
    expect((await outbox())[0]!.text).toContain("Venter på din godkjenning");
    expect((await outbox())[0]!.text).not.toContain("Godkjent");
    // The one turned off is done with, not met again by tomorrow's scan.
    expect((await db.select().from(notification)).every((n) => n.digestedAt !== null)).toBe(true);
  });

  it("leaves out what the person already read in the app, and mails nobody who is deactivated", async () => {
    const reader = await makeUser(db);
    const gone = await makeUser(db);
    await db.update(user).set({ deactivatedAt: at("2027-03-01T00:00:00Z") }).where(eq(user.id, gone.id));
    const read = await notify(reader.id, "plan_approved", "Allerede lest", at("2027-03-05T05:00:00Z"));
    await db.update(notification).set({ readAt: at("2027-03-05T05:10:00Z") }).where(eq(notification.id, read.id));
    await notify(gone.id, "plan_approved", "Til en deaktivert", at("2027-03-05T05:00:00Z"));
    expect(await sendDueDigests(db, at("2027-03-05T06:00:00Z"), { smtp: false })).toBe(0);
    expect(await outbox()).toHaveLength(0);
    // Both handled: not looked at again tomorrow.
    expect((await db.select().from(notification)).every((n) => n.digestedAt !== null)).toBe(true);
  });

  it("is delivered over SMTP with one section per partnership when SMTP_URL is set", async () => {
    const smtp = await startLoopbackSmtp();
    const transport = createSmtpTransport(smtp.url);
    try {
      const rita = await makeUser(db, { email: "rita@kommune.no", name: "Rita" });
      await notify(rita.id, "plan_approved", "Grimstad-planen er godkjent", at("2027-03-05T05:00:00Z"));
      await notify(rita.id, "plan_published", "Arendal-planen er publisert", at("2027-03-05T05:01:00Z"), arendal.id);
      const now = at("2027-03-05T06:00:00Z");
      expect(await sendDueDigests(db, now, { smtp: true })).toBe(1);
      expect(await deliverDue(db, transport, { instanceId: "a", now, log: () => {} })).toMatchObject({ sent: 1 });
      await smtp.waitFor(1);
      const [mail] = smtp.messages;
      expect(mail!.subject).toBe("Sammendrag fra Partnerskapsrommet 5.3.2027: 2 nye varsler");
      expect(mail!.messageId).toMatch(new RegExp(`^<digest\\.${rita.id}\\.2027-03-05@`));
      expect(mail!.html).toMatch(/<h2[^>]*>Nav Arendal<\/h2>[\s\S]*<h2[^>]*>Nav Grimstad<\/h2>/);
      expect(mail!.text).toContain("http://localhost:3000/varsler/");
    } finally {
      transport.close?.();
      await smtp.close();
    }
  });
});
