import { beforeEach, describe, expect, it } from "vitest";
import { poolOf, sqliteHandleOf, type Database } from "~/db/connection";
import { assessment, assessmentArea, businessPlan, businessPlanVersion, emptyBudget, meeting, meetingParticipant, planApproval } from "~/db/schema";
import { createTestDatabase, makeFylke, makePartnership, makePersonWithRole, makeUser } from "~/test/factories";
import { isoToday } from "~/lib/dates";
import { getFylkeOverview } from "~/server/domain/fylke/overview";
import type { PlanStatus } from "~/server/domain/business-plan/lifecycle";
import { callerFor } from "~/test/caller";

let db: Database;
let agder: Awaited<ReturnType<typeof makeFylke>>;

beforeEach(async () => {
  db = await createTestDatabase();
  agder = await makeFylke(db, { slug: "agder", name: "Agder" });
});

describe("fylke.overview", () => {
  it("gives the fylkesdirektør one row per partnership with its Nav-leder and § 14 progress", async () => {
    const grimstad = await makePartnership(db, agder.id, { officeName: "Nav Grimstad" });
    await makePartnership(db, agder.id, { officeName: "Nav Arendal" });
    const leader = await makePersonWithRole(db, "nav_leder", { partnershipId: grimstad.id });
    const overview = await callerFor(db, await makePersonWithRole(db, "fylkesdirektor", { fylkeId: agder.id })).fylke.overview({
      fylke: "agder",
    });
    expect(overview.partnerships.map((p) => p.officeName)).toEqual(["Nav Arendal", "Nav Grimstad"]);
    const row = overview.partnerships.find((p) => p.officeName === "Nav Grimstad")!;
    expect(row).toMatchObject({ navLedere: [leader.name], agreementPointsClarified: 0, optionalServicesEnabled: 0 });
  });

  it("shows how far each partnership's lederavtale for this year has come", async () => {
    const year = Number(isoToday().slice(0, 4));
    const drafted = await makePartnership(db, agder.id, { officeName: "Nav Bykle" });
    const untouched = await makePartnership(db, agder.id, { officeName: "Nav Valle" });
    const director = await makePersonWithRole(db, "fylkesdirektor", { fylkeId: agder.id });
    const leader = await makePersonWithRole(db, "nav_leder", { partnershipId: drafted.id });
    await makePersonWithRole(db, "kommunal_eier", { partnershipId: drafted.id });
    await callerFor(db, leader).leaderAgreement.create({ partnership: drafted.slug, year, basis: "mal" });

    const overview = await callerFor(db, director).fylke.overview({ fylke: agder.slug, year });
    expect(overview.agreementYear).toBe(year);
    const status = (id: string) => overview.partnerships.find((p) => p.id === id)?.leaderAgreement;
    expect(status(drafted.id)).toBe("utkast");
    expect(status(untouched.id)).toBe("mangler");
  });

  it("is open to the fylkesstab too", async () => {
    await expect(
      callerFor(db, await makePersonWithRole(db, "fylkesstab", { fylkeId: agder.id })).fylke.overview({ fylke: "agder" }),
    ).resolves.toMatchObject({ fylke: { name: "Agder" } });
  });

  it("refuses a Nav-leder in the fylke and the director of another fylke", async () => {
    const office = await makePartnership(db, agder.id);
    await expect(
      callerFor(db, await makePersonWithRole(db, "nav_leder", { partnershipId: office.id })).fylke.overview({ fylke: "agder" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await makeFylke(db);
    await expect(
      callerFor(db, await makePersonWithRole(db, "fylkesdirektor", { fylkeId: other.id })).fylke.overview({ fylke: "agder" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers NOT_FOUND for a fylke that does not exist and BAD_REQUEST for a malformed slug", async () => {
    const director = callerFor(db, await makePersonWithRole(db, "fylkesdirektor", { fylkeId: agder.id }));
    await expect(director.fylke.overview({ fylke: "atlantis" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(director.fylke.overview({ fylke: "../../etc" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

/** A plan for the year with one version in the given state (sent once when on review). */
async function planIn(partnershipId: string, year: number, status: PlanStatus) {
  const [plan] = await db.insert(businessPlan).values({ partnershipId, year }).returning();
  const [version] = await db
    .insert(businessPlanVersion)
    .values({ planId: plan!.id, versionNo: 1, status, budget: emptyBudget(), reviewRound: status === "utkast" ? 0 : 1 })
    .returning();
  return version!;
}

describe("fylke.overview for a chosen year", () => {
  it("shows the chosen year's plan: a 2027 plan on review appears for 2027, not for 2026", async () => {
    const grimstad = await makePartnership(db, agder.id, { officeName: "Nav Grimstad" });
    const director = callerFor(db, await makePersonWithRole(db, "fylkesdirektor", { fylkeId: agder.id }));
    await planIn(grimstad.id, 2026, "publisert");
    await planIn(grimstad.id, 2027, "til_godkjenning");

    const in2027 = await director.fylke.overview({ fylke: "agder", year: 2027 });
    expect(in2027.agreementYear).toBe(2027);
    expect(in2027.partnerships[0]!.plan.status).toBe("til_godkjenning");
    expect(in2027.partnerships[0]!.waiting).toEqual([{ kind: "plan" }]);
    expect(in2027.years).toEqual(expect.arrayContaining([2026, 2027]));

    const in2026 = await director.fylke.overview({ fylke: "agder", year: 2026 });
    expect(in2026.partnerships[0]!.plan.status).toBe("publisert");
    expect(in2026.partnerships[0]!.waiting).toEqual([]);
  });

  it("stops waiting for the fylke once the state seat has approved in this round", async () => {
    const office = await makePartnership(db, agder.id);
    const director = await makePersonWithRole(db, "fylkesdirektor", { fylkeId: agder.id });
    const version = await planIn(office.id, 2027, "til_godkjenning");
    await db.insert(planApproval).values({ versionId: version.id, userId: director.id, seat: "stat", decision: "godkjent", round: 1 });
    const overview = await callerFor(db, director).fylke.overview({ fylke: "agder", year: 2027 });
    expect(overview.partnerships[0]!.plan).toMatchObject({ status: "til_godkjenning", stateSeatApproved: true });
    expect(overview.partnerships[0]!.waiting).toEqual([]);
  });

  it("names the fylke's unsigned signature, its minutes to approve, the latest assessment and the next meeting", async () => {
    const office = await makePartnership(db, agder.id);
    const director = await makePersonWithRole(db, "fylkesdirektor", { fylkeId: agder.id });
    await makePersonWithRole(db, "kommunal_eier", { partnershipId: office.id });
    const leader = await makePersonWithRole(db, "nav_leder", { partnershipId: office.id });
    await callerFor(db, leader).leaderAgreement.create({ partnership: office.slug, year: 2027, basis: "mal" });

    const held = (await db.insert(meeting).values({ partnershipId: office.id, title: "Høstmøte", date: "2026-10-20", status: "holdt", minutesStatus: "til_godkjenning" }).returning())[0]!;
    await db.insert(meetingParticipant).values({ meetingId: held.id, userId: director.id, attended: true });
    await db.insert(meetingParticipant).values({ meetingId: held.id, userId: leader.id, attended: true, minutesApprovedAt: new Date() });
    const soon = (await db.insert(meeting).values({ partnershipId: office.id, title: "Vårmøte", date: "2099-03-01", status: "planlagt" }).returning())[0]!;
    await db.insert(meeting).values({ partnershipId: office.id, title: "Avlyst møte", date: "2099-01-01", status: "avlyst" });

    const older = (await db.insert(assessment).values({ partnershipId: office.id, heldOn: "2018-04-10", occasion: "Første", status: "closed" }).returning())[0]!;
    const newer = (await db.insert(assessment).values({ partnershipId: office.id, heldOn: "2026-03-01", occasion: "Andre", status: "closed" }).returning())[0]!;
    await db.insert(assessmentArea).values([1, 2, 3].map((areaNo) => ({ assessmentId: older.id, areaNo, prioritised: true })));
    await db.insert(assessmentArea).values([{ assessmentId: newer.id, areaNo: 4, prioritised: true }, { assessmentId: newer.id, areaNo: 5 }]);

    const row = (await callerFor(db, director).fylke.overview({ fylke: "agder", year: 2027 })).partnerships[0]!;
    expect(row.agreement.status).toBe("utkast");
    expect(row.latestAssessment).toMatchObject({ id: newer.id, heldOn: "2026-03-01", prioritised: 1 });
    expect(row.nextMeeting).toMatchObject({ id: soon.id, title: "Vårmøte" });
    expect(row.waiting).toEqual([
      { kind: "lederavtale", names: [director.name] },
      { kind: "referat", meetingId: held.id, title: "Høstmøte", date: "2026-10-20", names: [director.name] },
    ]);

    // Seen from 2025 the 2026 assessment and the minutes of October 2026 had not happened yet.
    const back = (await callerFor(db, director).fylke.overview({ fylke: "agder", year: 2025 })).partnerships[0]!;
    expect(back.latestAssessment).toMatchObject({ id: older.id, prioritised: 3 });
    expect(back.agreement.status).toBe("mangler");
    expect(back.waiting).toEqual([]);
  });

  it("refuses a year outside 2000–2100 with a Norwegian message", async () => {
    const director = callerFor(db, await makePersonWithRole(db, "fylkesdirektor", { fylkeId: agder.id }));
    const refusal = director.fylke.overview({ fylke: "agder", year: 1999 });
    await expect(refusal).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(refusal).rejects.toThrow(/mellom 2000 og 2100/);
  });

  it("refuses a person without a fylke role, whatever the year", async () => {
    const office = await makePartnership(db, agder.id);
    await planIn(office.id, 2027, "til_godkjenning");
    await expect(callerFor(db, await makeUser(db)).fylke.overview({ fylke: "agder", year: 2027 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(db, await makePersonWithRole(db, "admin")).fylke.overview({ fylke: "agder", year: 2027 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("fylke.overview's cost", () => {
  /** Statements sent while loading the overview of a fylke with `n` busy partnerships. */
  async function statementsFor(n: number) {
    db = await createTestDatabase();
    const target = await makeFylke(db);
    for (let i = 0; i < n; i++) {
      const office = await makePartnership(db, target.id);
      await planIn(office.id, 2027, "til_godkjenning");
      await db.insert(meeting).values({ partnershipId: office.id, title: "Møte", date: "2099-01-01" });
      await db.insert(assessment).values({ partnershipId: office.id, heldOn: "2026-01-01", occasion: "Vurdering" });
    }
    // Every statement passes the driver once: better-sqlite3's prepare, or the pool's query (ADR 0016).
    const sqlite = sqliteHandleOf(db);
    const driver = (sqlite ?? poolOf(db)!) as unknown as Record<"prepare" | "query", (...args: unknown[]) => unknown>;
    const method = sqlite ? "prepare" : "query";
    const original = driver[method];
    let statements = 0;
    driver[method] = (...args: unknown[]) => {
      statements += 1;
      return original.apply(driver, args);
    };
    try {
      await getFylkeOverview(db, target.id, 2027);
    } finally {
      driver[method] = original;
    }
    return statements;
  }

  it("asks the database the same number of times for 2 partnerships as for 40", async () => {
    expect(await statementsFor(40)).toBe(await statementsFor(2));
  });
});
