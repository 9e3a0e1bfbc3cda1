import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { account, session, user } from "~/db/schema";
import { createTestDatabase, makeUser } from "~/test/factories";
import { endOwnSession, loadOwnAccount, signInMethodLabels } from "./own-account";

const CHROME_WINDOWS =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

let db: Database;
const now = new Date("2027-03-05T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

beforeEach(async () => {
  db = await createTestDatabase();
});

async function openSession(userId: string, options: { userAgent?: string; lastUsed?: Date; expiresAt?: Date } = {}) {
  const lastUsed = options.lastUsed ?? minutesAgo(1);
  const [opened] = await db
    .insert(session)
    .values({
      id: crypto.randomUUID(),
      token: crypto.randomUUID(),
      userId,
      userAgent: options.userAgent ?? null,
      createdAt: minutesAgo(120),
      updatedAt: lastUsed,
      expiresAt: options.expiresAt ?? new Date(now.getTime() + 3600_000),
    })
    .returning();
  return opened!;
}

async function linkProvider(userId: string, providerId: string) {
  await db.insert(account).values({ id: crypto.randomUUID(), accountId: `sub-${userId}`, providerId, userId, createdAt: now, updatedAt: now });
}

describe("signInMethodLabels", () => {
  it("names the password, with or without two-factor, and each provider by its label", () => {
    expect(signInMethodLabels({ hasPassword: true, twoFactorEnabled: false, providerIds: [] }, {})).toEqual(["E-post og passord"]);
    expect(signInMethodLabels({ hasPassword: true, twoFactorEnabled: true, providerIds: [] }, {})).toEqual(["E-post og passord med tofaktor"]);
    expect(signInMethodLabels({ hasPassword: false, twoFactorEnabled: false, providerIds: ["entra"] }, { entra: "Logg inn med jobbkonto" })).toEqual([
      "Logg inn med jobbkonto",
    ]);
  });

  it("keeps a name for a provider that is no longer configured", () => {
    expect(signInMethodLabels({ hasPassword: true, twoFactorEnabled: false, providerIds: ["idporten"] }, {})).toEqual([
      "E-post og passord",
      "Jobbkonto (idporten)",
    ]);
  });

  it("names them in nynorsk, and a configured provider without a label by the default button text", () => {
    expect(signInMethodLabels({ hasPassword: false, twoFactorEnabled: false, providerIds: ["entra"] }, { entra: null })).toEqual(["Logg inn med jobbkonto"]);
    expect(signInMethodLabels({ hasPassword: true, twoFactorEnabled: true, providerIds: ["idporten"] }, {}, "nn")).toEqual([
      "E-post og passord med tofaktor",
      "Jobbkonto (idporten)",
    ]);
  });
});

describe("loadOwnAccount", () => {
  it("shows who the person is and how they sign in", async () => {
    const person = await makeUser(db, { name: "Kari Nordmann", email: "kari@nav.no" });
    await linkProvider(person.id, "entra");
    const own = await loadOwnAccount(db, person.id, null, { entra: "Logg inn med jobbkonto" }, now);
    expect(own).toMatchObject({
      name: "Kari Nordmann",
      email: "kari@nav.no",
      hasPassword: true,
      twoFactorEnabled: false,
      providerIds: ["entra"],
      signInMethods: ["E-post og passord", "Logg inn med jobbkonto"],
      sessions: [],
    });
  });

  it("tells a provider-only account from a local one, and sees two-factor turned on", async () => {
    const person = await makeUser(db);
    await db.delete(account).where(eq(account.userId, person.id));
    await linkProvider(person.id, "entra");
    expect(await loadOwnAccount(db, person.id, null, {}, now)).toMatchObject({ hasPassword: false, providerIds: ["entra"] });

    const local = await makeUser(db);
    await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, local.id));
    expect(await loadOwnAccount(db, local.id, null, {}, now)).toMatchObject({ twoFactorEnabled: true, signInMethods: ["E-post og passord med tofaktor"] });
  });

  it("lists only the person's unexpired sessions, this device first, then by last use", async () => {
    const person = await makeUser(db);
    const other = await makeUser(db);
    const phone = await openSession(person.id, { userAgent: SAFARI_IPHONE, lastUsed: minutesAgo(30) });
    const here = await openSession(person.id, { userAgent: CHROME_WINDOWS, lastUsed: minutesAgo(5) });
    const recent = await openSession(person.id, { lastUsed: minutesAgo(1) });
    await openSession(person.id, { expiresAt: minutesAgo(1) });
    await openSession(other.id);

    const { sessions } = await loadOwnAccount(db, person.id, here.id, {}, now);
    expect(sessions.map((s) => [s.id, s.device, s.current])).toEqual([
      [here.id, "Chrome på Windows", true],
      [recent.id, "Ukjent nettleser", false],
      [phone.id, "Safari på iPhone", false],
    ]);
    expect(sessions[2]).toMatchObject({ lastUsedAt: minutesAgo(30), signedInAt: minutesAgo(120) });
  });

  it("refuses an account that does not exist", async () => {
    await expect(loadOwnAccount(db, "finnes-ikke", null, {}, now)).rejects.toThrow("Fant ikke kontoen din.");
  });
});

describe("endOwnSession", () => {
  it("ends another of the person's sessions", async () => {
    const person = await makeUser(db);
    const here = await openSession(person.id);
    const phone = await openSession(person.id);
    expect(await endOwnSession(db, person.id, phone.id, here.id)).toEqual({ ended: 1 });
    expect((await db.select().from(session)).map((s) => s.id)).toEqual([here.id]);
  });

  it("does not end this device's session: «Logg ut» does that, and clears the cookie", async () => {
    const person = await makeUser(db);
    const here = await openSession(person.id);
    await expect(endOwnSession(db, person.id, here.id, here.id)).rejects.toThrow(/Bruk «Logg ut» i menyen/);
    expect(await db.select().from(session)).toHaveLength(1);
  });

  it("treats someone else's session as one that does not exist", async () => {
    const person = await makeUser(db);
    const stranger = await makeUser(db);
    const theirs = await openSession(stranger.id);
    await expect(endOwnSession(db, person.id, theirs.id, null)).rejects.toThrow("Fant ikke økten. Den kan allerede være avsluttet.");
    await expect(endOwnSession(db, person.id, "finnes-ikke", null)).rejects.toThrow("Fant ikke økten.");
    expect(await db.select().from(session).where(eq(session.id, theirs.id))).toHaveLength(1);
  });
});
