import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { auditEvent, meeting, minutesCorrection } from "~/db/schema";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makeUser } from "~/test/factories";
import type { Role } from "~/lib/roles";
import { partnershipScope } from "~/server/domain/scope";
import { addAgendaItem } from "./agenda";
import { addFollowUp, setFollowUpStatus } from "./follow-ups";
import { invitationText } from "./invitation";
import { createMeeting, sendInvitation } from "./meetings";
import { addCorrection, addDecision, approveMinutes, saveItemMinutes, sendMinutes, setAttendance } from "./minutes";
import { LOCKED_MESSAGE as LOCKED } from "./rules";
import { renderText } from "~/lib/i18n/text";
import { getMeeting } from "./view";

const LOCKED_MESSAGE = renderText(LOCKED, "nb");

let db: Database;
let home: { id: string; fylkeId: string; slug: string };
type TestUser = Awaited<ReturnType<typeof makeUser>>;
let leder: TestUser;
let eier: TestUser;
let direktor: TestUser;
let stab: TestUser;

beforeEach(async () => {
  db = await createTestDatabase();
  const fylke = await makeFylke(db);
  const p = await makePartnership(db, fylke.id, { slug: "grimstad", officeName: "Nav Grimstad" });
  home = { id: p.id, fylkeId: fylke.id, slug: "grimstad" };
  leder = await makeUser(db, { name: "Nora Leder" });
  await grantRole(db, leder.id, "nav_leder", { partnershipId: p.id });
  eier = await makeUser(db, { name: "Kari Eier" });
  await grantRole(db, eier.id, "kommunal_eier", { partnershipId: p.id });
  direktor = await makeUser(db, { name: "Finn Fylke" });
  await grantRole(db, direktor.id, "fylkesdirektor", { fylkeId: fylke.id });
  stab = await makeUser(db, { name: "Siri Stab" });
  await grantRole(db, stab.id, "fylkesstab", { fylkeId: fylke.id });
});

const as = (u: { id: string }, roles: Role[] = []) => partnershipScope(db, u.id, home, { partnershipId: home.id, roles });
const view = (id: string, u = leder) => getMeeting(as(u, u === leder ? ["nav_leder"] : []), { meetingId: id });
const version = async (id: string) => (await db.select().from(meeting).where(eq(meeting.id, id)).limit(1))[0]!.version;

async function plan(date: string, participants = [leder, eier, direktor, stab]) {
  const { id } = await createMeeting(as(leder), {
    title: "Partnerskapsmøte",
    date,
    startTime: "09:00",
    endTime: "11:00",
    place: "Rådhuset",
    participantUserIds: participants.map((p) => p.id),
    standardAgenda: true,
  });
  return id;
}

/** Holds the meeting: attendance, minutes sent for approval. */
async function hold(id: string, attendance: [{ id: string }, boolean][]) {
  await setAttendance(as(leder), {
    meetingId: id,
    version: await version(id),
    attendance: attendance.map(([u, attended]) => ({ userId: u.id, attended })),
  });
  await sendMinutes(as(leder), { meetingId: id, version: await version(id) });
}

describe("a new meeting", () => {
  it("starts with the standard agenda, timed from the start, with the app's own links", async () => {
    const id = await plan("2026-10-20");
    const m = await view(id);
    expect(m.agenda.map((i) => i.time)).toEqual(["09:00", "09:20", "09:40", "09:55", "10:20", "10:35", "10:45"]);
    expect(m.agenda[0]!.appLinks).toEqual([{ title: "Virksomhetsplan 2026", href: "/partnerskap/grimstad/virksomhetsplan/2026" }]);
    expect(m.agenda[2]!.appLinks[0]!.href).toBe("/partnerskap/grimstad/mulighetsrom");
    expect(m.participants.map((p) => p.name)).toEqual(["Nora Leder", "Kari Eier", "Finn Fylke", "Siri Stab"]);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "meeting"))).toHaveLength(1);
  });

  it("sends the innkalling: status innkalt, audited, and a plain-text invitation with the open follow-ups first", async () => {
    const april = await plan("2026-04-21");
    await addFollowUp(as(leder), { meetingId: april, agendaItemId: null, text: "Lag felles plan for unge", ownerUserId: eier.id, deadline: "2026-09-01" });
    const id = await plan("2026-10-20");
    await sendInvitation(as(leder), { meetingId: id, version: await version(id) }, new Date("2026-10-01T08:00:00Z"));
    const m = await view(id);
    expect(m.meeting.status).toBe("innkalt");
    const text = invitationText({ ...m, senderName: "Nora Leder" });
    expect(text).toContain("Tid: tirsdag 20.10.2026 kl. 09:00–11:00");
    expect(text).toContain("Sted: Rådhuset");
    expect(text).toContain("- Kari Eier, ");
    expect(text).toContain("1. Oppfølging fra forrige møte\n   - Lag felles plan for unge (ansvarlig Kari Eier, frist 1.9.2026;");
    expect(text).toContain("2. 09:00 Status på virksomhetsplanen");
  });
});

