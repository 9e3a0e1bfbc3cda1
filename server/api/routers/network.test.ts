import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { assessment, assessmentArea, auditEvent, gathering, networkMember, programmeItem } from "~/db/schema";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makeUser } from "~/test/factories";
import type { Role } from "~/lib/roles";
import { callerFor, refusal } from "~/test/caller";

type User = Awaited<ReturnType<typeof makeUser>>;
type Partnership = Awaited<ReturnType<typeof makePartnership>>;

let db: Database;
let grimstad: Partnership;
let arendal: Partnership;
let bykle: Partnership;
let fasilitator: User;
let annenFasilitator: User;
let leder: User;
let eier: User;
let avdelingsleder: User;
let arendalLeder: User;
let nobody: User;

async function person(name: string, role: Role | null, scope: Parameters<typeof grantRole>[3] = {}) {
  const user = await makeUser(db, { name });
  if (role) await grantRole(db, user.id, role, scope);
  return user;
}

const call = (user: User | null) => callerFor(db, user).network;
const details = { name: "Pilotnettverk Agder", description: "Elleve kontor", periodStart: "2018-04-01", periodEnd: "2019-06-30" };
const samling = { title: "Samling 1", startsOn: "2018-04-17", endsOn: "2018-04-18", place: "Kristiansand", description: "" };

beforeEach(async () => {
  db = await createTestDatabase();
  const fylkeId = (await makeFylke(db, { slug: "agder", name: "Agder" })).id;
  grimstad = await makePartnership(db, fylkeId, { slug: "grimstad", officeName: "Nav Grimstad" });
  arendal = await makePartnership(db, fylkeId, { slug: "arendal", officeName: "Nav Arendal" });
  bykle = await makePartnership(db, fylkeId, { slug: "bykle", officeName: "Nav Bykle" });
  fasilitator = await person("Fia Fasilitator", "fasilitator");
  annenFasilitator = await person("Frode Fasilitator", "fasilitator");
  leder = await person("Nora Leder", "nav_leder", { partnershipId: grimstad.id });
  eier = await person("Kari Eier", "kommunal_eier", { partnershipId: grimstad.id });
  avdelingsleder = await person("Anne Avdeling", "avdelingsleder", { partnershipId: grimstad.id });
  arendalLeder = await person("Ola Arendal", "nav_leder", { partnershipId: arendal.id });
  nobody = await person("Ingen Rolle", null);
});

const firstMember = async () => (await db.select().from(networkMember).limit(1))[0]!;

async function networkWithMember(share: Partial<Record<"shareStatuses" | "sharePriorities" | "shareNotes" | "sharePlans", boolean>> = {}) {
  const { slug } = await call(fasilitator).create(details);
  const { id } = await call(fasilitator).invite({ network: slug, partnershipId: grimstad.id });
  await call(leder).respond({ partnership: "grimstad", memberId: id, version: 1, accept: true, ...share });
  return { slug, memberId: id };
}

async function closedAssessmentFor(partnershipId: string, status: "sterk" | "kan_styrkes") {
  const [a] = await db.insert(assessment).values({ partnershipId, heldOn: "2018-04-17", occasion: "Samling 1", status: "closed" }).returning();
  await db.insert(assessmentArea).values({ assessmentId: a!.id, areaNo: 1, status, prioritised: true, considered: true, main: true, barriers: "Hemmelig barriere" });
}

