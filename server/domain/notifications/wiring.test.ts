/**
 * Each event, raised the way the app raises it (through the routers, or the domain where the
 * router adds only a password check), tells the people the role matrix says it concerns and
 * nobody else — never the one who caused it.
 */
import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { businessPlanVersion, leaderAgreementVersion, mailOutbox, meeting, notification, user } from "~/db/schema";
import type { NotificationKind } from "~/lib/notifications/kinds";
import { contentOf, sign } from "~/server/domain/leader-agreement/agreements";
import { hashContent } from "~/server/domain/leader-agreement/canonical";
import type { ParsedMail } from "mailparser";
import { startLoopbackSmtp } from "~/server/mail/loopback-smtp";
import { readExtras } from "~/server/mail/outbox";
import { createSmtpTransport, deliverDue } from "~/server/mail/sender";
import { callerFor } from "~/test/caller";
import { grimstadCast, person, type User } from "~/test/cast";
import { createTestDatabase, makeNetwork, makeNetworkFacilitator, makeUser } from "~/test/factories";
import { partnershipScopeFor } from "~/test/scope";

const G = "grimstad";
const at = { partnership: G } as const;
const YEAR = 2027;

let db: Database;
let cast: Awaited<ReturnType<typeof grimstadCast>>;
let leder: User;
let avdelingsleder: User;
let eier: User;
let direktor: User;
let outsider: User;

beforeEach(async () => {
  db = await createTestDatabase();
  cast = await grimstadCast(db);
  ({ leder, avdelingsleder, eier, direktor, outsider } = cast);
  // The fylkesstab fills the state's seat beside the fylkesdirektør.
  await person(db, "Stine Stab", "fylkesstab", { fylkeId: cast.fylkeId });
});

/** Who got a notification of this kind, by name, sorted. */
async function told(kind: NotificationKind) {
  const rows = await db.select({ name: user.name }).from(notification).innerJoin(user, eq(user.id, notification.userId)).where(eq(notification.kind, kind));
  return rows.map((r) => r.name).sort();
}
const notificationsOf = async (u: User, kind: NotificationKind) =>
  (await db.select().from(notification).where(eq(notification.userId, u.id)).orderBy(notification.createdAt, notification.id)).filter((n) => n.kind === kind);
const mailsTo = (u: User) => db.select().from(mailOutbox).where(eq(mailOutbox.userId, u.id)).orderBy(mailOutbox.createdAt, mailOutbox.id);

// --- The plan ------------------------------------------------------------------------------

const plan = (u: User) => callerFor(db, u).businessPlan;
const versionOf = async (versionId: string) =>
  (await db.select().from(businessPlanVersion).where(eq(businessPlanVersion.id, versionId)).limit(1))[0]!.version;

/** A plan with everything sending needs. */
async function sendablePlan() {
  const { versionId } = await plan(leder).create({ ...at, year: YEAR, basis: "tom" });
  const c = plan(leder);
  await c.addItem({ ...at, versionId, fields: { kind: "foundation", line: "stat", title: "Brev", summary: "", url: "" } });
  await c.addItem({ ...at, versionId, fields: { kind: "foundation", line: "kommune", title: "Plan", summary: "", url: "" } });
  const area = await c.addItem({ ...at, versionId, fields: { kind: "focus_area", title: "Arbeid", description: "" } });
  const goal = await c.addItem({ ...at, versionId, parentId: area.id, fields: { kind: "goal", text: "Mål", source: "felles", foundationKey: null } });
  await c.addItem({
    ...at,
    versionId,
    parentId: goal.id,
    fields: {
      kind: "activity",
      text: "Jobbmesse",
      responsible: "Marked",
      responsiblePerson: "",
      timing: { kind: "fortlopende", value: null },
      status: "ikke_startet",
      developmentActionId: null,
    },
  });
  await c.addItem({
    ...at,
    versionId,
    fields: {
      kind: "indicator",
      name: "Andel i arbeid",
      source: "stat",
      unit: "%",
      baseline: 40,
      targetKind: "tall",
      targetValue: 50,
      targetDirection: null,
      targetOperator: null,
      periodKind: "tertial",
    },
  });
  const empty = { income: null, expenses: null };
  await c.updateGeneral({
    ...at,
    versionId,
    version: await versionOf(versionId),
    vision: "Visjon",
    description: "Beskrivelse",
    statePositions: null,
    municipalPositions: null,
    budget: { budgetThisYear: { income: 0, expenses: 0 }, budgetLastYear: empty, accountsLastYear: empty },
    positionsBudget: null,
    positionsResult: null,
  });
  return versionId;
}

