import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { createTestDatabase, makeFylke, makePartnership, makePersonWithRole } from "~/db/seed/factories";
import { isoToday } from "~/server/domain/dates";
import { callerFor } from "~/test/caller";

let db: Database;
let agder: ReturnType<typeof makeFylke>;

beforeEach(() => {
  db = createTestDatabase();
  agder = makeFylke(db, { slug: "agder", name: "Agder" });
});

describe("fylke.overview", () => {
  it("gives the fylkesdirektør one row per partnership with its Nav-leder and § 14 progress", async () => {
    const grimstad = makePartnership(db, agder.id, { officeName: "Nav Grimstad" });
    makePartnership(db, agder.id, { officeName: "Nav Arendal" });
    const leader = makePersonWithRole(db, "nav_leder", { partnershipId: grimstad.id });
    const overview = await callerFor(db, makePersonWithRole(db, "fylkesdirektor", { fylkeId: agder.id })).fylke.overview({
      fylke: "agder",
    });
    expect(overview.partnerships.map((p) => p.officeName)).toEqual(["Nav Arendal", "Nav Grimstad"]);
    const row = overview.partnerships.find((p) => p.officeName === "Nav Grimstad")!;
    expect(row).toMatchObject({ navLedere: [leader.name], agreementPointsClarified: 0, optionalServicesEnabled: 0 });
  });

  it("shows how far each partnership's lederavtale for this year has come", async () => {
    const year = Number(isoToday().slice(0, 4));
    const drafted = makePartnership(db, agder.id, { officeName: "Nav Bykle" });
    const untouched = makePartnership(db, agder.id, { officeName: "Nav Valle" });
    const director = makePersonWithRole(db, "fylkesdirektor", { fylkeId: agder.id });
    const leader = makePersonWithRole(db, "nav_leder", { partnershipId: drafted.id });
    makePersonWithRole(db, "kommunal_eier", { partnershipId: drafted.id });
    await callerFor(db, leader).lederavtale.create({ partnership: drafted.slug, year, basis: "mal" });

    const overview = await callerFor(db, director).fylke.overview({ fylke: agder.slug });
    expect(overview.agreementYear).toBe(year);
    const status = (id: string) => overview.partnerships.find((p) => p.id === id)?.leaderAgreement;
    expect(status(drafted.id)).toBe("utkast");
    expect(status(untouched.id)).toBe("mangler");
  });

  it("is open to the fylkesstab too", async () => {
    await expect(
      callerFor(db, makePersonWithRole(db, "fylkesstab", { fylkeId: agder.id })).fylke.overview({ fylke: "agder" }),
    ).resolves.toMatchObject({ fylke: { name: "Agder" } });
  });

  it("refuses a Nav-leder in the fylke and the director of another fylke", async () => {
    const office = makePartnership(db, agder.id);
    await expect(
      callerFor(db, makePersonWithRole(db, "nav_leder", { partnershipId: office.id })).fylke.overview({ fylke: "agder" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = makeFylke(db);
    await expect(
      callerFor(db, makePersonWithRole(db, "fylkesdirektor", { fylkeId: other.id })).fylke.overview({ fylke: "agder" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers NOT_FOUND for a fylke that does not exist and BAD_REQUEST for a malformed slug", async () => {
    const director = callerFor(db, makePersonWithRole(db, "fylkesdirektor", { fylkeId: agder.id }));
    await expect(director.fylke.overview({ fylke: "atlantis" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(director.fylke.overview({ fylke: "../../etc" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
