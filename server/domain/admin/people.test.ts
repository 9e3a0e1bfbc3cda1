import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { poolOf, sqliteHandleOf, type Database } from "~/db/connection";
import { account, auditEvent, calendarToken, session, user } from "~/db/schema";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makeUser } from "~/test/factories";
import { describeChange } from "~/server/domain/history/describe";
import { createSubscription, subscriptionFeed } from "~/server/domain/annual-cycle/subscriptions";
import { containsPattern, deactivatePerson, listPeople, reactivatePerson } from "./people";
import { ADMIN_PAGE_SIZE } from "./overview";

let db: Database;
let admin: { id: string };

/**
 * Spies on where every statement goes, on either dialect: SQLite compiles each through the
 * handle's prepare (its statement cache included), PostgreSQL sends each through the pool's query.
 */
function statementsSent() {
  const sqlite = sqliteHandleOf(db);
  if (sqlite) return vi.spyOn(sqlite, "prepare");
  return vi.spyOn(poolOf(db)!, "query");
}

beforeEach(async () => {
  db = await createTestDatabase();
  admin = await makeUser(db, { name: "Admin Adminsen", email: "admin@test.no" });
  await grantRole(db, admin.id, "admin");
});

async function signIn(userId: string, createdAt: Date) {
  await db.insert(session).values({
      id: crypto.randomUUID(),
      token: crypto.randomUUID(),
      userId,
      createdAt,
      updatedAt: createdAt,
      expiresAt: new Date(createdAt.getTime() + 8 * 3600_000),
    });
}

async function linkProvider(userId: string, providerId: string) {
  const now = new Date();
  await db.insert(account).values({ id: crypto.randomUUID(), accountId: `sub-${userId}`, providerId, userId, createdAt: now, updatedAt: now });
}

const rowOf = async (email: string) => (await listPeople(db, { search: email })).people.find((p) => p.email === email)!;