const send = async (versionId: string) => plan(leder).send({ ...at, versionId, version: await versionOf(versionId) });
const decide = async (versionId: string, by: User, decision: "godkjent" | "returnert") =>
  plan(by).decide({ ...at, versionId, version: await versionOf(versionId), decision, comment: decision === "returnert" ? "Mer om ungdom" : "" });

describe("the virksomhetsplan", () => {
  it("asks every owner seat when it is sent, and asks again when it is sent after a return", async () => {
    const versionId = await sendablePlan();
    await send(versionId);
    // The rådmann fills the kommune's seat; the fylkesdirektør and the fylkesstab the state's.
    expect(await told("plan_sent_for_approval")).toEqual(["Finn Fylke", "Kari Eier", "Stine Stab"]);
    const [item] = await notificationsOf(eier, "plan_sent_for_approval");
    expect(item).toMatchObject({
      title: "Virksomhetsplanen 2027 for Nav Grimstad venter på din godkjenning",
      link: "/partnerskap/grimstad/virksomhetsplan/2027",
      partnershipId: cast.home.id,
    });
    // A task: mailed at once.
    expect((await mailsTo(eier)).map((m) => m.subject)).toEqual(["Virksomhetsplanen 2027 for Nav Grimstad venter på din godkjenning"]);

    await decide(versionId, eier, "returnert");
    expect(await told("plan_returned")).toEqual(["Nora Leder"]);
    await send(versionId);
    expect(await notificationsOf(eier, "plan_sent_for_approval")).toHaveLength(2);
  });

  it("tells the office when every seat has approved, not before, and everyone when it is published", async () => {
    const versionId = await sendablePlan();
    await send(versionId);
    await decide(versionId, eier, "godkjent");
    expect(await told("plan_approved")).toEqual([]);
    await decide(versionId, direktor, "godkjent");
    expect(await told("plan_approved")).toEqual(["Nora Leder"]);
    await plan(leder).publish({ ...at, versionId, version: await versionOf(versionId) });
    expect(await told("plan_published")).toEqual(["Anne Avdeling", "Finn Fylke", "Kari Eier", "Stine Stab"]);
    expect(await told("plan_published")).not.toContain("Ola Arendal");
  });

  it("tells the office of an owner's comment, and the comment's author of the office's answer", async () => {
    const versionId = await sendablePlan();
    await send(versionId);
    const { id } = await plan(eier).addComment({ ...at, versionId, targetKind: "plan", targetKey: null, parentId: null, body: "Spørsmål" });
    expect(await told("plan_comment")).toEqual(["Nora Leder"]);
    await plan(leder).addComment({ ...at, versionId, targetKind: "plan", targetKey: null, parentId: id, body: "Svar" });
    expect(await told("plan_comment")).toEqual(["Kari Eier", "Nora Leder"]);
    expect((await notificationsOf(eier, "plan_comment"))[0]!.title).toBe("Nytt svar i en kommentartråd på virksomhetsplanen 2027 for Nav Grimstad");
    // Comments go in the digest by default.
    expect(await mailsTo(eier)).toHaveLength(1);
  });
});

// --- The lederavtale -------------------------------------------------------------------------

