import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { auditEvent, gathering, networkMember, workshopParticipant, workshopTask } from "~/db/schema";
import { createTestDatabase, makeGathering, makePersonWithRole } from "~/test/factories";
import { liveSamling, type LiveSamling } from "~/test/workshop";
import { DomainError } from "~/server/domain/errors";
import { findOpenGatheringByCode, generateJoinCode, isJoinCodeExpired, JOIN_CODE_LIFETIME_MS, joinCodeInput, joinWorkshop, normaliseJoinCode, participantByToken, setLive, suggestedJoinFor } from "./live";
import { addTask } from "./tasks";

async function refused(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    if (error instanceof DomainError) return `${error.kind}: ${error.message}`;
    throw error;
  }
  throw new Error("expected a refusal");
}

const EXPIRED = "not_found: Koden er ikke i bruk. Sjekk koden på skjermen, eller spør fasilitatoren om samlingen er åpnet.";

describe("join codes", () => {
  it("are six characters a projector cannot confuse", () => {
    const codes = Array.from({ length: 300 }, generateJoinCode);
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(290);
  });

  it("forgive case, spaces and dashes when typed", () => {
    expect(normaliseJoinCode(" ab3-k7 q ")).toBe("AB3K7Q");
    expect(joinCodeInput.parse("ab3 k7q")).toBe("AB3K7Q");
    expect(joinCodeInput.parse("AB3-K7Q")).toBe("AB3K7Q");
  });

  it("refuse the wrong length, confusable characters and non-strings", () => {
    const messages = (value: unknown) => {
      const r = joinCodeInput.safeParse(value);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages("AB3K7")).toEqual(["Koden har 6 tegn."]);
    expect(messages("AB3K7QQ")).toEqual(["Koden har 6 tegn."]);
    expect(messages("AB0K7Q")).toEqual(["Koden har bare bokstaver og tall fra skjermen."]);
    expect(messages("ABIK7Q")).toEqual(["Koden har bare bokstaver og tall fra skjermen."]);
    expect(messages("ÆØÅ123")).toEqual(["Koden har bare bokstaver og tall fra skjermen."]);
    expect(messages(123456)).toEqual(["Skriv koden fra skjermen."]);
  });
});

