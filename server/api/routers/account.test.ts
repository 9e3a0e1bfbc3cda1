import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "~/db/connection";
import { account, session } from "~/db/schema";
import { createTestDatabase, makeFylke, makePartnership, makePersonWithRole, makeUser } from "~/test/factories";
import { refusal } from "~/test/caller";
import { createCaller } from "~/server/api/root";
import type { SessionUser } from "~/server/auth/read-session";
import { setPersonLanguage } from "~/server/domain/language/person-language";
import { mustTurnOnTwoFactor, TWO_FACTOR_SETUP_MESSAGE, twoFactorRequired } from "~/server/auth/two-factor-policy";

let db: Database;

beforeEach(async () => {
  db = await createTestDatabase();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

async function openSession(userId: string) {
  const now = new Date();
  const [opened] = await db
    .insert(session)
    .values({ id: crypto.randomUUID(), token: crypto.randomUUID(), userId, createdAt: now, updatedAt: now, expiresAt: new Date(now.getTime() + 3600_000) })
    .returning();
  return opened!;
}

const signedIn = (person: { id: string; name: string; email: string }, sessionId?: string, twoFactorEnabled = false): SessionUser => ({
  id: person.id,
  name: person.name,
  email: person.email,
  twoFactorEnabled,
  sessionId,
});

const callerAs = (user: SessionUser | null) => createCaller({ db, user });

async function providerOnly(person: { id: string }) {
  await db.delete(account).where(eq(account.userId, person.id));
  const now = new Date();
  await db.insert(account).values({ id: crypto.randomUUID(), accountId: "sub-1", providerId: "entra", userId: person.id, createdAt: now, updatedAt: now });
}

describe("account.own", () => {
  it("shows the person their account and marks this device", async () => {
    const person = await makeUser(db, { name: "Kari Nordmann", email: "kari@nav.no" });
    const here = await openSession(person.id);
    const other = await openSession(person.id);
    const own = await callerAs(signedIn(person, here.id)).account.own();
    expect(own).toMatchObject({ name: "Kari Nordmann", email: "kari@nav.no", hasPassword: true, mustTurnOnTwoFactor: false });
    expect(own.sessions.map((s) => [s.id, s.current])).toEqual([
      [here.id, true],
      [other.id, false],
    ]);
  });

  it("is for signed-in people only", async () => {
    expect(await refusal(callerAs(null).account.own())).toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("account.language", () => {
  it("says the person has not chosen until they do, then the choice", async () => {
    const person = await makeUser(db);
    const caller = callerAs(signedIn(person));
    expect(await caller.account.language()).toMatchObject({ chosen: null, locale: "nb" });
    await setPersonLanguage(db, person.id, "nn");
    expect(await caller.account.language()).toMatchObject({ chosen: "nn", locale: "nn" });
  });
});

describe("account.endSession", () => {
  it("ends another of the person's sessions, never this one or someone else's", async () => {
    const person = await makeUser(db);
    const stranger = await makeUser(db);
    const here = await openSession(person.id);
    const phone = await openSession(person.id);
    const theirs = await openSession(stranger.id);
    const caller = callerAs(signedIn(person, here.id));

    expect(await refusal(caller.account.endSession({ sessionId: here.id }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await refusal(caller.account.endSession({ sessionId: theirs.id }))).toEqual({
      code: "NOT_FOUND",
      messages: ["Fant ikke økten. Den kan allerede være avsluttet."],
    });
    expect(await refusal(caller.account.endSession({ sessionId: "" }))).toMatchObject({ code: "BAD_REQUEST", messages: ["Mangler økt."] });
    await caller.account.endSession({ sessionId: phone.id });
    expect((await db.select({ id: session.id }).from(session)).map((s) => s.id).sort()).toEqual([here.id, theirs.id].sort());
  });
});

describe("AUTH_REQUIRE_2FA", () => {
  it("is read from the environment", () => {
    expect(twoFactorRequired({})).toBe(false);
    expect(twoFactorRequired({ AUTH_REQUIRE_2FA: "0" })).toBe(false);
    expect(twoFactorRequired({ AUTH_REQUIRE_2FA: "1" })).toBe(true);
    expect(twoFactorRequired({ AUTH_REQUIRE_2FA: " true " })).toBe(true);
  });

  it("lets a local account without two-factor use only its own account, in Norwegian", async () => {
    vi.stubEnv("AUTH_REQUIRE_2FA", "1");
    const fylkeId = (await makeFylke(db, { slug: "agder" })).id;
    const office = await makePartnership(db, fylkeId, { slug: "grimstad" });
    const leader = await makePersonWithRole(db, "nav_leder", { partnershipId: office.id });
    const caller = callerAs(signedIn(leader, (await openSession(leader.id)).id));

    expect(await refusal(caller.dashboard.get())).toEqual({ code: "FORBIDDEN", messages: [TWO_FACTOR_SETUP_MESSAGE] });
    expect(await refusal(caller.partnership.overview({ partnership: "grimstad" }))).toEqual({ code: "FORBIDDEN", messages: [TWO_FACTOR_SETUP_MESSAGE] });
    const own = await caller.account.own();
    expect(own.mustTurnOnTwoFactor).toBe(true);
    await expect(caller.account.endSession({ sessionId: (await openSession(leader.id)).id })).resolves.toEqual({ ended: 1 });
  });

  it("lets in a local account with two-factor, and a provider-only account", async () => {
    vi.stubEnv("AUTH_REQUIRE_2FA", "1");
    const withTwoFactor = await makeUser(db);
    const throughProvider = await makeUser(db);
    await providerOnly(throughProvider);

    await expect(callerAs(signedIn(withTwoFactor, undefined, true)).dashboard.get()).resolves.toBeDefined();
    await expect(callerAs(signedIn(throughProvider)).dashboard.get()).resolves.toBeDefined();
    expect(await mustTurnOnTwoFactor(db, { id: throughProvider.id, twoFactorEnabled: false })).toBe(false);
    expect((await callerAs(signedIn(throughProvider)).account.own()).mustTurnOnTwoFactor).toBe(false);
  });

  it("holds no one back when it is not set", async () => {
    const person = await makeUser(db);
    expect(await mustTurnOnTwoFactor(db, { id: person.id, twoFactorEnabled: false })).toBe(false);
    await expect(callerAs(signedIn(person)).dashboard.get()).resolves.toBeDefined();
  });
});