describe("follow-ups", () => {
  it("stay on the next meeting's agenda until they are closed", async () => {
    const april = await plan("2026-04-21");
    const { id: followUpId } = await addFollowUp(as(leder), {
      meetingId: april,
      agendaItemId: null,
      text: "Kartlegge unge på sosialhjelp",
      ownerUserId: eier.id,
      deadline: "2026-09-01",
    });
    const october = await plan("2026-10-20");
    expect((await view(october)).carried.map((f) => f.text)).toEqual(["Kartlegge unge på sosialhjelp"]);
    expect((await view(april)).carried).toEqual([]);

    const { version: v } = await setFollowUpStatus(as(eier), { followUpId, version: 1, status: "pagar" });
    expect((await view(october)).carried).toHaveLength(1);
    await setFollowUpStatus(as(eier), { followUpId, version: v, status: "lukket" });
    expect((await view(october)).carried).toEqual([]);
  });

  it("can only change status by its owner or the office", async () => {
    const april = await plan("2026-04-21");
    const { id: followUpId } = await addFollowUp(as(leder), { meetingId: april, agendaItemId: null, text: "Punkt", ownerUserId: eier.id, deadline: null });
    await expect(setFollowUpStatus(as(direktor), { followUpId, version: 1, status: "lukket" })).rejects.toThrow(
      /Bare den som har ansvaret/,
    );
  });
});

describe("minutes", () => {
  it("lock when every owner present has approved; the absent ones and the Nav-leder who wrote them do not block", async () => {
    const id = await plan("2026-04-21");
    const item = (await view(id)).agenda[0]!;
    await saveItemMinutes(as(leder), { itemId: item.id, version: item.version, minutes: "Planen følges." });
    await hold(id, [
      [leder, true],
      [eier, true],
      [direktor, true],
      [stab, false],
    ]);
    expect((await view(id)).meeting).toMatchObject({ status: "holdt", minutesStatus: "til_godkjenning" });
    await expect(approveMinutes(as(leder), { meetingId: id, version: await version(id) })).rejects.toThrow(/eierne/);
    expect((await approveMinutes(as(eier), { meetingId: id, version: await version(id) })).locked).toBe(false);
    await expect(approveMinutes(as(stab), { meetingId: id, version: await version(id) })).rejects.toThrow(/til stede/);
    const last = await approveMinutes(as(direktor), { meetingId: id, version: await version(id) }, new Date("2026-05-02T10:00:00Z"));
    expect(last.locked).toBe(true);
    const m = await view(id);
    expect(m.meeting.minutesStatus).toBe("godkjent");
    expect(m.meeting.minutesLockedAt).toEqual(new Date("2026-05-02T10:00:00Z"));
  });

  it("refuse every edit after the lock, and take corrections as separate dated rows", async () => {
    const id = await plan("2026-04-21", [leder, eier]);
    const item = (await view(id)).agenda[1]!;
    await saveItemMinutes(as(leder), { itemId: item.id, version: item.version, minutes: "Ledigheten er 2,1 %." });
    await hold(id, [
      [leder, true],
      [eier, true],
    ]);
    await approveMinutes(as(eier), { meetingId: id, version: await version(id) });

    const after = (await view(id)).agenda[1]!;
    await expect(saveItemMinutes(as(leder), { itemId: after.id, version: after.version, minutes: "Endret" })).rejects.toThrow(LOCKED_MESSAGE);
    await expect(addDecision(as(leder), { meetingId: id, agendaItemId: null, text: "Nytt vedtak" })).rejects.toThrow(LOCKED_MESSAGE);
    await expect(addAgendaItem(as(leder), { meetingId: id, time: null, title: "Ny sak", responsible: "", description: "", links: [] })).rejects.toThrow(
      LOCKED_MESSAGE,
    );
    await expect(addFollowUp(as(leder), { meetingId: id, agendaItemId: null, text: "Ny", ownerUserId: null, deadline: null })).rejects.toThrow(
      LOCKED_MESSAGE,
    );

    await addCorrection(as(leder), { meetingId: id, agendaItemId: after.id, text: "Ledigheten var 2,3 %, ikke 2,1 %." });
    const m = await view(id);
    expect(m.agenda[1]!.minutes).toBe("Ledigheten er 2,1 %.");
    expect(m.agenda[1]!.corrections.map((c) => c.text)).toEqual(["Ledigheten var 2,3 %, ikke 2,1 %."]);
    expect(await db.select().from(minutesCorrection)).toHaveLength(1);
  });

  it("cannot be corrected before they are locked: they are edited directly then", async () => {
    const id = await plan("2026-04-21");
    await expect(addCorrection(as(leder), { meetingId: id, agendaItemId: null, text: "Rettelse" })).rejects.toThrow(/Rett teksten direkte/);
  });
});
