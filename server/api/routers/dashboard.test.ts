import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { leaderAgreementVersion, partnership } from "~/db/schema";
import { hashContent } from "~/server/domain/leader-agreement/canonical";
import { contentOf, sign } from "~/server/domain/leader-agreement/agreements";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import { partnershipScope } from "~/server/domain/scope";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makePersonWithRole, makeUser } from "~/test/factories";
import { scoredItems } from "~/lib/mulighetsrom/areas";
import { callerFor } from "~/test/caller";
import { liveSamling } from "~/test/workshop";
import { submitAnswers } from "~/server/domain/workshop/answers";

let db: Database;
let fylkeId: string;

beforeEach(async () => {
  db = await createTestDatabase();
  fylkeId = (await makeFylke(db, { name: "Agder" })).id;
});

describe("dashboard.get", () => {
  it("lists only the partnerships the person has a role in, with the role", async () => {
    const mine = await makePartnership(db, fylkeId, { officeName: "Nav Grimstad" });
    await makePartnership(db, fylkeId, { officeName: "Nav Arendal" });
    const leader = await makePersonWithRole(db, "nav_leder", { partnershipId: mine.id });
    const dashboard = await callerFor(db, leader).dashboard.get();
    expect(dashboard.partnerships.map((p) => p.officeName)).toEqual(["Nav Grimstad"]);
    expect(dashboard.partnerships[0]!.roles).toEqual([{ role: "nav_leder", viaFylke: false }]);
    expect(dashboard.fylker).toEqual([]);
  });

  it("gives a fylkesdirektør every partnership in the fylke and the fylke itself", async () => {
    for (const name of ["Nav Bykle", "Nav Valle", "Nav Bygland"]) await makePartnership(db, fylkeId, { officeName: name });
    await makePartnership(db, (await makeFylke(db)).id, { officeName: "Nav Elsewhere" });
    const director = await makePersonWithRole(db, "fylkesdirektor", { fylkeId });
    const dashboard = await callerFor(db, director).dashboard.get();
    expect(dashboard.partnerships.map((p) => p.officeName)).toEqual(["Nav Bygland", "Nav Bykle", "Nav Valle"]);
    expect(dashboard.partnerships.every((p) => p.roles[0]?.viaFylke)).toBe(true);
    expect(dashboard.fylker.map((f) => f.name)).toEqual(["Agder"]);
  });

  it("merges several roles in many partnerships for one person", async () => {
    const a = await makePartnership(db, fylkeId, { officeName: "Nav A" });
    const b = await makePartnership(db, fylkeId, { officeName: "Nav B" });
    const person = await makeUser(db);
    await grantRole(db, person.id, "kommunal_eier", { partnershipId: a.id });
    await grantRole(db, person.id, "kommunal_eier", { partnershipId: b.id });
    await grantRole(db, person.id, "fylkesstab", { fylkeId });
    const dashboard = await callerFor(db, person).dashboard.get();
    expect(dashboard.partnerships).toHaveLength(2);
    expect(dashboard.partnerships[0]!.roles.map((r) => r.role)).toEqual(["kommunal_eier", "fylkesstab"]);
  });

  it("puts an agreement due for revision on the editors' list, marked overdue when past", async () => {
    const due = await makePartnership(db, fylkeId, { officeName: "Nav Froland" });
    await db.update(partnership).set({ agreementNextRevision: "2020-01-01" }).where(eq(partnership.id, due.id));
    const leader = await makePersonWithRole(db, "nav_leder", { partnershipId: due.id });
    const reader = await makePersonWithRole(db, "avdelingsleder", { partnershipId: due.id });
    const awaiting = (await callerFor(db, leader).dashboard.get()).awaiting;
    expect(awaiting).toEqual([
      {
        kind: "agreement_revision",
        key: `revisjon-${due.slug}`,
        slug: due.slug,
        officeName: "Nav Froland",
        date: "2020-01-01",
        overdue: true,
      },
    ]);
    expect((await callerFor(db, reader).dashboard.get()).awaiting).toEqual([]);
  });

  it("asks each party to sign a lederavtale draft until they have signed", async () => {
    const office = await makePartnership(db, fylkeId, { officeName: "Nav Valle" });
    const leader = await makePersonWithRole(db, "nav_leder", { partnershipId: office.id });
    const owner = await makePersonWithRole(db, "kommunal_eier", { partnershipId: office.id });
    const director = await makePersonWithRole(db, "fylkesdirektor", { fylkeId });
    const delegate = await makePersonWithRole(db, "kommunal_delegat", { partnershipId: office.id });
    const { id } = await callerFor(db, leader).leaderAgreement.create({ partnership: office.slug, year: 2027, basis: "mal" });

    for (const party of [leader, owner, director]) {
      expect((await callerFor(db, party).dashboard.get()).awaiting).toMatchObject([
        { kind: "agreement_signature", versionId: id, year: 2027, officeName: "Nav Valle" },
      ]);
    }
    // A delegate drafts but never signs, so nothing waits for them.
    expect((await callerFor(db, delegate).dashboard.get()).awaiting).toEqual([]);

    const [row] = await db.select().from(leaderAgreementVersion).where(eq(leaderAgreementVersion.id, id)).limit(1);
    await sign(partnershipScope(db, owner.id, office, await loadPartnershipAccess(db, owner.id, office)), {
      versionId: id,
      expectedHash: hashContent(contentOf(row!)),
    });
    expect((await callerFor(db, owner).dashboard.get()).awaiting).toEqual([]);
    expect((await callerFor(db, leader).dashboard.get()).awaiting).toHaveLength(1);
  });

  it("asks each invited participant to answer an open assessment until they have handed in", async () => {
    const office = await makePartnership(db, fylkeId, { officeName: "Nav Bykle" });
    const leader = await makePersonWithRole(db, "nav_leder", { partnershipId: office.id });
    const adviser = await makePersonWithRole(db, "avdelingsleder", { partnershipId: office.id });
    const slug = { partnership: office.slug };
    const { id } = await callerFor(db, leader).mulighetsrom.create({
      ...slug,
      heldOn: "2099-03-01",
      occasion: "Partnerskapsmøte vår",
      participantUserIds: [adviser.id],
    });
    const awaiting = (await callerFor(db, adviser).dashboard.get()).awaiting;
    expect(awaiting).toMatchObject([
      { kind: "assessment_answer", assessmentId: id, occasion: "Partnerskapsmøte vår", officeName: "Nav Bykle" },
    ]);
    expect((await callerFor(db, leader).dashboard.get()).awaiting).toEqual([]);

    const adviserApi = callerFor(db, adviser).mulighetsrom;
    for (const item of scoredItems) {
      await adviserApi.saveAnswer({ ...slug, assessmentId: id, item: item.key, score: "sterk", comment: "", version: 0 });
    }
    await adviserApi.submit({ ...slug, assessmentId: id, shareNamed: false });
    expect((await callerFor(db, adviser).dashboard.get()).awaiting).toEqual([]);
  });

  it("asks the Nav-leder to take over a closed samling self-assessment, until it is taken over", async () => {
    const samling = await liveSamling(db, "-dash");
    const task = await samling.openTask("selvvurdering");
    for (const name of ["Kari", "Per", "Ola"]) {
      const guest = await samling.guest(name, "navledere", samling.grimstad.id);
      await submitAnswers(db, guest, { taskId: task.id, answers: [{ item: "1", value: "sterk" }] });
    }
    await samling.closeTask(task.id);
    const leader = await samling.navLeder(samling.grimstad.id);
    const adviser = await makePersonWithRole(db, "avdelingsleder", { partnershipId: samling.grimstad.id });
    const arendalLeader = await samling.navLeder(samling.arendal.id);

    const awaiting = (await callerFor(db, leader).dashboard.get()).awaiting;
    expect(awaiting).toMatchObject([{ kind: "workshop_transfer", slug: samling.grimstad.slug, gatheringTitle: "Samling 1" }]);
    // Only the Nav-leder takes it over; Arendal had nobody answering.
    expect((await callerFor(db, adviser).dashboard.get()).awaiting).toEqual([]);
    expect((await callerFor(db, arendalLeader).dashboard.get()).awaiting).toEqual([]);

    await callerFor(db, leader).workshop.transfer({ partnership: samling.grimstad.slug, taskId: task.id });
    expect((await callerFor(db, leader).dashboard.get()).awaiting).toEqual([]);
  });

  it("shows a facilitator and an admin their global roles and no partnerships", async () => {
    const facilitator = await callerFor(db, await makePersonWithRole(db, "fasilitator")).dashboard.get();
    expect(facilitator).toMatchObject({ partnerships: [], isFacilitator: true, isAdmin: false });
    const admin = await callerFor(db, await makePersonWithRole(db, "admin")).dashboard.get();
    expect(admin).toMatchObject({ partnerships: [], isAdmin: true });
  });

  it("requires a session", async () => {
    await expect(callerFor(db, null).dashboard.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