describe("listPeople", () => {
  it("shows how each person signs in, two-factor, roles by partnership and fylke, status and last sign-in", async () => {
    const fylkeId = (await makeFylke(db, { name: "Agder" })).id;
    const grimstad = await makePartnership(db, fylkeId, { officeName: "Nav Grimstad" });
    const arendal = await makePartnership(db, fylkeId, { officeName: "Nav Arendal" });
    const leader = await makeUser(db, { name: "Lise Leder", email: "lise@test.no" });
    await grantRole(db, leader.id, "nav_leder", { partnershipId: grimstad.id });
    await grantRole(db, leader.id, "avdelingsleder", { partnershipId: arendal.id });
    await grantRole(db, leader.id, "fylkesstab", { fylkeId });
    await linkProvider(leader.id, "entra");
    await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, leader.id));
    await signIn(leader.id, new Date("2026-03-01T08:00:00Z"));
    await signIn(leader.id, new Date("2026-03-05T09:30:00Z"));

    const onlyProvider = await makeUser(db, { name: "Jobb Konto", email: "jobb@test.no" });
    await db.delete(account).where(eq(account.userId, onlyProvider.id));
    await linkProvider(onlyProvider.id, "entra");

    expect(await rowOf("lise@test.no")).toEqual({
      id: leader.id,
      name: "Lise Leder",
      email: "lise@test.no",
      signInMethods: [{ kind: "password" }, { kind: "provider", providerId: "entra" }],
      twoFactorEnabled: true,
      roles: [
        { role: "nav_leder", partnershipName: "Nav Grimstad", fylkeName: null },
        { role: "avdelingsleder", partnershipName: "Nav Arendal", fylkeName: null },
        { role: "fylkesstab", partnershipName: null, fylkeName: "Agder" },
      ],
      deactivatedAt: null,
      lastSignInAt: new Date("2026-03-05T09:30:00Z"),
    });
    expect(await rowOf("jobb@test.no")).toMatchObject({ signInMethods: [{ kind: "provider", providerId: "entra" }], twoFactorEnabled: false, roles: [], lastSignInAt: null });
    expect((await rowOf("admin@test.no")).roles).toEqual([{ role: "admin", partnershipName: null, fylkeName: null }]);
  });

  it("reads a page with the same number of queries whatever its size (no query per person)", async () => {
    const fylkeId = (await makeFylke(db)).id;
    const office = await makePartnership(db, fylkeId);
    const queriesFor = async () => {
      const statements = statementsSent();
      await listPeople(db);
      const n = statements.mock.calls.length;
      statements.mockRestore();
      return n;
    };
    const few = await queriesFor();
    for (let i = 0; i < 20; i++) {
      const person = await makeUser(db);
      await grantRole(db, person.id, "nav_leder", { partnershipId: office.id });
      await signIn(person.id, new Date());
    }
    expect(await queriesFor()).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });

  it("pages the list in name order", async () => {
    for (let i = 0; i < ADMIN_PAGE_SIZE + 4; i++) await makeUser(db, { name: `Person ${String(i).padStart(2, "0")}` });
    const first = await listPeople(db, { page: 1 });
    const second = await listPeople(db, { page: 2 });
    expect([first.total, first.pageCount, first.people.length, second.people.length]).toEqual([ADMIN_PAGE_SIZE + 5, 2, ADMIN_PAGE_SIZE, 5]);
    expect(first.people[0]!.name).toBe("Admin Adminsen");
    expect(second.people.at(-1)!.name).toBe(`Person ${ADMIN_PAGE_SIZE + 3}`);
    // A page past the end shows the last one.
    expect((await listPeople(db, { page: 99 })).page).toBe(2);
  });

  it("finds people by part of their name or e-mail, in any case, Æ, Ø and Å too", async () => {
    await makeUser(db, { name: "Øystein Åsheim", email: "oystein@kommune.no" });
    await makeUser(db, { name: "Ærlige Lene", email: "lene@nav.no" });
    await makeUser(db, { name: "Per 100% Sikker", email: "per_s@nav.no" });
    await makeUser(db, { name: "Åse Bakslash", email: "ase\\b@test.no" });
    const names = async (search: string) => (await listPeople(db, { search })).people.map((p) => p.name);
    expect(await names("øYSTEIN")).toEqual(["Øystein Åsheim"]);
    expect(await names("åsh")).toEqual(["Øystein Åsheim"]);
    expect(await names("ærl")).toEqual(["Ærlige Lene"]);
    expect(await names("ÆRLIGE")).toEqual(["Ærlige Lene"]);
    // Æ, Ø and Å sort after Z, as in Norwegian.
    expect(await names("NAV.NO")).toEqual(["Per 100% Sikker", "Ærlige Lene"]);
    expect(await names("  lene ")).toEqual(["Ærlige Lene"]);
    // Wildcards are plain characters.
    expect(await names("%")).toEqual(["Per 100% Sikker"]);
    expect(await names("*")).toEqual([]);
    expect(await names("r_s")).toEqual(["Per 100% Sikker"]);
    expect(await names("_")).toEqual(["Per 100% Sikker"]);
    expect(await names("\\")).toEqual(["Åse Bakslash"]);
    expect(await listPeople(db, { search: "ingen slik" })).toMatchObject({ total: 0, page: 1, pageCount: 1, pageSize: ADMIN_PAGE_SIZE, people: [], search: "ingen slik" });
  });

  it("refuses a search that is too long", async () => {
    await expect(listPeople(db, { search: "x".repeat(101) })).rejects.toThrow("Søket kan ha høyst 100 tegn.");
  });

  it("builds a contains pattern that matches letters in either case and wildcards as themselves", () => {
    // Small letters in the pattern; the capitals outside ASCII are folded in the column, as SQLite's lower() does not.
    expect(containsPattern("Å*b?[")).toEqual({ pattern: "%å*b?[%", folds: [["Å", "å"]] });
    expect(containsPattern("øØ%_\\x")).toEqual({ pattern: "%øø\\%\\_\\\\x%", folds: [["Ø", "ø"]] });
    expect(containsPattern("ß1")).toEqual({ pattern: "%ß1%", folds: [] });
  });
});

