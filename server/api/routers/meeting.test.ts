import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { agendaItem, auditEvent, meeting } from "~/db/schema";
import { createTestDatabase } from "~/test/factories";
import { LOCKED_MESSAGE as LOCKED } from "~/server/domain/meetings/rules";
import { renderText } from "~/lib/i18n/text";
import { callerFor, refusal } from "~/test/caller";
import { grimstadCast, type User } from "~/test/cast";

const LOCKED_MESSAGE = renderText(LOCKED, "nb");

const G = "grimstad";
const at = { partnership: G } as const;
/** A date ahead, so the meeting is upcoming whenever the test runs. */
const NEXT_SPRING = `${new Date().getFullYear() + 1}-03-16`;

let db: Database;
let leder: User;
let avdelingsleder: User;
let eier: User;
let direktor: User;
let outsider: User;

beforeEach(async () => {
  db = await createTestDatabase();
  ({ leder, avdelingsleder, eier, direktor, outsider } = await grimstadCast(db));
});

const call = (user: User | null) => callerFor(db, user).meeting;

async function plan(by: User = leder, over: Record<string, unknown> = {}) {
  return call(by).create({
    ...at,
    title: "Partnerskapsmøte",
    date: NEXT_SPRING,
    startTime: "09:00",
    endTime: "11:00",
    place: "Rådhuset",
    participantUserIds: [leder.id, eier.id, direktor.id],
    standardAgenda: true,
    ...(over as object),
  });
}

const meetingVersion = async (id: string) => (await db.select().from(meeting).where(eq(meeting.id, id)).limit(1))[0]!.version;

/** Holds the meeting and locks its minutes: the two owners present approve (the Nav-leder wrote them). */
async function lockMinutes(id: string) {
  await call(leder).setAttendance({
    ...at,
    meetingId: id,
    version: await meetingVersion(id),
    attendance: [leder, eier, direktor].map((u) => ({ userId: u.id, attended: true })),
  });
  await call(leder).sendMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });
  for (const u of [eier, direktor]) await call(u).approveMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });
}

