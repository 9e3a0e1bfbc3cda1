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
import { LOCKED_MESSAGE } from "./rules";
import { getMeeting } from "./view";

let db: Database;
let home: { id: string; fylkeId: string; slug: string };
let leder: ReturnType<typeof makeUser>;
let eier: ReturnType<typeof makeUser>;
let direktor: ReturnType<typeof makeUser>;
let stab: ReturnType<typeof makeUser>;

beforeEach(() => {
  db = createTestDatabase();
  const fylke = makeFylke(db);
  const p = makePartnership(db, fylke.id, { slug: "grimstad", officeName: "Nav Grimstad" });
  home = { id: p.id, fylkeId: fylke.id, slug: "grimstad" };
  leder = makeUser(db, { name: "Nora Leder" });
  grantRole(db, leder.id, "nav_leder", { partnershipId: p.id });
  eier = makeUser(db, { name: "Kari Eier" });
  grantRole(db, eier.id, "kommunal_eier", { partnershipId: p.id });
  direktor = makeUser(db, { name: "Finn Fylke" });
  grantRole(db, direktor.id, "fylkesdirektor", { fylkeId: fylke.id });
  stab = makeUser(db, { name: "Siri Stab" });
  grantRole(db, stab.id, "fylkesstab", { fylkeId: fylke.id });
});

const as = (u: { id: string }, roles: Role[] = []) => partnershipScope(db, u.id, home, { partnershipId: home.id, roles });
const view = (id: string, u = leder) => getMeeting(as(u, u === leder ? ["nav_leder"] : []), { meetingId: id });
const version = (id: string) => db.select().from(meeting).where(eq(meeting.id, id)).get()!.version;

function plan(date: string, participants = [leder, eier, direktor, stab]) {
  return createMeeting(as(leder), {
    title: "Partnerskapsmøte",
    date,
    startTime: "09:00",
    endTime: "11:00",
    place: "Rådhuset",
    participantUserIds: participants.map((p) => p.id),
    standardAgenda: true,
  }).id;
}

/** Holds the meeting: attendance, minutes sent for approval. */
function hold(id: string, attendance: [{ id: string }, boolean][]) {
  setAttendance(as(leder), {
    meetingId: id,
    version: version(id),
    attendance: attendance.map(([u, attended]) => ({ userId: u.id, attended })),
  });
  sendMinutes(as(leder), { meetingId: id, version: version(id) });
}