describe("the lederavtale", () => {
  it("asks the parties who have not signed once one has, and tells the others when all have", async () => {
    const { id } = await callerFor(db, leder).leaderAgreement.create({ ...at, year: YEAR, basis: "mal" });
    const signAs = async (u: User) => {
      const [row] = await db.select().from(leaderAgreementVersion).where(eq(leaderAgreementVersion.id, id)).limit(1);
      return sign(await partnershipScopeFor(db, { userId: u.id }, cast.home.id), { versionId: id, expectedHash: hashContent(contentOf(row!)) });
    };
    expect(await told("agreement_awaiting_signature")).toEqual([]);
    await signAs(leder);
    expect(await told("agreement_awaiting_signature")).toEqual(["Finn Fylke", "Kari Eier"]);
    await signAs(eier);
    // Once per person and version.
    expect(await told("agreement_awaiting_signature")).toEqual(["Finn Fylke", "Kari Eier"]);
    await signAs(direktor);
    expect(await told("agreement_signed")).toEqual(["Kari Eier", "Nora Leder"]);
    expect((await notificationsOf(leder, "agreement_signed"))[0]!.title).toBe("Lederavtalen 2027 for Nav Grimstad er signert av alle parter");
  });
});

// --- Meetings ------------------------------------------------------------------------------

const NEXT_SPRING = `${new Date().getFullYear() + 1}-03-16`;
const mote = (u: User) => callerFor(db, u).meeting;
const meetingVersion = async (id: string) => (await db.select().from(meeting).where(eq(meeting.id, id)).limit(1))[0]!.version;

async function plannedMeeting(participants: User[] = [leder, eier, direktor]) {
  return mote(leder).create({
    ...at,
    title: "Partnerskapsmøte",
    date: NEXT_SPRING,
    startTime: "09:00",
    endTime: "11:00",
    place: "Rådhuset",
    participantUserIds: participants.map((p) => p.id),
    standardAgenda: true,
  });
}

