import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { assessment, assessmentParticipant, followUp, meeting, notification, partnership, roleAssignment } from "~/db/schema";
import { grimstadCast, type User } from "~/test/cast";
import { createTestDatabase } from "~/test/factories";
import { sendDueReminders } from "./reminders";

let db: Database;
let cast: Awaited<ReturnType<typeof grimstadCast>>;
let leder: User;
let eier: User;
let avdelingsleder: User;
let meetingId: string;

/** 08:00 in Oslo on 1 March 2027 (winter time). */
const MORNING = new Date("2027-03-01T07:00:00Z");
const dayLater = (days: number) => new Date(MORNING.getTime() + days * 86_400_000);

beforeEach(async () => {
  db = await createTestDatabase();
  cast = await grimstadCast(db);
  ({ leder, eier, avdelingsleder } = cast);
  const [made] = await db.insert(meeting).values({ partnershipId: cast.home.id, title: "Partnerskapsmøte", date: "2027-02-01" }).returning();
  meetingId = made!.id;
});

const addFollowUp = async (over: Partial<typeof followUp.$inferInsert>) => {
  const [made] = await db
    .insert(followUp)
    .values({ partnershipId: cast.home.id, meetingId, text: "Lage plan for ungdom", ownerUserId: eier.id, ...over })
    .returning();
  return made!;
};

const rows = async (kind?: string) =>
  (await db.select().from(notification).orderBy(notification.createdAt, notification.title)).filter((n) => !kind || n.kind === kind);

describe("sendDueReminders", () => {
  it("reminds the owner of a follow-up due within 7 days once, and once more when it is overdue", async () => {
    const f = await addFollowUp({ deadline: "2027-03-08" });
    await addFollowUp({ deadline: "2027-03-20", text: "Senere punkt" });
    await addFollowUp({ deadline: "2027-03-05", status: "lukket", text: "Lukket punkt" });
    await addFollowUp({ deadline: "2027-03-05", ownerUserId: null, text: "Uten ansvarlig" });

    expect(await sendDueReminders(db, MORNING)).toMatchObject({ followUpDue: 1, followUpOverdue: 0 });
    expect(await rows("follow_up_due")).toEqual([
      expect.objectContaining({
        userId: eier.id,
        title: "Oppfølgingspunktet for Nav Grimstad har frist 8.3.2027: Lage plan for ungdom",
        link: `/partnerskap/grimstad/moter/${meetingId}#oppfolging-${f.id}`,
      }),
    ]);
    // The loop runs again and again: nothing new.
    expect(await sendDueReminders(db, dayLater(1))).toMatchObject({ followUpDue: 0 });
    expect(await sendDueReminders(db, dayLater(8))).toMatchObject({ followUpOverdue: 1 });
    expect(await sendDueReminders(db, dayLater(9))).toMatchObject({ followUpOverdue: 0 });
    expect(await rows("follow_up_overdue")).toHaveLength(1);
    // The 20 March one comes due on the 13th.
    expect(await rows("follow_up_due")).toHaveLength(1);
    expect(await sendDueReminders(db, dayLater(12))).toMatchObject({ followUpDue: 1 });
  });

  it("reminds again when the deadline is moved", async () => {
    const f = await addFollowUp({ deadline: "2027-03-03" });
    await sendDueReminders(db, MORNING);
    await db.update(followUp).set({ deadline: "2027-03-06" }).where(eq(followUp.id, f.id));
    await sendDueReminders(db, MORNING);
    expect((await rows("follow_up_due")).map((r) => r.title)).toEqual([
      "Oppfølgingspunktet for Nav Grimstad har frist 3.3.2027: Lage plan for ungdom",
      "Oppfølgingspunktet for Nav Grimstad har frist 6.3.2027: Lage plan for ungdom",
    ]);
  });

  it("does not remind someone who no longer has a role in the partnership", async () => {
    await addFollowUp({ deadline: "2027-03-02" });
    await db.delete(roleAssignment).where(eq(roleAssignment.userId, eier.id));
    expect((await sendDueReminders(db, MORNING)).followUpDue).toBe(0);
  });

  it("reminds the participants who have not handed in, 3 days before the assessment is held", async () => {
    const [a] = await db.insert(assessment).values({ partnershipId: cast.home.id, heldOn: "2027-03-04", occasion: "Vårsamling" }).returning();
    await db.insert(assessmentParticipant)
      .values([
        { assessmentId: a!.id, userId: eier.id, role: "kommunal_eier", side: "kommune" },
        { assessmentId: a!.id, userId: leder.id, role: "nav_leder", side: "kontor", submittedAt: new Date("2027-02-20T10:00:00Z") },
        { assessmentId: a!.id, userId: avdelingsleder.id, role: "avdelingsleder", side: "kontor" },
      ]);
    expect((await sendDueReminders(db, dayLater(-1))).assessmentClosing).toBe(0);
    expect((await sendDueReminders(db, MORNING)).assessmentClosing).toBe(2);
    expect((await sendDueReminders(db, dayLater(1))).assessmentClosing).toBe(0);
    expect((await rows("assessment_closing")).map((r) => r.userId).sort()).toEqual([eier.id, avdelingsleder.id].sort());
    expect((await rows("assessment_closing"))[0]).toMatchObject({
      title: "Vurderingen i mulighetsrommet for Nav Grimstad lukkes snart: Vårsamling (4.3.2027)",
      link: `/partnerskap/grimstad/mulighetsrom/${a!.id}/svar`,
    });
  });

  it("tells those who may edit the partnership that its agreement is due for revision, once", async () => {
    await db.update(partnership).set({ agreementNextRevision: "2027-05-01" }).where(eq(partnership.id, cast.home.id));
    await db.update(partnership).set({ agreementNextRevision: "2027-12-01" }).where(eq(partnership.id, cast.other.id));
    await sendDueReminders(db, MORNING);
    await sendDueReminders(db, dayLater(1));
    const told = await rows("partnership_agreement_revision");
    // The Nav-leder, the rådmann and the fylkesdirektør may edit it; the avdelingsleder may not.
    expect(told.map((r) => r.userId).sort()).toEqual([leder.id, eier.id, cast.direktor.id].sort());
    expect(told[0]).toMatchObject({ title: "Partnerskapsavtalen for Nav Grimstad skal revideres 1.5.2027", link: "/partnerskap/grimstad" });
  });

  it("uses the Oslo date: just after midnight in Oslo is already the next day", async () => {
    await addFollowUp({ deadline: "2027-03-01" });
    // 23:30 UTC on 28 February is 00:30 on 1 March in Oslo.
    expect((await sendDueReminders(db, new Date("2027-02-28T23:30:00Z"))).followUpDue).toBe(1);
    // 1 March is past on 2 March in Oslo, though still 1 March in UTC at 23:30.
    expect((await sendDueReminders(db, new Date("2027-03-01T23:30:00Z"))).followUpOverdue).toBe(1);
  });
});