describe("a new meeting", () => {
  it("starts with the standard agenda, timed from the start, with the app's own links", () => {
    const id = plan("2026-10-20");
    const m = view(id);
    expect(m.agenda.map((i) => i.time)).toEqual(["09:00", "09:20", "09:40", "09:55", "10:20", "10:35", "10:45"]);
    expect(m.agenda[0]!.appLinks).toEqual([{ title: "Virksomhetsplan 2026", href: "/partnerskap/grimstad/virksomhetsplan/2026" }]);
    expect(m.agenda[2]!.appLinks[0]!.href).toBe("/partnerskap/grimstad/mulighetsrom");
    expect(m.participants.map((p) => p.name)).toEqual(["Nora Leder", "Kari Eier", "Finn Fylke", "Siri Stab"]);
    expect(db.select().from(auditEvent).where(eq(auditEvent.entity, "meeting")).all()).toHaveLength(1);
  });

  it("sends the innkalling: status innkalt, audited, and a plain-text invitation with the open follow-ups first", () => {
    const april = plan("2026-04-21");
    addFollowUp(as(leder), { meetingId: april, agendaItemId: null, text: "Lag felles plan for unge", ownerUserId: eier.id, deadline: "2026-09-01" });
    const id = plan("2026-10-20");
    sendInvitation(as(leder), { meetingId: id, version: version(id) }, new Date("2026-10-01T08:00:00Z"));
    const m = view(id);
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
  it("stay on the next meeting's agenda until they are closed", () => {
    const april = plan("2026-04-21");
    const { id: followUpId } = addFollowUp(as(leder), {
      meetingId: april,
      agendaItemId: null,
      text: "Kartlegge unge på sosialhjelp",
      ownerUserId: eier.id,
      deadline: "2026-09-01",
    });
    const october = plan("2026-10-20");
    expect(view(october).carried.map((f) => f.text)).toEqual(["Kartlegge unge på sosialhjelp"]);
    expect(view(april).carried).toEqual([]);

    const { version: v } = setFollowUpStatus(as(eier), { followUpId, version: 1, status: "pagar" });
    expect(view(october).carried).toHaveLength(1);
    setFollowUpStatus(as(eier), { followUpId, version: v, status: "lukket" });
    expect(view(october).carried).toEqual([]);
  });

  it("can only change status by its owner or the office", () => {
    const april = plan("2026-04-21");
    const { id: followUpId } = addFollowUp(as(leder), { meetingId: april, agendaItemId: null, text: "Punkt", ownerUserId: eier.id, deadline: null });
    expect(() => setFollowUpStatus(as(direktor), { followUpId, version: 1, status: "lukket" })).toThrow(
      /Bare den som har ansvaret/,
    );
  });
});

describe("minutes", () => {
  it("lock when every owner present has approved; the absent ones and the Nav-leder who wrote them do not block", () => {
    const id = plan("2026-04-21");
    const item = view(id).agenda[0]!;
    saveItemMinutes(as(leder), { itemId: item.id, version: item.version, minutes: "Planen følges." });
    hold(id, [
      [leder, true],
      [eier, true],
      [direktor, true],
      [stab, false],
    ]);
    expect(view(id).meeting).toMatchObject({ status: "holdt", minutesStatus: "til_godkjenning" });
    expect(() => approveMinutes(as(leder), { meetingId: id, version: version(id) })).toThrow(/eierne/);
    expect(approveMinutes(as(eier), { meetingId: id, version: version(id) }).locked).toBe(false);
    expect(() => approveMinutes(as(stab), { meetingId: id, version: version(id) })).toThrow(/til stede/);
    const last = approveMinutes(as(direktor), { meetingId: id, version: version(id) }, new Date("2026-05-02T10:00:00Z"));
    expect(last.locked).toBe(true);
    const m = view(id);
    expect(m.meeting.minutesStatus).toBe("godkjent");
    expect(m.meeting.minutesLockedAt).toEqual(new Date("2026-05-02T10:00:00Z"));
  });

  it("refuse every edit after the lock, and take corrections as separate dated rows", () => {
    const id = plan("2026-04-21", [leder, eier]);
    const item = view(id).agenda[1]!;
    saveItemMinutes(as(leder), { itemId: item.id, version: item.version, minutes: "Ledigheten er 2,1 %." });
    hold(id, [
      [leder, true],
      [eier, true],
    ]);
    approveMinutes(as(eier), { meetingId: id, version: version(id) });

    const after = view(id).agenda[1]!;
    expect(() => saveItemMinutes(as(leder), { itemId: after.id, version: after.version, minutes: "Endret" })).toThrow(LOCKED_MESSAGE);
    expect(() => addDecision(as(leder), { meetingId: id, agendaItemId: null, text: "Nytt vedtak" })).toThrow(LOCKED_MESSAGE);
    expect(() => addAgendaItem(as(leder), { meetingId: id, time: null, title: "Ny sak", responsible: "", description: "", links: [] })).toThrow(
      LOCKED_MESSAGE,
    );
    expect(() => addFollowUp(as(leder), { meetingId: id, agendaItemId: null, text: "Ny", ownerUserId: null, deadline: null })).toThrow(
      LOCKED_MESSAGE,
    );

    addCorrection(as(leder), { meetingId: id, agendaItemId: after.id, text: "Ledigheten var 2,3 %, ikke 2,1 %." });
    const m = view(id);
    expect(m.agenda[1]!.minutes).toBe("Ledigheten er 2,1 %.");
    expect(m.agenda[1]!.corrections.map((c) => c.text)).toEqual(["Ledigheten var 2,3 %, ikke 2,1 %."]);
    expect(db.select().from(minutesCorrection).all()).toHaveLength(1);
  });

  it("cannot be corrected before they are locked: they are edited directly then", () => {
    const id = plan("2026-04-21");
    expect(() => addCorrection(as(leder), { meetingId: id, agendaItemId: null, text: "Rettelse" })).toThrow(/Rett teksten direkte/);
  });
});