describe("moter router: who may do what", () => {
  it("lets the Nav-leder and the owners plan, every role read, and refuses people from another partnership", async () => {
    expect((await refusal(plan(avdelingsleder))).code).toBe("FORBIDDEN");
    const { id } = await plan(eier);
    expect((await call(avdelingsleder).get({ ...at, meetingId: id })).agenda).toHaveLength(7);
    expect((await call(eier).list(at)).upcoming.map((m) => m.id)).toEqual([id]);
    expect((await call(direktor).get({ ...at, meetingId: id })).agenda).toHaveLength(7);

    expect(await refusal(call(outsider).list(at))).toEqual({ code: "FORBIDDEN", messages: ["Du har ingen rolle i dette partnerskapet."] });
    expect((await refusal(call(outsider).get({ ...at, meetingId: id }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(null).list(at))).code).toBe("UNAUTHORIZED");
  });

  it("answers NOT_FOUND for another partnership's meeting, item, decision or follow-up through one's own partnership", async () => {
    const { id } = await plan();
    const item = (await call(leder).get({ ...at, meetingId: id })).agenda[0]!;
    const { id: followUpId } = await call(leder).addFollowUp({ ...at, meetingId: id, agendaItemId: null, text: "Punkt", ownerUserId: null, deadline: null });
    const { id: decisionId } = await call(leder).addDecision({ ...at, meetingId: id, agendaItemId: item.id, text: "Vedtak" });
    const theirs = { partnership: "arendal" } as const;
    const o = call(outsider);
    expect(await refusal(o.get({ ...theirs, meetingId: id }))).toEqual({ code: "NOT_FOUND", messages: ["Fant ikke møtet."] });
    expect((await refusal(o.saveMinutes({ ...theirs, itemId: item.id, version: item.version, minutes: "x" }))).code).toBe("NOT_FOUND");
    expect((await refusal(o.updateDecision({ ...theirs, decisionId, version: 1, text: "x" }))).code).toBe("NOT_FOUND");
    expect((await refusal(o.setFollowUpStatus({ ...theirs, followUpId, version: 1, status: "lukket" }))).code).toBe("NOT_FOUND");
    expect((await refusal(o.addCorrection({ ...theirs, meetingId: id, agendaItemId: null, text: "x" }))).code).toBe("NOT_FOUND");
  });

  it("does not let the avdelingsleder change the agenda, the minutes or the meeting", async () => {
    const { id } = await plan();
    const item = (await call(leder).get({ ...at, meetingId: id })).agenda[0]!;
    const editorsOnly = { code: "FORBIDDEN", messages: ["Bare Nav-lederen og eierne kan planlegge møter og skrive referat."] };
    const a = call(avdelingsleder);
    expect(await refusal(a.addAgendaItem({ ...at, meetingId: id, time: null, title: "Min sak", responsible: "", description: "", links: [] }))).toEqual(editorsOnly);
    expect(await refusal(a.moveAgendaItem({ ...at, itemId: item.id, version: item.version, direction: "ned" }))).toEqual(editorsOnly);
    expect(await refusal(a.saveMinutes({ ...at, itemId: item.id, version: item.version, minutes: "x" }))).toEqual(editorsOnly);
    expect(await refusal(a.sendInvitation({ ...at, meetingId: id, version: 1 }))).toEqual(editorsOnly);
    expect(await refusal(a.cancel({ ...at, meetingId: id, version: 1 }))).toEqual(editorsOnly);
    expect((await call(leder).get({ ...at, meetingId: id })).agenda.map((i) => i.title)).not.toContain("Min sak");
    // The owners may do what the Nav-leder may.
    await call(direktor).moveAgendaItem({ ...at, itemId: item.id, version: item.version, direction: "ned" });
  });

  it("lets the owner of a follow-up change its status, but not someone else's", async () => {
    const { id } = await plan();
    const { id: followUpId } = await call(leder).addFollowUp({ ...at, meetingId: id, agendaItemId: null, text: "Punkt", ownerUserId: eier.id, deadline: "2026-12-01" });
    expect(await call(eier).setFollowUpStatus({ ...at, followUpId, version: 1, status: "pagar" })).toEqual({ version: 2 });
    expect((await refusal(call(avdelingsleder).setFollowUpStatus({ ...at, followUpId, version: 2, status: "lukket" }))).code).toBe("FORBIDDEN");
  });
});

describe("moter router: agenda, minutes and lock", () => {
  it("reorders the agenda one step at a time, and audits it", async () => {
    const { id } = await plan();
    const [first, second] = (await call(leder).get({ ...at, meetingId: id })).agenda;
    await call(leder).moveAgendaItem({ ...at, itemId: second!.id, version: second!.version, direction: "opp" });
    const agenda = (await call(leder).get({ ...at, meetingId: id })).agenda;
    expect(agenda.slice(0, 2).map((i) => i.id)).toEqual([second!.id, first!.id]);
    const rows = await db.select().from(auditEvent).where(eq(auditEvent.entity, "agenda_item")).orderBy(asc(auditEvent.at));
    expect(rows.at(-1)!.changes).toMatchObject({ position: { from: 1, to: 0 } });
  });

  it("refuses a stale save with CONFLICT and keeps the first save", async () => {
    const { id } = await plan();
    const item = (await call(leder).get({ ...at, meetingId: id })).agenda[0]!;
    await call(leder).saveMinutes({ ...at, itemId: item.id, version: item.version, minutes: "Først" });
    const stale = await refusal(call(eier).saveMinutes({ ...at, itemId: item.id, version: item.version, minutes: "Sist" }));
    expect(stale.code).toBe("CONFLICT");
    expect((await db.select().from(agendaItem).where(eq(agendaItem.id, item.id)).limit(1))[0]!.minutes).toBe("Først");
    expect((await refusal(call(leder).update({ ...at, meetingId: id, version: 99, title: "X", date: "2026-10-20", startTime: null, endTime: null, place: "", participantUserIds: [] }))).code).toBe("CONFLICT");
  });

  it("refuses edits to locked minutes with a pointer to «Legg til rettelse», and accepts corrections", async () => {
    const { id } = await plan();
    await lockMinutes(id);
    const m = await call(leder).get({ ...at, meetingId: id });
    expect(m.meeting.minutesStatus).toBe("godkjent");
    expect(m.can).toMatchObject({ edit: false, correct: true });
    const item = m.agenda[0]!;
    expect(await refusal(call(leder).saveMinutes({ ...at, itemId: item.id, version: item.version, minutes: "x" }))).toEqual({
      code: "BAD_REQUEST",
      messages: [LOCKED_MESSAGE],
    });
    expect((await refusal(call(leder).addDecision({ ...at, meetingId: id, agendaItemId: null, text: "x" }))).messages).toEqual([LOCKED_MESSAGE]);
    await call(leder).addCorrection({ ...at, meetingId: id, agendaItemId: item.id, text: "Rett tall er 2,3 %." });
    expect((await call(eier).get({ ...at, meetingId: id })).agenda[0]!.corrections).toHaveLength(1);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "minutes_correction"))).toHaveLength(1);
  });

  it("lets only the owners present approve", async () => {
    const { id } = await plan();
    await call(leder).setAttendance({
      ...at,
      meetingId: id,
      version: await meetingVersion(id),
      attendance: [
        { userId: leder.id, attended: true },
        { userId: eier.id, attended: true },
        { userId: direktor.id, attended: false },
      ],
    });
    await call(leder).sendMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });
    expect((await refusal(call(direktor).approveMinutes({ ...at, meetingId: id, version: await meetingVersion(id) }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(leder).approveMinutes({ ...at, meetingId: id, version: await meetingVersion(id) }))).code).toBe("FORBIDDEN");
    const last = await call(eier).approveMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });
    expect(last.locked).toBe(true);
  });
});

