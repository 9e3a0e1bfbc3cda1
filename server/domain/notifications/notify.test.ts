import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { inTransaction, type Database } from "~/db/connection";
import { mailOutbox, notification, user } from "~/db/schema";
import { readExtras } from "~/server/mail/outbox";
import { grimstadCast, type User } from "~/test/cast";
import { createTestDatabase } from "~/test/factories";
import { notificationSecret } from "./links";
import { notify, type NotificationInput } from "./notify";
import { setDelivery } from "./preferences";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

let db: Database;
let cast: Awaited<ReturnType<typeof grimstadCast>>;
let leder: User;
let eier: User;
let direktor: User;

beforeEach(async () => {
  db = await createTestDatabase();
  cast = await grimstadCast(db);
  ({ leder, eier, direktor } = cast);
});

const NOW = new Date("2027-03-01T09:00:00Z");

const input = (over: Partial<NotificationInput> = {}): NotificationInput => ({
  kind: "plan_sent_for_approval",
  recipientUserIds: [eier.id, direktor.id, leder.id],
  partnershipId: cast.home.id,
  title: "Virksomhetsplanen 2027 for Nav Grimstad venter på din godkjenning",
  link: "/partnerskap/grimstad/virksomhetsplan/2027",
  ...over,
});

const run = (over: Partial<NotificationInput> = {}, actor: User | null = leder) =>
  inTransaction(db, (tx) => notify(tx, actor ? { userId: actor.id } : null, input(over), NOW));

const rowsFor = (u: User) => db.select().from(notification).where(eq(notification.userId, u.id)).orderBy(notification.createdAt, notification.id);
const mailsTo = (u: User) => db.select().from(mailOutbox).where(eq(mailOutbox.userId, u.id)).orderBy(mailOutbox.createdAt, mailOutbox.id);

describe("notify", () => {
  it("writes one notification per recipient, never to the one who caused it", async () => {
    const result = await run();
    expect(result.notified.sort()).toEqual([eier.id, direktor.id].sort());
    expect(await rowsFor(leder)).toEqual([]);
    expect(await rowsFor(eier)).toEqual([
      expect.objectContaining({
        kind: "plan_sent_for_approval",
        partnershipId: cast.home.id,
        title: "Virksomhetsplanen 2027 for Nav Grimstad venter på din godkjenning",
        link: "/partnerskap/grimstad/virksomhetsplan/2027",
        createdAt: NOW,
        readAt: null,
      }),
    ]);
  });

  it("leaves out a deactivated person", async () => {
    await db.update(user).set({ deactivatedAt: new Date("2027-01-01T00:00:00Z") }).where(eq(user.id, direktor.id));
    expect((await run()).notified).toEqual([eier.id]);
    expect(await rowsFor(direktor)).toEqual([]);
    expect(await mailsTo(direktor)).toEqual([]);
  });

  it("makes the same dedupe key one notification and one mail, however often it is raised", async () => {
    expect((await run({ dedupeKey: "plan-sent.v1.1" })).notified).toHaveLength(2);
    expect((await run({ dedupeKey: "plan-sent.v1.1" })).notified).toEqual([]);
    expect(await rowsFor(eier)).toHaveLength(1);
    expect(await mailsTo(eier)).toHaveLength(1);
    // Another round is another key.
    await run({ dedupeKey: "plan-sent.v1.2" });
    expect(await rowsFor(eier)).toHaveLength(2);
  });

  it("puts a mail in the outbox at once for a task, with a working one-click unsubscribe for the kind", async () => {
    await run();
    const [mail] = await mailsTo(eier);
    expect(mail).toMatchObject({ toAddress: eier.email, subject: "Virksomhetsplanen 2027 for Nav Grimstad venter på din godkjenning" });
    expect(mail!.text).toContain("http://localhost:3000/partnerskap/grimstad/virksomhetsplan/2027");
    expect(mail!.text).toContain("Nav Grimstad");
    expect(mail!.text).toContain("Hei, Kari Eier.");
    const unsubscribe = readExtras(mail!.extras).unsubscribeUrl!;
    expect(unsubscribe).toMatch(/^http:\/\/localhost:3000\/api\/varsler\/avmeld\?t=/);
    const token = new URL(unsubscribe).searchParams.get("t");
    expect(verifyUnsubscribeToken(notificationSecret(), token)).toEqual({ userId: eier.id, kind: "plan_sent_for_approval" });
    expect(mail!.idempotencyKey).toBe(`notification.${(await rowsFor(eier))[0]!.id}`);
    // Mailed at once: nothing left for the digest.
    expect((await rowsFor(eier))[0]!.digestedAt).toEqual(NOW);
  });

  it("sends no mail for a kind delivered in the digest, and leaves the row for the digest", async () => {
    await run({ kind: "plan_comment", title: "Ny kommentar" });
    expect(await mailsTo(eier)).toEqual([]);
    expect((await rowsFor(eier))[0]).toMatchObject({ kind: "plan_comment", digestedAt: null });
  });

  it("follows the person's own choice: off means no mail and no digest, but the bell still shows it", async () => {
    await setDelivery(db, eier.id, "plan_sent_for_approval", "off");
    await setDelivery(db, direktor.id, "plan_comment", "immediate");
    await run();
    await run({ kind: "plan_comment", title: "Ny kommentar", recipientUserIds: [direktor.id] });
    expect(await mailsTo(eier)).toEqual([]);
    expect((await rowsFor(eier))[0]!.digestedAt).toEqual(NOW);
    expect((await mailsTo(direktor)).map((m) => m.subject).sort()).toEqual(["Ny kommentar", "Virksomhetsplanen 2027 for Nav Grimstad venter på din godkjenning"]);
  });

  it("attaches the calendar entry it is given", async () => {
    const ics = { filename: "innkalling.ics", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", method: "REQUEST" as const };
    await run({ kind: "meeting_invitation", ics });
    expect(readExtras((await mailsTo(eier))[0]!.extras).ics).toEqual(ics);
  });

  it("needs no actor for what time raises, and writes nothing when nobody is left", async () => {
    expect((await run({}, null)).notified).toHaveLength(3);
    expect((await run({ recipientUserIds: [leder.id], dedupeKey: "x" })).notified).toEqual([]);
  });

  it("rolls back with the change that raised it", async () => {
    await expect(
      inTransaction(db, async (tx) => {
        await notify(tx, { userId: leder.id }, input(), NOW);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.select().from(notification)).toEqual([]);
    expect(await db.select().from(mailOutbox)).toEqual([]);
  });
});