describe("live mode and joining", () => {
  let db: Database;
  let s: LiveSamling;

  beforeEach(async () => {
    db = await createTestDatabase();
    s = await liveSamling(db);
  });

  const join = async (input: Partial<Parameters<typeof joinWorkshop>[2]>, user: { id: string; name: string } | null = null) =>
    joinWorkshop(db, user, { code: (await s.current()).joinCode ?? "AAAAAA", name: "Gjest", roleGroup: "navledere", partnershipId: s.arendal.id, ...input });

  it("opening gives a code that finds the samling", async () => {
    expect(await s.current()).toMatchObject({ liveStatus: "apen", joinCode: s.code });
    expect(s.code).toMatch(/^[A-Z2-9]{6}$/);
    expect((await findOpenGatheringByCode(db, s.code)).id).toBe(s.gatheringId);
  });

  it("refuses a samling whose live mode was never opened", async () => {
    const unopened = await makeGathering(db, s.network.id, { title: "Samling 2" });
    expect(unopened.joinCode).toBeNull();
    expect(await refused(() => findOpenGatheringByCode(db, "ABCDEF"))).toBe(EXPIRED);
    // A code left on a samling that is not open does not work either.
    await db.update(gathering).set({ joinCode: "QWERTY" }).where(eq(gathering.id, unopened.id));
    expect(await refused(() => joinWorkshop(db, null, { code: "QWERTY", name: "Gjest", roleGroup: "fylke", partnershipId: null }))).toBe(EXPIRED);
  });

  it("closing clears the code, closes open tasks (not tasks never opened) and expires the code", async () => {
    const open = await s.openTask("evaluering");
    const ready = await addTask(s.scope, { gatheringId: s.gatheringId, kind: "selvvurdering" });
    const closed = await setLive(s.scope, { gatheringId: s.gatheringId, version: (await s.current()).version, open: false });
    expect(closed).toMatchObject({ liveStatus: "avsluttet", joinCode: null });
    expect(closed.liveClosedAt).toBeInstanceOf(Date);
    expect(await s.task(open.id)).toMatchObject({ status: "lukket", version: open.version + 1 });
    expect((await s.task(open.id)).closedAt).toBeInstanceOf(Date);
    expect((await s.task(ready.id)).status).toBe("klar");
    expect(await refused(() => join({ code: s.code }))).toBe(EXPIRED);
    // Reopening gives a new code; the old one stays dead.
    const reopened = await setLive(s.scope, { gatheringId: s.gatheringId, version: closed.version, open: true });
    expect(reopened.joinCode).not.toBe(s.code);
    expect(reopened.liveClosedAt).toBeNull();
    expect(await refused(() => join({ code: s.code }))).toBe(EXPIRED);
    expect((await join({ code: reopened.joinCode! })).gatheringId).toBe(s.gatheringId);
    const audits = await db.select().from(auditEvent).where(eq(auditEvent.entity, "gathering"));
    expect(audits.map((a) => a.changes)).toEqual([
      { liveStatus: { from: "ikke_startet", to: "apen" } },
      { liveStatus: { from: "apen", to: "avsluttet" } },
      { liveStatus: { from: "avsluttet", to: "apen" } },
    ]);
  });

  it("a code works for a day at most, also while live mode stays open", async () => {
    const opened = (await s.current()).liveOpenedAt!;
    const later = (ms: number) => new Date(opened.getTime() + ms);
    expect((await findOpenGatheringByCode(db, s.code, later(JOIN_CODE_LIFETIME_MS - 1))).id).toBe(s.gatheringId);
    expect(await refused(() => findOpenGatheringByCode(db, s.code, later(JOIN_CODE_LIFETIME_MS)))).toBe(EXPIRED);
    expect(isJoinCodeExpired(await s.current(), later(JOIN_CODE_LIFETIME_MS))).toBe(true);
    // Opened more than a day ago (the clock has moved on): joining is refused, nothing is stored.
    await db.update(gathering).set({ liveOpenedAt: new Date(Date.now() - JOIN_CODE_LIFETIME_MS - 60_000) }).where(eq(gathering.id, s.gatheringId));
    const participantsBefore = (await db.select().from(workshopParticipant)).length;
    expect(await refused(() => join({ code: s.code }))).toBe(EXPIRED);
    expect(await db.select().from(workshopParticipant)).toHaveLength(participantsBefore);
    // Reopening gives a fresh code that works.
    const closed = await setLive(s.scope, { gatheringId: s.gatheringId, version: (await s.current()).version, open: false });
    const reopened = await setLive(s.scope, { gatheringId: s.gatheringId, version: closed.version, open: true });
    expect(isJoinCodeExpired(reopened)).toBe(false);
    expect((await join({ code: reopened.joinCode! })).gatheringId).toBe(s.gatheringId);
  });

  it("refuses a stale version, and does nothing when asked for the state it already has", async () => {
    const before = await s.current();
    expect(await refused(() => setLive(s.scope, { gatheringId: s.gatheringId, version: before.version - 1, open: false }))).toMatch(/^conflict: /);
    expect(await setLive(s.scope, { gatheringId: s.gatheringId, version: 0, open: true })).toEqual(before);
    expect((await s.current()).joinCode).toBe(s.code);
  });

  it("finds another network's samling as not found", async () => {
    const other = await liveSamling(db, "-b");
    expect(await refused(() => setLive(s.scope, { gatheringId: other.gatheringId, version: 2, open: false }))).toBe("not_found: Fant ikke samlingen.");
    expect((await other.current()).liveStatus).toBe("apen");
  });

  it("a guest needs a name", async () => {
    expect(await refused(() => join({ name: undefined }))).toBe("invalid: Skriv navnet ditt.");
    expect(await db.select().from(workshopParticipant)).toEqual([]);
  });

  it("the office must be a member of the network; only fylke people may join without one", async () => {
    const message = "invalid: Velg et kontor som er med i nettverket.";
    expect(await refused(() => join({ partnershipId: s.lillesand.id }))).toBe(message);
    expect(await refused(() => join({ partnershipId: "finnes-ikke" }))).toBe(message);
    await db.update(networkMember).set({ status: "invitert" }).where(eq(networkMember.partnershipId, s.grimstad.id));
    expect(await refused(() => join({ partnershipId: s.grimstad.id }))).toBe(message);
    expect(await refused(() => join({ partnershipId: null, roleGroup: "radmenn" }))).toBe("invalid: Velg kontoret du svarer for.");
    const fylke = await join({ partnershipId: null, roleGroup: "fylke", name: "Fylkesdirektøren" });
    expect(await participantByToken(db, fylke.token)).toMatchObject({ displayName: "Fylkesdirektøren", roleGroup: "fylke", partnershipId: null });
  });

  it("stores only the token's hash, and every guest join is a new participant", async () => {
    const first = await join({ name: "Kari" });
    const second = await join({ name: "Kari" });
    expect(first.participantId).not.toBe(second.participantId);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const rows = await db.select().from(workshopParticipant);
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain(first.token);
    expect(await participantByToken(db, first.token)).toMatchObject({ id: first.participantId, displayName: "Kari", liveStatus: "apen", networkId: s.network.id });
    expect(await refused(() => participantByToken(db, "x".repeat(32)))).toBe(
      "not_found: Du er ikke med i en samling. Skriv koden fra skjermen for å bli med.",
    );
  });

  it("a signed-in person keeps one participant: rejoining moves the token and keeps earlier answers theirs", async () => {
    const leder = await makePersonWithRole(db, "nav_leder", { partnershipId: s.arendal.id });
    const me = { id: leder.id, name: leder.name };
    const first = await join({ name: undefined }, me);
    const second = await join({ name: "Ignored", roleGroup: "avdelingsledere" }, me);
    expect(second.participantId).toBe(first.participantId);
    expect(second.token).not.toBe(first.token);
    expect(await refused(() => participantByToken(db, first.token))).toMatch(/^not_found: /);
    expect(await participantByToken(db, second.token)).toMatchObject({ userId: leder.id, displayName: leder.name, roleGroup: "avdelingsledere" });
    expect(await db.select().from(workshopParticipant)).toHaveLength(1);
  });

  it("suggests the role group and member offices of a signed-in person", async () => {
    const leder = await makePersonWithRole(db, "nav_leder", { partnershipId: s.arendal.id });
    expect(await suggestedJoinFor(db, leder.id, s.network.id)).toEqual({ roleGroup: "navledere", partnershipIds: [s.arendal.id] });
    const outside = await makePersonWithRole(db, "kommunal_eier", { partnershipId: s.lillesand.id });
    expect(await suggestedJoinFor(db, outside.id, s.network.id)).toEqual({ roleGroup: "radmenn", partnershipIds: [] });
  });

  it("the closed samling's tasks stay closed in the database", async () => {
    await s.openTask("evaluering");
    await setLive(s.scope, { gatheringId: s.gatheringId, version: (await s.current()).version, open: false });
    expect(await db.select({ status: workshopTask.status }).from(workshopTask)).toEqual([{ status: "lukket" }]);
  });
});