describe("deactivatePerson and reactivatePerson", () => {
  it("deactivates at once: every session and calendar link ends, the name stays, audited in one global row", async () => {
    const person = await makeUser(db, { name: "Kari Konto", email: "kari@test.no" });
    const other = await makeUser(db);
    await signIn(person.id, new Date());
    await signIn(person.id, new Date());
    await signIn(other.id, new Date());
    const { token } = await createSubscription(db, { userId: person.id });
    const now = new Date("2026-04-01T10:00:00Z");

    expect(await deactivatePerson(db, { userId: admin.id }, person.id, now)).toEqual({ sessionsEnded: 2 });

    const [stored] = await db.select().from(user).where(eq(user.id, person.id));
    expect(stored).toMatchObject({ name: "Kari Konto", deactivatedAt: now });
    expect(await db.select().from(session).where(eq(session.userId, person.id))).toHaveLength(0);
    expect(await db.select().from(session).where(eq(session.userId, other.id))).toHaveLength(1);
    expect((await db.select().from(calendarToken).where(eq(calendarToken.userId, person.id)))[0]!.revokedAt).toEqual(now);
    expect(await subscriptionFeed(db, token, "http://localhost")).toBeNull();
    expect(await rowOf("kari@test.no")).toMatchObject({ deactivatedAt: now, lastSignInAt: null });

    const audit = await db.select().from(auditEvent).where(eq(auditEvent.entity, "user"));
    expect(audit).toMatchObject([
      {
        actorUserId: admin.id,
        partnershipId: null,
        fylkeId: null,
        entityId: person.id,
        action: "update",
        changes: { deactivatedAt: { from: null, to: now.toISOString() }, sessionsEnded: 2, subscriptionsRevoked: 1 },
      },
    ]);
    expect(describeChange(audit[0]!)).toBe("deaktiverte kontoen til en person");
  });

  it("refuses to deactivate oneself, someone already deactivated, or someone unknown, and changes nothing", async () => {
    await signIn(admin.id, new Date());
    await expect(deactivatePerson(db, { userId: admin.id }, admin.id)).rejects.toThrow("Du kan ikke deaktivere deg selv.");
    expect(await db.select().from(session).where(eq(session.userId, admin.id))).toHaveLength(1);

    const person = await makeUser(db);
    await deactivatePerson(db, { userId: admin.id }, person.id);
    await expect(deactivatePerson(db, { userId: admin.id }, person.id)).rejects.toThrow("Personen er allerede deaktivert.");
    await expect(deactivatePerson(db, { userId: admin.id }, "finnes-ikke")).rejects.toThrow("Fant ikke personen.");
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entity, "user"))).toHaveLength(1);
    expect((await db.select().from(user).where(eq(user.id, admin.id)))[0]!.deactivatedAt).toBeNull();
  });

  it("reactivates a deactivated person, audited, and refuses one who is active", async () => {
    const person = await makeUser(db, { email: "tilbake@test.no" });
    const when = new Date("2026-04-01T10:00:00Z");
    await deactivatePerson(db, { userId: admin.id }, person.id, when);
    await reactivatePerson(db, { userId: admin.id }, person.id);

    expect((await rowOf("tilbake@test.no")).deactivatedAt).toBeNull();
    const rows = await db.select().from(auditEvent).where(eq(auditEvent.entity, "user"));
    // Two rows, perhaps in the same millisecond: the reactivation is the one that ends the deactivation.
    expect(rows).toHaveLength(2);
    const reactivation = rows.find((r) => (r.changes.deactivatedAt as { to: unknown }).to === null);
    expect(reactivation).toMatchObject({ partnershipId: null, changes: { deactivatedAt: { from: when.toISOString(), to: null } } });
    expect(describeChange(reactivation!)).toBe("aktiverte kontoen til en person igjen");

    await expect(reactivatePerson(db, { userId: admin.id }, person.id)).rejects.toThrow("Personen er ikke deaktivert.");
    await expect(reactivatePerson(db, { userId: admin.id }, "finnes-ikke")).rejects.toThrow("Fant ikke personen.");
  });
});
