import { describe, expect, it } from "vitest";
import { createTestDatabase, makeFylke, makePartnership, makeUser } from "~/test/factories";
import { assessment, assessmentArea, developmentAction, developmentPlan, network, networkMember } from "~/db/schema";
import type { Database } from "~/db/connection";
import type { AreaScore } from "~/lib/mulighetsrom/areas";
import { loadLocalWork, loadNetworkOverview, loadSharedNotes } from "./overview";
import { buildOverview, planProgress, priorityCell, sortRows, statusCell, totalsFor, type MemberAssessment } from "./overview-model";
import { networkScopeFor } from "~/test/scope";

/** What members share reads the same for whoever may look at the network. */
const lookingAt = async (db: Database, networkId: string) => networkScopeFor(db, { userId: (await makeUser(db)).id }, networkId);

const member = (over: Partial<MemberAssessment> & { id: string }): MemberAssessment => ({
  partnershipId: over.id,
  slug: over.id,
  officeName: `Nav ${over.id}`,
  sharing: { shareStatuses: true, sharePriorities: true },
  heldOn: "2018-04-17",
  statuses: new Map(),
  priorities: new Map(),
  ...over,
});

describe("overview cells", () => {
  it("shows the agreed status, ikke vurdert when missing, and ikke delt when statuses are not shared", () => {
    const m = member({ id: "a", statuses: new Map<number, AreaScore>([[1, "sterk"], [2, "kan_styrkes"]]) });
    expect([1, 2, 3].map((no) => statusCell(m, no))).toEqual(["sterk", "kan_styrkes", "ikke_vurdert"]);
    const hidden = member({ id: "b", sharing: { shareStatuses: false, sharePriorities: true }, statuses: undefined });
    expect(statusCell(hidden, 1)).toBe("ikke_delt");
  });

  it("shows main before prioritised before considered, and ikke delt when priorities are not shared", () => {
    const m = member({
      id: "a",
      priorities: new Map([
        [1, { considered: true, prioritised: true, main: true }],
        [2, { considered: true, prioritised: true, main: false }],
        [3, { considered: true, prioritised: false, main: false }],
        [4, { considered: false, prioritised: false, main: false }],
      ]),
    });
    expect([1, 2, 3, 4, 5].map((no) => priorityCell(m, no))).toEqual(["hoved", "prioritert", "vurderes", "ingen", "ingen"]);
    expect(priorityCell(member({ id: "b", sharing: { shareStatuses: true, sharePriorities: false } }), 1)).toBe("ikke_delt");
  });
});

describe("totals per area", () => {
  const members = [
    member({ id: "a", statuses: new Map([[7, "sterk"]]), priorities: new Map([[7, { considered: true, prioritised: true, main: true }]]) }),
    member({ id: "b", statuses: new Map([[7, "kan_styrkes"]]), priorities: new Map([[7, { considered: true, prioritised: true, main: false }]]) }),
    member({ id: "c", statuses: new Map([[7, "kan_styrkes"]]), priorities: new Map([[7, { considered: true, prioritised: false, main: false }]]) }),
    member({ id: "d", sharing: { shareStatuses: false, sharePriorities: false }, statuses: undefined, priorities: undefined }),
  ];

  it("counts offices per status and priority, leaving out members that do not share", () => {
    expect(totalsFor(members, 7)).toEqual({
      sterk: 1,
      kan_styrkes: 2,
      ikke_vurdert: 0,
      prioritert: 2,
      hoved: 1,
      vurderes: 1,
      statusesShared: 3,
      prioritiesShared: 3,
    });
    expect(totalsFor(members, 1)).toMatchObject({ sterk: 0, kan_styrkes: 0, ikke_vurdert: 3, prioritert: 0 });
  });

  it("builds 20 rows with one cell per member in the members' order", () => {
    const overview = buildOverview(members);
    expect(overview.rows).toHaveLength(20);
    expect(overview.columns.map((c) => c.officeName)).toEqual(["Nav a", "Nav b", "Nav c", "Nav d"]);
    const row7 = overview.rows.find((r) => r.area.no === 7)!;
    expect(row7.statuses).toEqual(["sterk", "kan_styrkes", "kan_styrkes", "ikke_delt"]);
    expect(row7.priorities).toEqual(["hoved", "prioritert", "vurderes", "ikke_delt"]);
  });
});