describe("moter router: malformed input", () => {
  it("answers BAD_REQUEST with Norwegian messages, never 500", async () => {
    const bad = async (over: Record<string, unknown>) => refusal(plan(leder, over));
    expect(await bad({ date: "2005-06-01" })).toEqual({ code: "BAD_REQUEST", messages: [expect.stringMatching(/^Møtedatoen må være i et år mellom 2006 og \d{4}\.$/)] });
    expect((await bad({ date: "2026-13-01" })).messages).toEqual(["Møtedatoen må være en dato som finnes."]);
    expect((await bad({ startTime: "25:00" })).messages).toEqual(["Starttidspunktet må skrives som tt:mm, for eksempel 09:30."]);
    expect((await bad({ startTime: "12:00", endTime: "11:00" })).messages).toEqual(["Møtet kan ikke slutte før det starter."]);
    expect((await bad({ title: "  " })).messages).toEqual(["Tittelen må fylles ut."]);
    expect((await bad({ participantUserIds: [outsider.id] })).messages).toEqual(["En av deltakerne har ingen rolle i partnerskapet."]);
    expect((await bad({ date: 20261020 })).code).toBe("BAD_REQUEST");
    expect((await bad({ participantUserIds: "alle" })).code).toBe("BAD_REQUEST");

    const { id } = await plan();
    const link = (url: string) => call(leder).addAgendaItem({ ...at, meetingId: id, time: "10:00", title: "Sak", responsible: "", description: "", links: [{ title: "Dok", url }] });
    expect((await refusal(link("javascript:alert(1)"))).messages).toEqual(["Lenken må begynne med http:// eller https://."]);
    expect((await refusal(call(leder).get({ ...at, meetingId: "" }))).code).toBe("BAD_REQUEST");
    expect((await refusal(call(leder).get({ ...at, meetingId: "finnes-ikke" }))).code).toBe("NOT_FOUND");
    expect(
      (await refusal(call(leder).addFollowUp({ ...at, meetingId: id, agendaItemId: null, text: "x", ownerUserId: outsider.id, deadline: "2026-02-30" }))).messages,
    ).toEqual(["Fristen må være en dato som finnes."]);
    expect(
      (await refusal(call(leder).addFollowUp({ ...at, meetingId: id, agendaItemId: null, text: "x", ownerUserId: outsider.id, deadline: null }))).messages,
    ).toEqual(["Den ansvarlige må ha en rolle i partnerskapet."]);
    expect((await refusal(call(leder).setFollowUpStatus({ ...at, followUpId: "x", version: 1, status: "ferdig" as never }))).code).toBe("BAD_REQUEST");
  });
});

describe("dashboard kinds", () => {
  it("shows the owner their open follow-ups (overdue past the deadline) until closed", async () => {
    const { id } = await plan();
    const { id: followUpId } = await call(leder).addFollowUp({ ...at, meetingId: id, agendaItemId: null, text: "Kartlegge unge", ownerUserId: eier.id, deadline: "2020-01-01" });
    const mine = (await callerFor(db, eier).dashboard.get()).awaiting.filter((a) => a.kind === "follow_up");
    expect(mine).toEqual([expect.objectContaining({ kind: "follow_up", meetingId: id, followUpId, text: "Kartlegge unge", overdue: true, slug: G })]);
    expect((await callerFor(db, direktor).dashboard.get()).awaiting.filter((a) => a.kind === "follow_up")).toEqual([]);
    await call(eier).setFollowUpStatus({ ...at, followUpId, version: 1, status: "lukket" });
    expect((await callerFor(db, eier).dashboard.get()).awaiting.filter((a) => a.kind === "follow_up")).toEqual([]);
  });

  it("asks participants present to approve the minutes, not those absent, and stops once they have", async () => {
    const { id } = await plan();
    await call(leder).setAttendance({
      ...at,
      meetingId: id,
      version: await meetingVersion(id),
      attendance: [
        { userId: leder.id, attended: true },
        { userId: eier.id, attended: false },
        { userId: direktor.id, attended: true },
      ],
    });
    await call(leder).sendMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });
    const kinds = async (u: User) => (await callerFor(db, u).dashboard.get()).awaiting.filter((a) => a.kind === "minutes_approval");
    expect(await kinds(direktor)).toEqual([expect.objectContaining({ kind: "minutes_approval", meetingId: id, slug: G })]);
    expect(await kinds(eier)).toEqual([]);
    await call(direktor).approveMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });
    expect(await kinds(direktor)).toEqual([]);
  });
});

