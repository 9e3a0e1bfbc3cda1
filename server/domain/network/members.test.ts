import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
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

async function setup() {
  const db = await createTestDatabase();
  const facilitator = await makeUser(db);
  await grantRole(db, facilitator.id, "fasilitator");
  const actor = { userId: facilitator.id };
  const fylkeId = (await makeFylke(db)).id;
  const grimstad = await makePartnership(db, fylkeId, { officeName: "Nav Grimstad" });
  const arendal = await makePartnership(db, fylkeId, { officeName: "Nav Arendal" });
  const net = await createNetwork(db, actor, { name: "Agder", description: "", periodStart: "2018-01-01", periodEnd: "2019-12-31" });
  const leder = { userId: (await makeUser(db)).id };
  return { db, actor, leder, grimstad, arendal, networkId: net.id };
}

const row = async (db: Database, id: string) => (await db.select().from(networkMember).where(eq(networkMember.id, id)).limit(1))[0]!;

describe("invitations", () => {
  it("invites once, accepts with the default sharing (statuses and priorities) and audits on the partnership", async () => {
    const { db, actor, leder, grimstad, networkId } = await setup();
    const { id } = await invitePartnership(await networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    await expect(invitePartnership(await networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id })).rejects.toThrow(/allerede invitert/);
    await respondToInvitation(await partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 1, accept: true }));
    expect(await row(db, id)).toMatchObject({ status: "medlem", shareStatuses: true, sharePriorities: true, shareNotes: false, sharePlans: false, version: 2 });
    await expect(invitePartnership(await networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id })).rejects.toThrow(/allerede medlem/);
    const audit = await db.select().from(auditEvent).where(eq(auditEvent.entity, "network_member"));
    expect(audit.map((a) => a.partnershipId)).toEqual([grimstad.id, grimstad.id]);
  });

  it("lets a declined or departed partnership be invited again, with fresh defaults", async () => {
    const { db, actor, leder, grimstad, networkId } = await setup();
    const { id } = await invitePartnership(await networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    await respondToInvitation(await partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 1, accept: false }));
    expect((await row(db, id)).status).toBe("avslatt");
    await expect(
      respondToInvitation(await partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 2, accept: true })),
    ).rejects.toThrow(/allerede besvart/);
    await invitePartnership(await networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    await respondToInvitation(await partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 3, accept: true, sharePlans: true }));
    await leaveNetwork(await partnershipScopeFor(db, leder, grimstad.id), { memberId: id, version: 4 });
    expect(await row(db, id)).toMatchObject({ status: "utmeldt", shareStatuses: false, sharePlans: false });
    await invitePartnership(await networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    expect(await row(db, id)).toMatchObject({ status: "invitert", shareStatuses: true, sharePriorities: true });
  });

  it("answers not found for another partnership's invitation, and refuses a stale version", async () => {
    const { db, actor, leder, grimstad, arendal, networkId } = await setup();
    const { id } = await invitePartnership(await networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    await expect(
      respondToInvitation(await partnershipScopeFor(db, leder, arendal.id), respondInput.parse({ memberId: id, version: 1, accept: true })),
    ).rejects.toThrow(/Fant ikke/);
    await expect(
      respondToInvitation(await partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 7, accept: true })),
    ).rejects.toThrow(/Noen andre/);
    expect((await row(db, id)).status).toBe("invitert");
  });

  it("shares a chosen assessment only when it is the partnership's own and closed", async () => {
    const { db, leder, grimstad, arendal, actor, networkId } = await setup();
    const { id } = await invitePartnership(await networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    await respondToInvitation(await partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 1, accept: true }));
    const held = async (partnershipId: string, status: "open" | "closed") =>
      (await db.insert(assessment).values({ partnershipId, heldOn: "2019-03-12", occasion: "Vår", status }).returning())[0]!.id;
    const share = async (sharedAssessmentId: string) =>
      updateSharing(
        await partnershipScopeFor(db, leder, grimstad.id),
        updateSharingInput.parse({ memberId: id, version: (await row(db, id)).version, sharedAssessmentId }),
      );
    await expect(share(await held(arendal.id, "closed"))).rejects.toThrow("Fant ikke vurderingen.");
    await expect(share(await held(grimstad.id, "open"))).rejects.toThrow("Bare en avsluttet vurdering kan deles med nettverket.");
    expect((await row(db, id)).sharedAssessmentId).toBeNull();
    const own = await held(grimstad.id, "closed");
    await share(own);
    expect((await row(db, id)).sharedAssessmentId).toBe(own);
  });

  it("changes sharing only for members, and withdraws only unanswered invitations", async () => {
    const { db, actor, leder, grimstad, arendal, networkId } = await setup();
    const { id } = await invitePartnership(await networkScopeFor(db, actor, networkId), { partnershipId: grimstad.id });
    const sharing = { shareStatuses: false, sharePriorities: true, shareNotes: true, sharePlans: true, sharedAssessmentId: null };
    await expect(updateSharing(await partnershipScopeFor(db, leder, grimstad.id), { memberId: id, version: 1, ...sharing })).rejects.toThrow(/ikke medlem/);
    await respondToInvitation(await partnershipScopeFor(db, leder, grimstad.id), respondInput.parse({ memberId: id, version: 1, accept: true }));
    await updateSharing(await partnershipScopeFor(db, leder, grimstad.id), { memberId: id, version: 2, ...sharing });
    expect(await row(db, id)).toMatchObject(sharing);
    await expect(withdrawInvitation(await networkScopeFor(db, actor, networkId), { memberId: id, version: 3 })).rejects.toThrow(/ikke er besvart/);
    const other = await invitePartnership(await networkScopeFor(db, actor, networkId), { partnershipId: arendal.id });
    expect(await listInvitablePartnerships(await networkScopeFor(db, actor, networkId))).toEqual([]);
    await withdrawInvitation(await networkScopeFor(db, actor, networkId), { memberId: other.id, version: 1 });
    expect((await listInvitablePartnerships(await networkScopeFor(db, actor, networkId))).map((p) => p.officeName)).toEqual(["Nav Arendal"]);
  });
});