/** The calendar entry attached to the newest mail to this person. */
async function icsTo(u: User) {
  const mails = (await mailsTo(u)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const ics = readExtras(mails.at(-1)!.extras).ics!;
  const calendar = new ICAL.Component(ICAL.parse(ics.content) as unknown[]);
  const event = calendar.getFirstSubcomponent("vevent")!;
  return { method: ics.method, calendarMethod: calendar.getFirstPropertyValue("method"), event, mail: mails.at(-1)! };
}

describe("meetings", () => {
  it("sends the innkalling with the agenda and a calendar request to the participants, not to the Nav-leder who sends it", async () => {
    const { id } = await plannedMeeting();
    expect(await told("meeting_invitation")).toEqual([]);
    await mote(leder).sendInvitation({ ...at, meetingId: id, version: await meetingVersion(id) });
    expect(await told("meeting_invitation")).toEqual(["Finn Fylke", "Kari Eier"]);
    const { method, calendarMethod, event, mail } = await icsTo(eier);
    expect([method, calendarMethod]).toEqual(["REQUEST", "REQUEST"]);
    expect(event.getFirstPropertyValue("summary")).toBe("Partnerskapsmøte");
    expect(event.getFirstPropertyValue("sequence")).toBe(await meetingVersion(id));
    expect(event.getFirstPropertyValue("location")).toBe("Rådhuset");
    expect(String(event.getFirstPropertyValue("organizer"))).toBe(`mailto:${leder.email}`);
    // Every participant is an attendee, the Nav-leder too; only the mail skips the one who sent it.
    expect(event.getAllProperties("attendee").map((a) => String(a.getFirstValue())).sort()).toEqual(
      [leder, eier, direktor].map((u) => `mailto:${u.email}`).sort(),
    );
    // 09:00 Oslo in March is 08:00 UTC.
    expect((event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(`${NEXT_SPRING}T08:00:00.000Z`);
    expect(mail.text).toContain("Saksliste:");
    expect(mail.subject).toMatch(/^Innkalling: Partnerskapsmøte .* kl\. 09:00–11:00 \(Nav Grimstad\)$/);
  });

  it("after the innkalling, sends an update with a higher SEQUENCE to those on the meeting and a cancellation to one taken off it", async () => {
    const { id } = await plannedMeeting();
    await mote(leder).sendInvitation({ ...at, meetingId: id, version: await meetingVersion(id) });
    const first = Number((await icsTo(eier)).event.getFirstPropertyValue("sequence"));
    await mote(leder).update({
      ...at,
      meetingId: id,
      version: await meetingVersion(id),
      title: "Partnerskapsmøte",
      date: NEXT_SPRING,
      startTime: "10:00",
      endTime: "12:00",
      place: "Rådhuset",
      participantUserIds: [leder.id, eier.id, avdelingsleder.id],
    });
    const update = await icsTo(eier);
    expect(update.method).toBe("REQUEST");
    expect(Number(update.event.getFirstPropertyValue("sequence"))).toBeGreaterThan(first);
    expect(update.event.getFirstPropertyValue("uid")).toBe((await icsTo(eier)).event.getFirstPropertyValue("uid"));
    expect((await icsTo(avdelingsleder)).method).toBe("REQUEST");
    const removed = await icsTo(direktor);
    expect(removed.method).toBe("CANCEL");
    expect(removed.event.getFirstPropertyValue("status")).toBe("CANCELLED");

    await mote(leder).cancel({ ...at, meetingId: id, version: await meetingVersion(id) });
    const cancelled = await icsTo(eier);
    expect([cancelled.method, cancelled.calendarMethod]).toEqual(["CANCEL", "CANCEL"]);
    expect(Number(cancelled.event.getFirstPropertyValue("sequence"))).toBeGreaterThan(Number(update.event.getFirstPropertyValue("sequence")));
    expect(cancelled.mail.subject).toMatch(/^Avlyst: Partnerskapsmøte/);
  });

  it("says nothing of a meeting nobody has been invited to yet", async () => {
    const { id } = await plannedMeeting();
    await mote(leder).cancel({ ...at, meetingId: id, version: await meetingVersion(id) });
    expect(await db.select().from(notification)).toEqual([]);
  });

  it("asks the approvers who were present to approve the minutes", async () => {
    const { id } = await plannedMeeting([leder, eier, direktor, avdelingsleder]);
    await mote(leder).setAttendance({
      ...at,
      meetingId: id,
      version: await meetingVersion(id),
      attendance: [
        { userId: leder.id, attended: true },
        { userId: eier.id, attended: true },
        { userId: direktor.id, attended: false },
        { userId: avdelingsleder.id, attended: true },
      ],
    });
    await mote(leder).sendMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });
    // The fylkesdirektør was away; the avdelingsleder does not approve minutes.
    expect(await told("minutes_awaiting_approval")).toEqual(["Kari Eier"]);
    expect((await notificationsOf(eier, "minutes_awaiting_approval"))[0]!.link).toBe(`/partnerskap/grimstad/moter/${id}#referat-godkjenning`);
  });

  it("tells the person a follow-up is given to, also when it is given to someone else later", async () => {
    const { id } = await plannedMeeting();
    const { id: followUpId } = await mote(leder).addFollowUp({ ...at, meetingId: id, agendaItemId: null, text: "Lage plan for ungdom", ownerUserId: eier.id, deadline: "2027-05-01" });
    expect(await told("follow_up_assigned")).toEqual(["Kari Eier"]);
    expect((await notificationsOf(eier, "follow_up_assigned"))[0]).toMatchObject({
      title: "Oppfølgingspunkt for Nav Grimstad: Lage plan for ungdom (frist 1.5.2027)",
      link: `/partnerskap/grimstad/moter/${id}#oppfolging-${followUpId}`,
    });
    await mote(leder).updateFollowUp({ ...at, followUpId, version: 1, text: "Lage plan for ungdom", ownerUserId: avdelingsleder.id, deadline: "2027-05-01" });
    expect(await told("follow_up_assigned")).toEqual(["Anne Avdeling", "Kari Eier"]);
    // The Nav-leder taking a follow-up themselves is told nothing.
    await mote(leder).addFollowUp({ ...at, meetingId: id, agendaItemId: null, text: "Eget punkt", ownerUserId: leder.id, deadline: null });
    expect(await told("follow_up_assigned")).toEqual(["Anne Avdeling", "Kari Eier"]);
  });
});

// --- Mulighetsrom and networks ---------------------------------------------------------------

describe("mulighetsrom", () => {
  it("tells the participants an assessment is open for them to score, and those added later", async () => {
    const created = await callerFor(db, leder).mulighetsrom.create({ ...at, heldOn: "2027-04-01", occasion: "Vårsamling", participantUserIds: [leder.id, eier.id] });
    expect(await told("assessment_opened")).toEqual(["Kari Eier"]);
    expect((await notificationsOf(eier, "assessment_opened"))[0]).toMatchObject({
      title: "Gi din vurdering i mulighetsrommet for Nav Grimstad: Vårsamling (1.4.2027)",
      link: `/partnerskap/grimstad/mulighetsrom/${created.id}/svar`,
    });
    await callerFor(db, leder).mulighetsrom.addParticipants({ ...at, assessmentId: created.id, participantUserIds: [eier.id, avdelingsleder.id] });
    expect(await told("assessment_opened")).toEqual(["Anne Avdeling", "Kari Eier"]);
  });
});

describe("networks", () => {
  it("puts a network invitation to the partnership's Nav-leder and rådmann", async () => {
    const net = await makeNetwork(db, { name: "Agder-nettverket" });
    const facilitator = await makeUser(db, { name: "Frida Fasilitator" });
    await makeNetworkFacilitator(db, net.id, facilitator);
    await callerFor(db, facilitator).network.invite({ network: net.slug, partnershipId: cast.home.id });
    expect(await told("network_invitation")).toEqual(["Kari Eier", "Nora Leder"]);
    expect((await notificationsOf(leder, "network_invitation"))[0]).toMatchObject({
      title: "Nav Grimstad er invitert til nettverket «Agder-nettverket»",
      link: "/partnerskap/grimstad#nettverk",
    });
    expect(await told("network_invitation")).not.toContain(outsider.name);
  });
});

describe("the mails the events queue, through a real SMTP server", () => {
  it("reach each recipient with their subject, one link into the app, the unsubscribe header and the meeting's calendar file", async () => {
    const versionId = await sendablePlan();
    await send(versionId);
    const { id } = await plannedMeeting();
    await mote(leder).sendInvitation({ ...at, meetingId: id, version: await meetingVersion(id) });

    // The tests run without SMTP_URL, so the outbox kept them; a configured server would send them.
    const queued = await db.select().from(mailOutbox);
    expect(queued.length).toBeGreaterThan(0);
    await db.update(mailOutbox).set({ status: "waiting", nextAttemptAt: new Date(0) });

    const smtp = await startLoopbackSmtp();
    try {
      const transport = createSmtpTransport(smtp.url);
      const result = await deliverDue(db, transport, { instanceId: "test", log: () => undefined, from: "Partnerskapsrommet <ikke-svar@test.no>" });
      transport.close?.();
      expect(result.sent).toBe(queued.length);
      await smtp.waitFor(queued.length);

      for (const row of queued) {
        const received = smtp.messages.find((m) => m.subject === row.subject && addressesOf(m).includes(row.toAddress));
        expect(received, `${row.toAddress}: ${row.subject}`).toBeDefined();
        expect(received!.text).toContain("http");
        expect(received!.html).toContain("<a ");
        const unsubscribe = received!.headerLines.find((h) => h.key === "list-unsubscribe")?.line;
        expect(unsubscribe?.replace(/\r\n\s+/g, " ")).toMatch(/^List-Unsubscribe: <http:\/\/localhost:\d+\/api\/varsler\/avmeld\?/);
      }
      const kinds = new Set(queued.map((row) => row.subject.split(":")[0]));
      expect(kinds.size).toBeGreaterThan(1);
      const invitation = smtp.messages.find((m) => m.subject?.startsWith("Innkalling:") && addressesOf(m).includes(eier.email))!;
      const calendar = invitation.attachments.find((a) => a.contentType === "text/calendar")!;
      expect(calendar.content.toString("utf8")).toContain("METHOD:REQUEST");
      // Neither the plan nor the invitation goes to the Nav-leder who caused them.
      expect(smtp.messages.some((m) => addressesOf(m).includes(leder.email))).toBe(false);
    } finally {
      await smtp.close();
    }
  });
});

function addressesOf(message: ParsedMail): string[] {
  const to = message.to;
  const list = Array.isArray(to) ? to : to ? [to] : [];
  return list.flatMap((group) => group.value.map((v) => v.address ?? ""));
}
