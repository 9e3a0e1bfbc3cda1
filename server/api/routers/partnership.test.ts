import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { agreementPoint, auditEvent, partnership, partnershipService } from "~/db/schema";
import { createTestDatabase, makeFylke, makeKommune, makePartnership, makePersonWithRole } from "~/test/factories";
import { callerFor, refusal } from "~/test/caller";

let db: Database;
let fylkeId: string;
let home: Awaited<ReturnType<typeof makePartnership>>;
let other: Awaited<ReturnType<typeof makePartnership>>;

beforeEach(async () => {
  db = await createTestDatabase();
  fylkeId = (await makeFylke(db, { slug: "agder", name: "Agder" })).id;
  home = await makePartnership(db, fylkeId, { slug: "grimstad", officeName: "Nav Grimstad" });
  other = await makePartnership(db, fylkeId, { slug: "arendal", officeName: "Nav Arendal" });
});

const as = async (role: Parameters<typeof makePersonWithRole>[1], scope: Parameters<typeof makePersonWithRole>[2]) =>
  callerFor(db, await makePersonWithRole(db, role, scope));

const pointsOf = (partnershipId: string) => db.select().from(agreementPoint).where(eq(agreementPoint.partnershipId, partnershipId));

describe("partnership.overview", () => {
  it("shows a member the office, its kommune, the five § 14 points and the service catalogue", async () => {
    const overview = await (await as("nav_leder", { partnershipId: home.id })).partnership.overview({ partnership: "grimstad" });
    expect(overview.officeName).toBe("Nav Grimstad");
    expect(overview.fylke.name).toBe("Agder");
    expect(overview.kommuner).toHaveLength(1);
    expect(overview.agreement.map((p) => p.key)).toEqual(["lokalisering", "organisering", "kommunale_tjenester", "brukerrepresentanter", "ovrige_tjenester"]);
    expect(overview.services.map((s) => s.name)).toContain("Gjeldsrådgivning");
    expect(overview.canEdit).toBe(true);
  });

  it("refuses a Nav-leder of another partnership, without returning data", async () => {
    const outsider = await as("nav_leder", { partnershipId: other.id });
    await expect(outsider.partnership.overview({ partnership: "grimstad" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(outsider.partnership.recentChanges({ partnership: "grimstad" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets the fylkesdirektør of the fylke in, and refuses one from another fylke", async () => {
    await expect((await as("fylkesdirektor", { fylkeId })).partnership.overview({ partnership: "grimstad" })).resolves.toMatchObject({
      officeName: "Nav Grimstad",
    });
    const elsewhere = (await makeFylke(db)).id;
    await expect(
      (await as("fylkesdirektor", { fylkeId: elsewhere })).partnership.overview({ partnership: "grimstad" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses anonymous callers and answers NOT_FOUND for an unknown office", async () => {
    await expect(callerFor(db, null).partnership.overview({ partnership: "grimstad" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect((await as("nav_leder", { partnershipId: home.id })).partnership.overview({ partnership: "finnes-ikke" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lists every kommune of a vertskommune office, host first", async () => {
    const host = await makeKommune(db, fylkeId, { name: "Gjerstad" });
    const guest = await makeKommune(db, fylkeId, { name: "Vegårshei" });
    const shared = await makePartnership(db, fylkeId, { slug: "gjerstad", kommuneIds: [host.id, guest.id] });
    const overview = await (await as("kommunal_eier", { partnershipId: shared.id, kommuneId: guest.id })).partnership.overview({
      partnership: "gjerstad",
    });
    expect(overview.kommuner.map((k) => [k.name, k.isHost])).toEqual([
      ["Gjerstad", true],
      ["Vegårshei", false],
    ]);
  });
});

describe("partnership.updateAgreementPoint", () => {
  it("saves status and note, bumps the version and audits who changed what", async () => {
    const user = await makePersonWithRole(db, "kommunal_eier", { partnershipId: home.id });
    const point = (await pointsOf(home.id)).find((p) => p.point === "lokalisering")!;
    const result = await callerFor(db, user).partnership.updateAgreementPoint({
      partnership: "grimstad",
      pointId: point.id,
      version: point.version,
      status: "avklart",
      note: "Felles mottak i rådhuset.",
    });
    expect(result.version).toBe(point.version + 1);
    const saved = (await pointsOf(home.id)).find((p) => p.id === point.id)!;
    expect(saved).toMatchObject({ status: "avklart", note: "Felles mottak i rådhuset." });
    const audit = await db.select().from(auditEvent).where(eq(auditEvent.entityId, point.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: user.id, partnershipId: home.id, action: "update" });
    expect(audit[0]!.changes).toMatchObject({ status: { from: "ikke_avklart", to: "avklart" } });
  });

  it("refuses a stale version with a conflict and keeps the first save", async () => {
    const leader = callerFor(db, await makePersonWithRole(db, "nav_leder", { partnershipId: home.id }));
    const owner = callerFor(db, await makePersonWithRole(db, "kommunal_eier", { partnershipId: home.id }));
    const point = (await pointsOf(home.id))[0]!;
    await leader.partnership.updateAgreementPoint({ partnership: "grimstad", pointId: point.id, version: point.version, status: "avklart", note: "Første" });
    const refused = await refusal(
      owner.partnership.updateAgreementPoint({ partnership: "grimstad", pointId: point.id, version: point.version, status: "under_arbeid", note: "Andre" }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.messages[0]).toMatch(/^Noen andre har lagret en endring/);
    expect((await pointsOf(home.id)).find((p) => p.id === point.id)).toMatchObject({ note: "Første", status: "avklart" });
  });

  it("does not let an avdelingsleder edit", async () => {
    const point = (await pointsOf(home.id))[0]!;
    await expect(
      (await as("avdelingsleder", { partnershipId: home.id })).partnership.updateAgreementPoint({
        partnership: "grimstad",
        pointId: point.id,
        version: point.version,
        status: "avklart",
        note: "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await pointsOf(home.id)).find((p) => p.id === point.id)!.status).toBe("ikke_avklart");
  });

  it("cannot reach another partnership's point through its own slug", async () => {
    const foreignPoint = (await pointsOf(other.id))[0]!;
    await expect(
      (await as("nav_leder", { partnershipId: home.id })).partnership.updateAgreementPoint({
        partnership: "grimstad",
        pointId: foreignPoint.id,
        version: foreignPoint.version,
        status: "avklart",
        note: "Kapret",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await pointsOf(other.id)).find((p) => p.id === foreignPoint.id)).toMatchObject({ status: "ikke_avklart", note: "" });
  });

  it("answers bad input with Norwegian field messages and changes nothing", async () => {
    const point = (await pointsOf(home.id))[0]!;
    const leader = await as("nav_leder", { partnershipId: home.id });
    const refused = await refusal(
      leader.partnership.updateAgreementPoint({
        partnership: "grimstad",
        pointId: point.id,
        version: point.version,
        status: "kanskje" as "avklart",
        note: "x".repeat(2001),
      }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", messages: ["Velg status.", "Notatet kan ha høyst 2000 tegn."] });
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entityId, point.id))).toHaveLength(0);
    expect((await pointsOf(home.id)).find((p) => p.id === point.id)!.version).toBe(point.version);
  });
});

describe("partnership.updateDetails", () => {
  const details = { leaderModel: "to_ledere" as const, statePositions: "25,3", municipalPositions: "12,6", agreementDate: "2024-02-01", agreementNextRevision: "2027-01-31" };

  it("parses Norwegian decimals and stores the dates", async () => {
    const leader = await as("nav_leder", { partnershipId: home.id });
    await leader.partnership.updateDetails({ partnership: "grimstad", version: home.version, ...details });
    const [saved] = await db.select().from(partnership).where(eq(partnership.id, home.id)).limit(1);
    expect(saved).toMatchObject({ leaderModel: "to_ledere", statePositions: 25.3, municipalPositions: 12.6, agreementNextRevision: "2027-01-31" });
  });

  it("refuses a revision date before the agreement date, and dates that do not exist", async () => {
    const leader = await as("nav_leder", { partnershipId: home.id });
    expect(
      await refusal(
        leader.partnership.updateDetails({ partnership: "grimstad", version: home.version, ...details, agreementNextRevision: "2023-01-01" }),
      ),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Neste revisjon må komme etter avtaledatoen."] });
    await expect(
      leader.partnership.updateDetails({ partnership: "grimstad", version: home.version, ...details, agreementDate: "2024-02-31" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await refusal(leader.partnership.updateDetails({ partnership: "grimstad", version: home.version, ...details, statePositions: "mange" })),
    ).toEqual({ code: "BAD_REQUEST", messages: ["Statlige årsverk må være et tall, for eksempel 12,6."] });
    expect((await db.select().from(partnership).where(eq(partnership.id, home.id)).limit(1))[0]!.version).toBe(home.version);
  });
});

describe("partnership services", () => {
  const servicesOf = (id: string) => db.select().from(partnershipService).where(eq(partnershipService.partnershipId, id));

  it("switches a catalogue service on, and audits it", async () => {
    const leader = await as("nav_leder", { partnershipId: home.id });
    const rus = (await servicesOf(home.id)).find((s) => s.serviceKey === "rus")!;
    await leader.partnership.setServiceEnabled({ partnership: "grimstad", serviceId: rus.id, version: rus.version, enabled: true });
    expect((await servicesOf(home.id)).find((s) => s.id === rus.id)!.enabled).toBe(true);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entityId, rus.id))).toHaveLength(1);
  });

  it("adds a named service once, refuses a duplicate and a catalogue name", async () => {
    const leader = await as("nav_leder", { partnershipId: home.id });
    await leader.partnership.addCustomService({ partnership: "grimstad", name: "Frisklivssentral" });
    await expect(leader.partnership.addCustomService({ partnership: "grimstad", name: "frisklivssentral" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Partnerskapet har allerede en tjeneste med dette navnet.",
    });
    await expect(leader.partnership.addCustomService({ partnership: "grimstad", name: "Gjeldsrådgivning" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await refusal(leader.partnership.addCustomService({ partnership: "grimstad", name: "   " }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Navnet på tjenesten må fylles ut."],
    });
    expect((await servicesOf(home.id)).filter((s) => s.serviceKey === "annet").map((s) => s.customName)).toEqual(["Frisklivssentral"]);
  });

  it("removes a named service but never a catalogue one", async () => {
    const leader = await as("nav_leder", { partnershipId: home.id });
    const { id } = await leader.partnership.addCustomService({ partnership: "grimstad", name: "Frisklivssentral" });
    await leader.partnership.removeCustomService({ partnership: "grimstad", serviceId: id, version: 1 });
    expect((await servicesOf(home.id)).some((s) => s.id === id)).toBe(false);
    const barnevern = (await servicesOf(home.id)).find((s) => s.serviceKey === "barnevern")!;
    await expect(
      leader.partnership.removeCustomService({ partnership: "grimstad", serviceId: barnevern.id, version: barnevern.version }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("does not let another partnership's owner switch services", async () => {
    const rus = (await servicesOf(home.id)).find((s) => s.serviceKey === "rus")!;
    await expect(
      (await as("kommunal_eier", { partnershipId: other.id })).partnership.setServiceEnabled({
        partnership: "grimstad",
        serviceId: rus.id,
        version: rus.version,
        enabled: true,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await servicesOf(home.id)).find((s) => s.id === rus.id)!.enabled).toBe(false);
  });
});
