import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "~/db/connection";
import { account, auditEvent, calendarToken, session, user } from "~/db/schema";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makeUser } from "~/test/factories";
import { describeChange } from "~/server/domain/history/describe";
import { createSubscription, subscriptionFeed } from "~/server/domain/annual-cycle/subscriptions";
import { containsPattern, deactivatePerson, listPeople, reactivatePerson } from "./people";
import { ADMIN_PAGE_SIZE } from "./overview";

let db: Database;
let admin: { id: string };

beforeEach(() => {
  db = createTestDatabase();
  admin = makeUser(db, { name: "Admin Adminsen", email: "admin@test.no" });
  grantRole(db, admin.id, "admin");
});

function signIn(userId: string, createdAt: Date) {
  db.insert(session)
    .values({
      id: crypto.randomUUID(),
      token: crypto.randomUUID(),
      userId,
      createdAt,
      updatedAt: createdAt,
      expiresAt: new Date(createdAt.getTime() + 8 * 3600_000),
    })
    .run();
}

function linkProvider(userId: string, providerId: string) {
  const now = new Date();
  db.insert(account).values({ id: crypto.randomUUID(), accountId: `sub-${userId}`, providerId, userId, createdAt: now, updatedAt: now }).run();
}

const rowOf = (email: string) => listPeople(db, { search: email }).people.find((p) => p.email === email)!;

describe("listPeople", () => {
  it("shows how each person signs in, two-factor, roles by partnership and fylke, status and last sign-in", () => {
    const fylkeId = makeFylke(db, { name: "Agder" }).id;
    const grimstad = makePartnership(db, fylkeId, { officeName: "Nav Grimstad" });
    const arendal = makePartnership(db, fylkeId, { officeName: "Nav Arendal" });
    const leader = makeUser(db, { name: "Lise Leder", email: "lise@test.no" });
    grantRole(db, leader.id, "nav_leder", { partnershipId: grimstad.id });
    grantRole(db, leader.id, "avdelingsleder", { partnershipId: arendal.id });
    grantRole(db, leader.id, "fylkesstab", { fylkeId });
    linkProvider(leader.id, "entra");
    db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, leader.id)).run();
    signIn(leader.id, new Date("2026-03-01T08:00:00Z"));
    signIn(leader.id, new Date("2026-03-05T09:30:00Z"));

    const onlyProvider = makeUser(db, { name: "Jobb Konto", email: "jobb@test.no" });
    db.delete(account).where(eq(account.userId, onlyProvider.id)).run();
    linkProvider(onlyProvider.id, "entra");

    expect(rowOf("lise@test.no")).toEqual({
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
    expect(rowOf("jobb@test.no")).toMatchObject({ signInMethods: [{ kind: "provider", providerId: "entra" }], twoFactorEnabled: false, roles: [], lastSignInAt: null });
    expect(rowOf("admin@test.no").roles).toEqual([{ role: "admin", partnershipName: null, fylkeName: null }]);
  });

  it("reads a page with the same number of queries whatever its size (no query per person)", () => {
    const fylkeId = makeFylke(db).id;
    const office = makePartnership(db, fylkeId);
    const queriesFor = () => {
      const prepare = vi.spyOn(db.$client, "prepare");
      listPeople(db);
      const n = prepare.mock.calls.length;
      prepare.mockRestore();
      return n;
    };
    const few = queriesFor();
    for (let i = 0; i < 20; i++) {
      const person = makeUser(db);
      grantRole(db, person.id, "nav_leder", { partnershipId: office.id });
      signIn(person.id, new Date());
    }
    expect(queriesFor()).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });

  it("pages the list in name order", () => {
    for (let i = 0; i < ADMIN_PAGE_SIZE + 4; i++) makeUser(db, { name: `Person ${String(i).padStart(2, "0")}` });
    const first = listPeople(db, { page: 1 });
    const second = listPeople(db, { page: 2 });
    expect([first.total, first.pageCount, first.people.length, second.people.length]).toEqual([ADMIN_PAGE_SIZE + 5, 2, ADMIN_PAGE_SIZE, 5]);
    expect(first.people[0]!.name).toBe("Admin Adminsen");
    expect(second.people.at(-1)!.name).toBe(`Person ${ADMIN_PAGE_SIZE + 3}`);
    // A page past the end shows the last one.
    expect(listPeople(db, { page: 99 }).page).toBe(2);
  });

  it("finds people by part of their name or e-mail, in any case, Æ, Ø and Å too", () => {
    makeUser(db, { name: "Øystein Åsheim", email: "oystein@kommune.no" });
    makeUser(db, { name: "Ærlige Lene", email: "lene@nav.no" });
    makeUser(db, { name: "Per 100% Sikker", email: "per_s@nav.no" });
    const names = (search: string) => listPeople(db, { search }).people.map((p) => p.name);
    expect(names("øYSTEIN")).toEqual(["Øystein Åsheim"]);
    expect(names("åsh")).toEqual(["Øystein Åsheim"]);
    expect(names("ærl")).toEqual(["Ærlige Lene"]);
    // Æ, Ø and Å sort after Z, as in Norwegian.
    expect(names("NAV.NO")).toEqual(["Per 100% Sikker", "Ærlige Lene"]);
    expect(names("  lene ")).toEqual(["Ærlige Lene"]);
    // Wildcards are plain characters.
    expect(names("%")).toEqual(["Per 100% Sikker"]);
    expect(names("*")).toEqual([]);
    expect(names("r_s")).toEqual(["Per 100% Sikker"]);
    expect(listPeople(db, { search: "ingen slik" })).toMatchObject({ total: 0, page: 1, pageCount: 1, pageSize: ADMIN_PAGE_SIZE, people: [], search: "ingen slik" });
  });

  it("refuses a search that is too long", () => {
    expect(() => listPeople(db, { search: "x".repeat(101) })).toThrow("Søket kan ha høyst 100 tegn.");
  });

  it("builds a contains pattern that matches letters in either case and wildcards as themselves", () => {
    expect(containsPattern("Å*b?[")).toBe("*[åÅ][*][bB][?][[]*");
    expect(containsPattern("ß1")).toBe("*ß1*");
  });
});

