import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { assessment, auditEvent, networkMember } from "~/db/schema";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makeUser } from "~/test/factories";
import {
  invitePartnership,
  leaveNetwork,
  listInvitablePartnerships,
  respondInput,
  respondToInvitation,
  updateSharing,
  updateSharingInput,
  withdrawInvitation,
} from "./members";
import { createNetwork } from "./networks";
import { networkScopeFor, partnershipScopeFor } from "~/test/scope";

function setup() {
  const db = createTestDatabase();
  const facilitator = makeUser(db);
  grantRole(db, facilitator.id, "fasilitator");
  const actor = { userId: facilitator.id };
  const fylkeId = makeFylke(db).id;
  const grimstad = makePartnership(db, fylkeId, { officeName: "Nav Grimstad" });
  const arendal = makePartnership(db, fylkeId, { officeName: "Nav Arendal" });
  const net = createNetwork(db, actor, { name: "Agder", description: "", periodStart: "2018-01-01", periodEnd: "2019-12-31" });
  const leder = { userId: makeUser(db).id };
  return { db, actor, leder, grimstad, arendal, networkId: net.id };
}

const row = (db: ReturnType<typeof setup>["db"], id: string) => db.select().from(networkMember).where(eq(networkMember.id, id)).get()!;

describe("invitations", () => {
  it("invites once, accepts with the default sharing (statuses and priorities) and audits on the partnership", () => {
    const { db, actor, leder, grimstad, networkId } = setup();
    const { id } = invitePartnership(networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    expect(() => invitePartnership(networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id })).toThrow(/allerede invitert/);
    respondToInvitation(partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 1, accept: true }));
    expect(row(db, id)).toMatchObject({ status: "medlem", shareStatuses: true, sharePriorities: true, shareNotes: false, sharePlans: false, version: 2 });
    expect(() => invitePartnership(networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id })).toThrow(/allerede medlem/);
    const audit = db.select().from(auditEvent).where(eq(auditEvent.entity, "network_member")).all();
    expect(audit.map((a) => a.partnershipId)).toEqual([grimstad.id, grimstad.id]);
  });

  it("lets a declined or departed partnership be invited again, with fresh defaults", () => {
    const { db, actor, leder, grimstad, networkId } = setup();
    const { id } = invitePartnership(networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    respondToInvitation(partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 1, accept: false }));
    expect(row(db, id).status).toBe("avslatt");
    expect(() => respondToInvitation(partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 2, accept: true }))).toThrow(/allerede besvart/);
    invitePartnership(networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    respondToInvitation(partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 3, accept: true, sharePlans: true }));
    leaveNetwork(partnershipScopeFor(db, leder, grimstad.id), { memberId: id, version: 4 });
    expect(row(db, id)).toMatchObject({ status: "utmeldt", shareStatuses: false, sharePlans: false });
    invitePartnership(networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    expect(row(db, id)).toMatchObject({ status: "invitert", shareStatuses: true, sharePriorities: true });
  });

  it("answers not found for another partnership's invitation, and refuses a stale version", () => {
    const { db, actor, leder, grimstad, arendal, networkId } = setup();
    const { id } = invitePartnership(networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    expect(() => respondToInvitation(partnershipScopeFor(db, leder, arendal.id), respondInput.parse({ memberId: id, version: 1, accept: true }))).toThrow(/Fant ikke/);
    expect(() => respondToInvitation(partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 7, accept: true }))).toThrow(/Noen andre/);
    expect(row(db, id).status).toBe("invitert");
  });

  it("shares a chosen assessment only when it is the partnership's own and closed", () => {
    const { db, leder, grimstad, arendal, actor, networkId } = setup();
    const { id } = invitePartnership(networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    respondToInvitation(partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 1, accept: true }));
    const held = (partnershipId: string, status: "open" | "closed") =>
      db.insert(assessment).values({ partnershipId, heldOn: "2019-03-12", occasion: "Vår", status }).returning().get().id;
    const share = (sharedAssessmentId: string) => updateSharing(partnershipScopeFor(db, leder, grimstad.id), updateSharingInput.parse({ memberId: id, version: row(db, id).version, sharedAssessmentId }));
    expect(() => share(held(arendal.id, "closed"))).toThrow("Fant ikke vurderingen.");
    expect(() => share(held(grimstad.id, "open"))).toThrow("Bare en avsluttet vurdering kan deles med nettverket.");
    expect(row(db, id).sharedAssessmentId).toBeNull();
    const own = held(grimstad.id, "closed");
    share(own);
    expect(row(db, id).sharedAssessmentId).toBe(own);
  });

  it("changes sharing only for members, and withdraws only unanswered invitations", () => {
    const { db, actor, leder, grimstad, arendal, networkId } = setup();
    const { id } = invitePartnership(networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    const sharing = { shareStatuses: false, sharePriorities: true, shareNotes: true, sharePlans: true, sharedAssessmentId: null };
    expect(() => updateSharing(partnershipScopeFor(db, leder, grimstad.id), { memberId: id, version: 1, ...sharing })).toThrow(/ikke medlem/);
    respondToInvitation(partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 1, accept: true }));
    updateSharing(partnershipScopeFor(db, leder, grimstad.id), { memberId: id, version: 2, ...sharing });
    expect(row(db, id)).toMatchObject(sharing);
    expect(() => withdrawInvitation(networkScopeFor(db, actor, networkId), { memberId: id, version: 3 })).toThrow(/ikke er besvart/);
    const other = invitePartnership(networkScopeFor(db, actor, networkId), { partnershipId: arendal.id });
    expect(listInvitablePartnerships(networkScopeFor(db, actor, networkId))).toEqual([]);
    withdrawInvitation(networkScopeFor(db, actor, networkId), { memberId: other.id, version: 1 });
    expect(listInvitablePartnerships(networkScopeFor(db, actor, networkId)).map((p) => p.officeName)).toEqual(["Nav Arendal"]);
  });
});