describe("moter router: «Jeg har merknader»", () => {
  /** Held with all three present and sent for approval. */
  async function onApproval() {
    const { id } = await plan();
    await call(leder).setAttendance({
      ...at,
      meetingId: id,
      version: await meetingVersion(id),
      attendance: [leder, eier, direktor].map((u) => ({ userId: u.id, attended: true })),
    });
    await call(leder).sendMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });
    return id;
  }
  const remark = async (u: User, id: string, text: string) => call(u).remarkMinutes({ ...at, meetingId: id, version: await meetingVersion(id), remark: text });
  const approveBy = async (u: User, id: string) => call(u).approveMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });

  it("records a remark with its comment for the office to see; it is no approval, and the lock still needs every approval", async () => {
    const id = await onApproval();
    expect(await refusal(remark(eier, id, "   "))).toEqual({ code: "BAD_REQUEST", messages: ["Skriv hva du mener bør endres. Merknaden må fylles ut."] });

    await remark(eier, id, "Vedtaket under punkt 3 mangler fristen.");
    const seen = await call(leder).get({ ...at, meetingId: id });
    expect(seen.remarks).toEqual([expect.objectContaining({ name: "Kari Eier", remark: "Vedtaket under punkt 3 mangler fristen.", approvedAt: null })]);
    expect(seen.participants.find((p) => p.userId === eier.id)).toMatchObject({ minutesApprovedAt: null, minutesRemark: "Vedtaket under punkt 3 mangler fristen." });
    expect(seen.pendingApproverNames).toContain("Kari Eier");
    expect((await call(eier).get({ ...at, meetingId: id })).viewer.myRemark).toBe("Vedtaket under punkt 3 mangler fristen.");

    // The other owner approving does not lock: the remark is not an approval.
    expect((await approveBy(direktor, id)).locked).toBe(false);
    expect((await call(leder).get({ ...at, meetingId: id })).meeting.minutesStatus).toBe("til_godkjenning");

    // The person with remarks may approve later; the remark stays visible.
    expect((await approveBy(eier, id)).locked).toBe(true);
    const locked = await call(direktor).get({ ...at, meetingId: id });
    expect(locked.meeting.minutesStatus).toBe("godkjent");
    expect(locked.remarks.map((r) => [r.name, r.approvedAt instanceof Date])).toEqual([["Kari Eier", true]]);

    const audited = await db.select().from(auditEvent).where(eq(auditEvent.entityId, id));
    expect(audited.some((e) => JSON.stringify(e.changes).includes("Vedtaket under punkt 3 mangler fristen."))).toBe(true);
  });

  it("lets only owners present remark, not after they approved, and not before the minutes are sent", async () => {
    const { id: draft } = await plan();
    expect(await refusal(remark(eier, draft, "x"))).toEqual({ code: "BAD_REQUEST", messages: ["Referatet er ikke sendt til godkjenning ennå."] });

    const id = await onApproval();
    expect((await refusal(remark(leder, id, "x"))).code).toBe("FORBIDDEN");
    expect((await refusal(remark(avdelingsleder, id, "x"))).code).toBe("FORBIDDEN");
    expect((await refusal(remark(outsider, id, "x"))).code).toBe("FORBIDDEN");
    await approveBy(eier, id);
    expect(await refusal(remark(eier, id, "For sent"))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Du har allerede godkjent referatet. Merknader kan ikke legges til etterpå."],
    });
    expect((await call(leder).get({ ...at, meetingId: id })).remarks).toEqual([]);
  });

  it("keeps remarks while the office withdraws and corrects, and clears them when the minutes are sent again", async () => {
    const id = await onApproval();
    await remark(direktor, id, "Oppmøtet er feil.");
    await call(leder).withdrawMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });
    expect((await call(leder).get({ ...at, meetingId: id })).remarks.map((r) => r.remark)).toEqual(["Oppmøtet er feil."]);
    await call(leder).sendMinutes({ ...at, meetingId: id, version: await meetingVersion(id) });
    const again = await call(leder).get({ ...at, meetingId: id });
    expect(again.remarks).toEqual([]);
    expect(again.pendingApproverNames).toEqual(expect.arrayContaining(["Kari Eier", "Finn Fylke"]));
  });

  it("keeps the start page entry, worded for someone who has remarks, until they approve", async () => {
    const id = await onApproval();
    const entry = async (u: User) => (await callerFor(db, u).dashboard.get()).awaiting.filter((a) => a.kind === "minutes_approval");
    expect(await entry(eier)).toEqual([expect.objectContaining({ meetingId: id, hasRemark: false })]);
    await remark(eier, id, "Navnet på tiltaket er feil.");
    expect(await entry(eier)).toEqual([expect.objectContaining({ meetingId: id, hasRemark: true })]);
    await approveBy(eier, id);
    expect(await entry(eier)).toEqual([]);
  });
});