describe("deactivatePerson and reactivatePerson", () => {
  it("deactivates at once: every session and calendar link ends, the name stays, audited in one global row", () => {
    const person = makeUser(db, { name: "Kari Konto", email: "kari@test.no" });
    const other = makeUser(db);
    signIn(person.id, new Date());
    signIn(person.id, new Date());
    signIn(other.id, new Date());
    const { token } = createSubscription(db, { userId: person.id });
    const now = new Date("2026-04-01T10:00:00Z");

    expect(deactivatePerson(db, { userId: admin.id }, person.id, now)).toEqual({ sessionsEnded: 2 });

    const stored = db.select().from(user).where(eq(user.id, person.id)).get()!;
    expect(stored).toMatchObject({ name: "Kari Konto", deactivatedAt: now });
    expect(db.select().from(session).where(eq(session.userId, person.id)).all()).toHaveLength(0);
    expect(db.select().from(session).where(eq(session.userId, other.id)).all()).toHaveLength(1);
    expect(db.select().from(calendarToken).where(eq(calendarToken.userId, person.id)).get()!.revokedAt).toEqual(now);
    expect(subscriptionFeed(db, token, "http://localhost")).toBeNull();
    expect(rowOf("kari@test.no")).toMatchObject({ deactivatedAt: now, lastSignInAt: null });

    const audit = db.select().from(auditEvent).where(eq(auditEvent.entity, "user")).all();
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

  it("refuses to deactivate oneself, someone already deactivated, or someone unknown, and changes nothing", () => {
    signIn(admin.id, new Date());
    expect(() => deactivatePerson(db, { userId: admin.id }, admin.id)).toThrow("Du kan ikke deaktivere deg selv.");
    expect(db.select().from(session).where(eq(session.userId, admin.id)).all()).toHaveLength(1);

    const person = makeUser(db);
    deactivatePerson(db, { userId: admin.id }, person.id);
    expect(() => deactivatePerson(db, { userId: admin.id }, person.id)).toThrow("Personen er allerede deaktivert.");
    expect(() => deactivatePerson(db, { userId: admin.id }, "finnes-ikke")).toThrow("Fant ikke personen.");
    expect(db.select().from(auditEvent).where(eq(auditEvent.entity, "user")).all()).toHaveLength(1);
    expect(db.select().from(user).where(eq(user.id, admin.id)).get()!.deactivatedAt).toBeNull();
  });

  it("reactivates a deactivated person, audited, and refuses one who is active", () => {
    const person = makeUser(db, { email: "tilbake@test.no" });
    const when = new Date("2026-04-01T10:00:00Z");
    deactivatePerson(db, { userId: admin.id }, person.id, when);
    reactivatePerson(db, { userId: admin.id }, person.id);

    expect(rowOf("tilbake@test.no").deactivatedAt).toBeNull();
    const rows = db.select().from(auditEvent).where(eq(auditEvent.entity, "user")).all();
    expect(rows[1]).toMatchObject({ partnershipId: null, changes: { deactivatedAt: { from: when.toISOString(), to: null } } });
    expect(describeChange(rows[1]!)).toBe("aktiverte kontoen til en person igjen");

    expect(() => reactivatePerson(db, { userId: admin.id }, person.id)).toThrow("Personen er ikke deaktivert.");
    expect(() => reactivatePerson(db, { userId: admin.id }, "finnes-ikke")).toThrow("Fant ikke personen.");
  });
});