describe("sorting by totals", () => {
  const row = (no: number, kan: number, sterk = 0) => ({
    area: { no },
    totals: { sterk, kan_styrkes: kan, ikke_vurdert: 0, prioritert: 0, hoved: 0, vurderes: 0, statusesShared: 0, prioritiesShared: 0 },
  });

  it("puts the highest count first and keeps area order among equals", () => {
    const rows = [row(1, 1), row(2, 3), row(3, 1), row(4, 3), row(5, 0)];
    expect(sortRows(rows, "kan_styrkes").map((r) => r.area.no)).toEqual([2, 4, 1, 3, 5]);
    expect(sortRows(rows, "sterk").map((r) => r.area.no)).toEqual([1, 2, 3, 4, 5]);
    expect(sortRows([...rows].reverse(), "nr").map((r) => r.area.no)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("lokalt arbeid", () => {
  it("counts finished actions per plan and in all", () => {
    expect(
      planProgress([
        { areaNo: 16, actionStatuses: ["fullfort", "pagar"] },
        { areaNo: 8, actionStatuses: ["fullfort", "fullfort", "ikke_startet", "utsatt"] },
        { areaNo: 7, actionStatuses: [] },
      ]),
    ).toEqual({
      plans: [
        { areaNo: 7, done: 0, total: 0 },
        { areaNo: 8, done: 2, total: 4 },
        { areaNo: 16, done: 1, total: 2 },
      ],
      done: 3,
      total: 6,
    });
  });
});

// --- The loader: what is read from the database -------------------------------------------

async function closedAssessment(
  db: Database,
  partnershipId: string,
  heldOn: string,
  areas: { no: number; status: AreaScore; prioritised?: boolean; main?: boolean; notes?: string }[],
) {
  const [a] = await db.insert(assessment).values({ partnershipId, heldOn, occasion: `Vurdering ${heldOn}`, status: "closed", closedAt: new Date() }).returning();
  for (const area of areas) {
    await db.insert(assessmentArea).values({
      assessmentId: a!.id,
      areaNo: area.no,
      status: area.status,
      considered: area.prioritised ?? false,
      prioritised: area.prioritised ?? false,
      main: area.main ?? false,
      desiredSituation: area.notes ?? "",
    });
  }
  return a!;
}

async function makeNetwork(db: Database, values: { slug: string; name: string; periodStart: string; periodEnd: string }) {
  const [net] = await db.insert(network).values(values).returning();
  return net!;
}

describe("loading the overview", () => {
  async function setup() {
    const db = await createTestDatabase();
    const fylkeId = (await makeFylke(db)).id;
    const open = await makePartnership(db, fylkeId, { officeName: "Nav Åpen" });
    const closed = await makePartnership(db, fylkeId, { officeName: "Nav Lukket" });
    const outsider = await makePartnership(db, fylkeId, { officeName: "Nav Utenfor" });
    const invited = await makePartnership(db, fylkeId, { officeName: "Nav Invitert" });
    const net = await makeNetwork(db, { slug: "agder", name: "Agder", periodStart: "2018-01-01", periodEnd: "2019-12-31" });
    await db.insert(networkMember).values({ networkId: net.id, partnershipId: open.id, status: "medlem", shareNotes: true, sharePlans: true });
    await db.insert(networkMember).values({ networkId: net.id, partnershipId: closed.id, status: "medlem", shareStatuses: false, sharePriorities: false });
    await db.insert(networkMember).values({ networkId: net.id, partnershipId: invited.id, status: "invitert" });
    // An older closed assessment, the latest closed one, and a newer open one (never shown).
    await closedAssessment(db, open.id, "2017-01-01", [{ no: 1, status: "kan_styrkes" }]);
    const latest = await closedAssessment(db, open.id, "2018-04-17", [
      { no: 1, status: "sterk", notes: "Felles mål" },
      { no: 8, status: "kan_styrkes", prioritised: true, main: true },
    ]);
    await db.insert(assessment).values({ partnershipId: open.id, heldOn: "2019-01-01", occasion: "Pågår", status: "open" });
    await closedAssessment(db, closed.id, "2018-04-17", [{ no: 1, status: "kan_styrkes", notes: "Hemmelig" }]);
    await closedAssessment(db, outsider.id, "2018-04-17", [{ no: 1, status: "kan_styrkes" }]);
    const [plan] = await db.insert(developmentPlan).values({ partnershipId: open.id, assessmentId: latest.id, areaNo: 8 }).returning();
    await db.insert(developmentAction).values([
      { partnershipId: open.id, planId: plan!.id, text: "Møte med nabokommunen", status: "fullfort" },
      { partnershipId: open.id, planId: plan!.id, text: "Utrede vertskommune", status: "pagar" },
    ]);
    return { db, networkId: net.id };
  }

  it("uses each member's latest closed assessment, only members, and only what they share", async () => {
    const { db, networkId } = await setup();
    const overview = await loadNetworkOverview(await lookingAt(db, networkId));
    expect(overview.columns.map((c) => c.officeName)).toEqual(["Nav Lukket", "Nav Åpen"]);
    const col = (name: string) => overview.columns.findIndex((c) => c.officeName === name);
    const area1 = overview.rows.find((r) => r.area.no === 1)!;
    expect(area1.statuses[col("Nav Åpen")]).toBe("sterk");
    expect(area1.statuses[col("Nav Lukket")]).toBe("ikke_delt");
    expect(area1.totals).toMatchObject({ sterk: 1, kan_styrkes: 0 });
    const area8 = overview.rows.find((r) => r.area.no === 8)!;
    expect(area8.priorities[col("Nav Åpen")]).toBe("hoved");
    expect(overview.columns[col("Nav Lukket")]!.heldOn).toBeNull();
    expect(JSON.stringify(overview)).not.toContain("Utenfor");
  });

  it("keeps to the network's period: a later assessment is not used, and none within it shows as none", async () => {
    const db = await createTestDatabase();
    const fylkeId = (await makeFylke(db)).id;
    const grimstad = await makePartnership(db, fylkeId, { officeName: "Nav Grimstad" });
    const late = await makePartnership(db, fylkeId, { officeName: "Nav Sen" });
    const net = await makeNetwork(db, { slug: "pilot", name: "Pilot", periodStart: "2018-01-01", periodEnd: "2019-12-31" });
    for (const p of [grimstad, late]) {
      await db.insert(networkMember).values({ networkId: net.id, partnershipId: p.id, status: "medlem", shareNotes: true, sharePlans: true });
    }
    await closedAssessment(db, grimstad.id, "2017-12-31", [{ no: 1, status: "kan_styrkes", notes: "For tidlig" }]);
    await closedAssessment(db, grimstad.id, "2019-03-12", [{ no: 1, status: "sterk", notes: "I perioden" }]);
    await closedAssessment(db, grimstad.id, "2026-03-10", [{ no: 1, status: "kan_styrkes", notes: "For sent" }]);
    await closedAssessment(db, late.id, "2020-01-01", [{ no: 1, status: "sterk", notes: "Etter perioden" }]);

    const overview = await loadNetworkOverview(await lookingAt(db, net.id));
    const col = (name: string) => overview.columns.findIndex((c) => c.officeName === name);
    expect(overview.columns[col("Nav Grimstad")]!.heldOn).toBe("2019-03-12");
    expect(overview.columns[col("Nav Sen")]!.heldOn).toBeNull();
    const area1 = overview.rows.find((r) => r.area.no === 1)!;
    expect(area1.statuses[col("Nav Grimstad")]).toBe("sterk");
    expect(area1.statuses[col("Nav Sen")]).toBe("ikke_vurdert");
    expect((await loadSharedNotes(await lookingAt(db, net.id))).map((n) => n.desiredSituation)).toEqual(["I perioden"]);
    expect((await loadLocalWork(await lookingAt(db, net.id))).map((w) => [w.officeName, w.heldOn])).toEqual([
      ["Nav Grimstad", "2019-03-12"],
      ["Nav Sen", null],
    ]);
  });

  it("uses the assessment a member chose to share for the network, also from outside its period", async () => {
    const db = await createTestDatabase();
    const fylkeId = (await makeFylke(db)).id;
    const grimstad = await makePartnership(db, fylkeId, { officeName: "Nav Grimstad" });
    const net = await makeNetwork(db, { slug: "ny", name: "Ny", periodStart: "2026-09-01", periodEnd: "2027-06-30" });
    const chosen = await closedAssessment(db, grimstad.id, "2019-03-12", [{ no: 1, status: "sterk" }]);
    await db.insert(networkMember).values({ networkId: net.id, partnershipId: grimstad.id, status: "medlem" });
    expect((await loadNetworkOverview(await lookingAt(db, net.id))).columns[0]!.heldOn).toBeNull();

    await db.update(networkMember).set({ sharedAssessmentId: chosen.id });
    const overview = await loadNetworkOverview(await lookingAt(db, net.id));
    expect(overview.columns[0]!.heldOn).toBe("2019-03-12");
    expect(overview.rows.find((r) => r.area.no === 1)!.statuses[0]).toBe("sterk");
  });

  it("reads notes and plans only from members that share them", async () => {
    const { db, networkId } = await setup();
    expect(await loadSharedNotes(await lookingAt(db, networkId))).toEqual([{ officeName: "Nav Åpen", areaNo: 1, desiredSituation: "Felles mål", barriers: "", drivers: "" }]);
    const work = await loadLocalWork(await lookingAt(db, networkId));
    expect(work).toHaveLength(1);
    expect(work[0]).toMatchObject({ officeName: "Nav Åpen", done: 1, total: 2, plans: [{ areaNo: 8, done: 1, total: 2 }] });
    expect(JSON.stringify(work)).not.toContain("nabokommunen");
  });
});