describe("nettverk router: who may do what", () => {
  it("lets only facilitators and admins create a network; others get FORBIDDEN and nothing is made", async () => {
    expect(await refusal(call(nobody).create(details))).toEqual({
      code: "FORBIDDEN",
      messages: ["Bare prosessveiledere (fasilitatorer) og administratorer kan opprette nettverk."],
    });
    expect((await refusal(call(leder).create(details))).code).toBe("FORBIDDEN");
    expect((await refusal(call(null).create(details))).code).toBe("UNAUTHORIZED");
    expect((await call(nobody).list()).networks).toEqual([]);
    const { slug } = await call(fasilitator).create(details);
    expect(slug).toBe("pilotnettverk-agder");
    expect(await call(fasilitator).list()).toMatchObject({ canCreate: true, networks: [{ slug, isFacilitator: true, members: 0 }] });
  });

  it("refuses a person with no role in the network", async () => {
    const { slug } = await networkWithMember();
    expect(await refusal(call(nobody).get({ network: slug }))).toEqual({ code: "FORBIDDEN", messages: ["Du har ingen rolle i dette nettverket."] });
    expect((await refusal(call(arendalLeder).overview({ network: slug, view: "status", sort: "nr" }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(nobody).get({ network: "finnes-ikke" }))).code).toBe("NOT_FOUND");
  });

  it("lets a member's people look but not invite; only facilitators invite", async () => {
    const { slug } = await networkWithMember();
    expect((await call(avdelingsleder).get({ network: slug })).members.map((m) => m.officeName)).toEqual(["Nav Grimstad"]);
    expect(await refusal(call(leder).invite({ network: slug, partnershipId: arendal.id }))).toEqual({
      code: "FORBIDDEN",
      messages: ["Bare nettverkets fasilitatorer kan gjøre dette."],
    });
    expect((await refusal(call(annenFasilitator).invite({ network: slug, partnershipId: arendal.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(call(leder).createGathering({ network: slug, ...samling }))).code).toBe("FORBIDDEN");
    expect(await db.select().from(networkMember)).toHaveLength(1);
  });

  it("lets only the Nav-leder or an owner answer; an avdelingsleder cannot accept", async () => {
    const { slug } = await call(fasilitator).create(details);
    const { id } = await call(fasilitator).invite({ network: slug, partnershipId: grimstad.id });
    expect(await refusal(call(avdelingsleder).respond({ partnership: "grimstad", memberId: id, version: 1, accept: true }))).toEqual({
      code: "FORBIDDEN",
      messages: ["Bare Nav-lederen og eierne kan svare på invitasjoner og velge hva partnerskapet deler med et nettverk."],
    });
    expect((await refusal(call(arendalLeder).respond({ partnership: "grimstad", memberId: id, version: 1, accept: true }))).code).toBe("FORBIDDEN");
    // Through one's own partnership, another's invitation is not found.
    expect((await refusal(call(arendalLeder).respond({ partnership: "arendal", memberId: id, version: 1, accept: true }))).code).toBe("NOT_FOUND");
    expect((await firstMember()).status).toBe("invitert");
    expect((await call(avdelingsleder).networks({ partnership: "grimstad" })).canAnswer).toBe(false);
    await call(eier).respond({ partnership: "grimstad", memberId: id, version: 1, accept: true });
    expect((await call(avdelingsleder).networks({ partnership: "grimstad" })).memberships).toHaveLength(1);
  });
});

describe("nettverk router: the start page", () => {
  it("shows a network invitation to the Nav-leder and the rådmann, not to an avdelingsleder", async () => {
    const { slug } = await call(fasilitator).create(details);
    await call(fasilitator).invite({ network: slug, partnershipId: grimstad.id });
    const kinds = async (u: User) => (await callerFor(db, u).dashboard.get()).awaiting.filter((a) => a.kind === "network_invitation");
    expect(await kinds(leder)).toMatchObject([{ slug: "grimstad", networkName: "Pilotnettverk Agder" }]);
    expect(await kinds(eier)).toHaveLength(1);
    expect(await kinds(avdelingsleder)).toEqual([]);
  });
});

describe("nettverk router: the overview shows only what is shared", () => {
  it("never includes partnerships outside the network", async () => {
    const { slug } = await networkWithMember();
    await closedAssessmentFor(grimstad.id, "sterk");
    await closedAssessmentFor(bykle.id, "kan_styrkes");
    const other = await call(annenFasilitator).create({ ...details, name: "Annet nettverk" });
    const { id } = await call(annenFasilitator).invite({ network: other.slug, partnershipId: bykle.id });
    await call(await person("Bykle-leder", "nav_leder", { partnershipId: bykle.id })).respond({ partnership: "bykle", memberId: id, version: 1, accept: true });
    const overview = await call(fasilitator).overview({ network: slug, view: "status", sort: "kan_styrkes" });
    expect(overview.columns.map((c) => c.officeName)).toEqual(["Nav Grimstad"]);
    expect(JSON.stringify(overview)).not.toContain("Bykle");
    expect(overview.rows[0]!.area.no).toBe(1);
    expect(overview.rows.find((r) => r.area.no === 1)!.totals).toMatchObject({ sterk: 1, kan_styrkes: 0, hoved: 1 });
  });

  it("shows ikke_delt for a member that does not share statuses, and never its notes", async () => {
    const { slug } = await networkWithMember({ shareStatuses: false });
    await closedAssessmentFor(grimstad.id, "sterk");
    const overview = await call(leder).overview({ network: slug, view: "status", sort: "nr" });
    expect(overview.rows.every((r) => r.statuses[0] === "ikke_delt")).toBe(true);
    expect(overview.rows[0]!.priorities[0]).toBe("hoved");
    expect(overview.rows[0]!.totals.sterk).toBe(0);
    expect(await call(fasilitator).notes({ network: slug })).toEqual([]);
    expect(JSON.stringify(overview)).not.toContain("Hemmelig");
    expect(await call(fasilitator).localWork({ network: slug })).toEqual([]);
  });
});

describe("nettverk router: samlinger", () => {
  it("answers NOT_FOUND for another network's samling or item and changes nothing", async () => {
    const { slug } = await networkWithMember();
    const other = await call(annenFasilitator).create({ ...details, name: "Vest" });
    const { id } = await call(fasilitator).createGathering({ network: slug, ...samling });
    const item = await call(fasilitator).addProgrammeItem({ network: slug, gatheringId: id, day: "2018-04-17", startTime: "10:00", endTime: "", title: "Velkommen", speaker: "", kind: "plenum" });
    const f = call(annenFasilitator);
    expect(await refusal(f.gathering({ network: other.slug, gatheringId: id }))).toEqual({ code: "NOT_FOUND", messages: ["Fant ikke samlingen."] });
    expect((await refusal(f.updateGathering({ network: other.slug, gatheringId: id, version: 1, ...samling, title: "Kapret" }))).code).toBe("NOT_FOUND");
    expect((await refusal(f.removeGathering({ network: other.slug, gatheringId: id, version: 1 }))).code).toBe("NOT_FOUND");
    expect((await refusal(f.removeProgrammeItem({ network: other.slug, itemId: item.id, version: 1 }))).code).toBe("NOT_FOUND");
    expect((await refusal(f.withdraw({ network: other.slug, memberId: (await firstMember()).id, version: 2 }))).code).toBe("NOT_FOUND");
    expect((await db.select().from(gathering).limit(1))[0]!.title).toBe("Samling 1");
    expect(await db.select().from(programmeItem)).toHaveLength(1);
    expect(await db.select().from(networkMember)).toHaveLength(1);
  });

  it("answers BAD_REQUEST with Norwegian messages for malformed input, never 500", async () => {
    const { slug } = await networkWithMember();
    const f = call(fasilitator);
    expect(await refusal(f.createGathering({ network: slug, ...samling, endsOn: "2018-04-16" }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Siste dag kan ikke være før første dag."],
    });
    expect((await refusal(f.createGathering({ network: slug, ...samling, startsOn: "17.4.2018" }))).code).toBe("BAD_REQUEST");
    expect((await refusal(f.create({ ...details, periodEnd: "2017-01-01" }))).messages).toEqual(["Perioden kan ikke slutte før den starter."]);
    const garbage = [
      () => f.createGathering({ network: slug, title: 42, startsOn: null } as never),
      () => f.overview({ network: slug, view: "tabell", sort: "nr" } as never),
      () => f.invite({ network: slug, partnershipId: "" }),
      () => f.invite({ network: "../etc", partnershipId: grimstad.id }),
      () => f.addFacilitator({ network: slug, email: "ikke-epost" }),
      () => f.addProgrammeItem({ network: slug, gatheringId: "x", day: "2018-04-17", startTime: "25:00", endTime: "", title: "", speaker: "", kind: "fest" } as never),
      () => call(leder).respond({ partnership: "grimstad", memberId: "x", version: -1, accept: "ja" } as never),
    ];
    for (const attempt of garbage) expect((await refusal(attempt())).code).toBe("BAD_REQUEST");
    const { id } = await f.createGathering({ network: slug, ...samling });
    expect(
      await refusal(f.addProgrammeItem({ network: slug, gatheringId: id, day: "2018-04-20", startTime: "10:00", endTime: "09:00", title: "X", speaker: "", kind: "innlegg" })),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Punktet må slutte etter at det starter."] });
    expect((await refusal(f.invite({ network: slug, partnershipId: "finnes-ikke" }))).code).toBe("NOT_FOUND");
  });

  it("adds a facilitator by e-mail without telling who has an account or what they are called", async () => {
    const { slug } = await call(fasilitator).create(details);
    const f = call(fasilitator);
    const lars = await person("Lars Aasen", null);
    const noRole = await refusal(f.addFacilitator({ network: slug, email: lars.email }));
    expect(noRole.code).toBe("BAD_REQUEST");
    expect(noRole.messages.join(" ")).not.toMatch(/Lars|Aasen/);
    expect(await refusal(f.addFacilitator({ network: slug, email: "finnes-ikke@test.no" }))).toEqual(noRole);
    await f.addFacilitator({ network: slug, email: annenFasilitator.email });
  });

  it("answers CONFLICT for a stale version", async () => {
    const { slug, memberId } = await networkWithMember();
    const f = call(fasilitator);
    await f.update({ network: slug, version: 1, ...details, name: "Nytt navn" });
    expect((await refusal(f.update({ network: slug, version: 1, ...details }))).code).toBe("CONFLICT");
    const { id } = await f.createGathering({ network: slug, ...samling });
    await f.updateGathering({ network: slug, gatheringId: id, version: 1, ...samling, place: "Arendal" });
    expect((await refusal(f.updateGathering({ network: slug, gatheringId: id, version: 1, ...samling }))).code).toBe("CONFLICT");
    const sharing = { shareStatuses: true, sharePriorities: true, shareNotes: true, sharePlans: true };
    await call(leder).updateSharing({ partnership: "grimstad", memberId, version: 2, ...sharing });
    expect((await refusal(call(eier).updateSharing({ partnership: "grimstad", memberId, version: 2, ...sharing, shareNotes: false }))).code).toBe("CONFLICT");
    expect((await firstMember()).shareNotes).toBe(true);
  });

  it("writes audit rows, on the partnership for membership changes", async () => {
    const { slug, memberId } = await networkWithMember();
    await call(leder).leave({ partnership: "grimstad", memberId, version: 2 });
    await call(fasilitator).createGathering({ network: slug, ...samling });
    const rows = await db.select().from(auditEvent);
    const memberRows = rows.filter((r) => r.entity === "network_member");
    expect(memberRows).toHaveLength(3);
    expect(memberRows.every((r) => r.partnershipId === grimstad.id)).toBe(true);
    expect(rows.filter((r) => r.entity === "network" || r.entity === "gathering")).toHaveLength(2);
    const changes = await callerFor(db, leder).partnership.recentChanges({ partnership: "grimstad" });
    expect(changes.filter((c) => c.entity === "network_member")).toHaveLength(3);
    expect((await db.select().from(networkMember).where(eq(networkMember.id, memberId)))[0]!.status).toBe("utmeldt");
  });
});
