/**
 * `npm run db:copy-to-postgres` (scripts/copy-sqlite-to-postgres.ts): a seeded SQLite file is
 * copied into a fresh PostgreSQL database; every table's row count matches, values keep their
 * types (booleans, timestamps, JSON, doubles, nulls), identity ids continue after the copied ones,
 * and a target with rows is refused without a change. Runs in the postgres project.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { asc, count, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, type Database } from "~/db/connection";
import * as pgTables from "~/db/schema/pg";
import * as sqliteSchema from "~/db/schema/sqlite";
import { createDatabaseFromTemplate, databaseUrl, dropDatabaseQuietly } from "~/test/postgres-server";
import { copySqliteToPostgres, CopyError, countTable, tablesInForeignKeyOrder } from "./copy-sqlite-to-postgres";

const sqliteTables = sqliteSchema as unknown as typeof pgTables;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "infra-copy-"));
const made: string[] = [];
afterAll(async () => {
  for (const name of made) await dropDatabaseQuietly(name);
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A fresh, migrated, empty PostgreSQL database (the command migrates it again: a no-op). */
async function emptyPostgres(): Promise<string> {
  const name = await createDatabaseFromTemplate();
  made.push(name);
  return databaseUrl(name);
}

const at = new Date("2026-03-04T05:06:07.089Z");

async function seedSqlite(file: string): Promise<void> {
  const db = await openDatabase(file);
  const t = sqliteTables;
  await db.insert(t.user).values([
    { id: "u1", name: "Kari Nordmann", email: "kari@example.no", emailVerified: true, createdAt: at, updatedAt: at, twoFactorEnabled: false },
    { id: "u2", name: "Ola Nordmann", email: "ola@example.no", emailVerified: false, createdAt: at, updatedAt: at, twoFactorEnabled: null, deactivatedAt: at, language: "nn" },
  ]);
  await db.insert(t.fylke).values([
    { id: "f1", slug: "agder", name: "Agder", createdAt: at },
    { id: "f2", slug: "rogaland", name: "Rogaland", createdAt: at },
  ]);
  await db.insert(t.kommune).values(Array.from({ length: 30 }, (_, i) => ({ id: `k${i}`, number: String(4200 + i), name: `Kommune ${i}`, fylkeId: i % 2 ? "f1" : "f2", createdAt: at })));
  await db.insert(t.partnership).values([
    { id: "p1", slug: "grimstad", officeName: "Nav Grimstad", fylkeId: "f1", statePositions: 12.5, municipalPositions: null, agreementDate: "2025-01-31", createdAt: at, updatedAt: at },
    { id: "p2", slug: "arendal", officeName: "Nav Arendal", fylkeId: "f1", leaderModel: "to_ledere", statePositions: 3, municipalPositions: 4.25, createdAt: at, updatedAt: at },
  ]);
  await db.insert(t.partnershipKommune).values([
    { partnershipId: "p1", kommuneId: "k1", isHost: true, createdAt: at },
    { partnershipId: "p2", kommuneId: "k3", isHost: false, createdAt: at },
  ]);
  await db.insert(t.network).values({ id: "n1", slug: "agder-nettverk", name: "Agder-nettverket", periodStart: "2026-01-01", periodEnd: "2026-12-31", createdByUserId: "u1", createdAt: at, updatedAt: at });
  await db.insert(t.networkMember).values({ id: "m1", networkId: "n1", partnershipId: "p1", shareNotes: true, sharePlans: false, invitedByUserId: "u1", invitedAt: at, respondedAt: null, updatedAt: at });
  await db.insert(t.auditEvent).values(
    Array.from({ length: 250 }, (_, i) => ({ id: `a${i}`, at: new Date(at.getTime() + i), actorUserId: "u1", partnershipId: "p1", entity: "partnership", entityId: "p1", action: "update" as const, changes: { officeName: { from: `Old ${i}`, to: `Nav Grimstad ${i}` }, nested: [1, true, null, "æøå"] } })),
  );
  await db.insert(t.liveEvent).values([
    { id: 1, gatheringId: "g1", type: "answer", payload: { type: "answer", respondents: 3 }, createdAt: at },
    { id: 7, gatheringId: "g1", type: "task", payload: { type: "task", taskId: "t1" }, createdAt: at },
  ]);
  await closeDatabase(db);
}

describe("db:copy-to-postgres", () => {
  it("orders every app table after the tables it refers to", () => {
    const order = tablesInForeignKeyOrder().map((t) => t.name);
    expect(order.length).toBeGreaterThan(50);
    expect(new Set(order).size).toBe(order.length);
    expect(order.indexOf("fylke")).toBeLessThan(order.indexOf("kommune"));
    expect(order.indexOf("kommune")).toBeLessThan(order.indexOf("partnership_kommune"));
    expect(order.indexOf("partnership")).toBeLessThan(order.indexOf("network_member"));
    expect(order.indexOf("user")).toBeLessThan(order.indexOf("session"));
  });

  it("copies a seeded SQLite database into an empty PostgreSQL one, with matching counts and values", async () => {
    const file = path.join(scratch, "seeded.db");
    await seedSqlite(file);
    const url = await emptyPostgres();
    const lines: string[] = [];
    const counts = await copySqliteToPostgres(file, url, { log: (line) => lines.push(line) });

    expect(counts.length).toBe(tablesInForeignKeyOrder().length);
    for (const c of counts) expect(c.target, c.table).toBe(c.source);
    const byTable = Object.fromEntries(counts.map((c) => [c.table, c.target]));
    expect(byTable).toMatchObject({ user: 2, fylke: 2, kommune: 30, partnership: 2, partnership_kommune: 2, network: 1, network_member: 1, audit_event: 250, live_event: 2 });
    expect(lines).toContain("audit_event: 250");
    expect(countTable(counts)).toMatch(/audit_event\s+250\s+250/);

    const pg: Database = await openDatabase(url, { poolSize: 2 });
    try {
      const t = pgTables;
      expect(await pg.select().from(t.user).orderBy(asc(t.user.id))).toEqual([
        { id: "u1", name: "Kari Nordmann", email: "kari@example.no", emailVerified: true, image: null, createdAt: at, updatedAt: at, twoFactorEnabled: false, deactivatedAt: null, language: null },
        { id: "u2", name: "Ola Nordmann", email: "ola@example.no", emailVerified: false, image: null, createdAt: at, updatedAt: at, twoFactorEnabled: null, deactivatedAt: at, language: "nn" },
      ]);
      expect(await pg.select().from(t.partnership).orderBy(asc(t.partnership.id))).toMatchObject([
        { id: "p1", statePositions: 12.5, municipalPositions: null, agreementDate: "2025-01-31", leaderModel: "en_leder", version: 1, createdAt: at },
        { id: "p2", statePositions: 3, municipalPositions: 4.25, leaderModel: "to_ledere" },
      ]);
      expect(await pg.select({ kommuneId: t.partnershipKommune.kommuneId, isHost: t.partnershipKommune.isHost }).from(t.partnershipKommune).orderBy(asc(t.partnershipKommune.kommuneId))).toEqual([
        { kommuneId: "k1", isHost: true },
        { kommuneId: "k3", isHost: false },
      ]);
      const [member] = await pg.select().from(t.networkMember);
      expect(member).toMatchObject({ shareStatuses: true, sharePriorities: true, shareNotes: true, sharePlans: false, status: "invitert", invitedAt: at, respondedAt: null });
      const [audit] = await pg.select().from(t.auditEvent).where(eq(t.auditEvent.id, "a249"));
      expect(audit).toMatchObject({ at: new Date(at.getTime() + 249), action: "update", changes: { officeName: { from: "Old 249", to: "Nav Grimstad 249" }, nested: [1, true, null, "æøå"] } });
      // A JSON value is JSON in PostgreSQL, not a string holding it.
      const { rows } = await pg.execute<{ kind: string }>(sql`select jsonb_typeof(changes) as kind from audit_event where id = 'a0'`);
      expect(rows).toEqual([{ kind: "object" }]);

      // Identity ids continue after the largest copied one.
      const [next] = await pg.insert(t.liveEvent).values({ gatheringId: "g1", type: "answer", payload: {} }).returning({ id: t.liveEvent.id });
      expect(next!.id).toBe(8);
      expect(await pg.select({ n: count() }).from(t.liveEvent)).toEqual([{ n: 3 }]);
    } finally {
      await closeDatabase(pg);
    }
  }, 60_000);

  it("refuses a target that has rows, and changes nothing in it", async () => {
    const file = path.join(scratch, "refuse.db");
    await seedSqlite(file);
    const url = await emptyPostgres();
    const pg = await openDatabase(url, { poolSize: 2 });
    try {
      await pg.insert(pgTables.fylke).values({ id: "already", slug: "already-here", name: "Already here" });
      const copy = copySqliteToPostgres(file, url);
      await expect(copy).rejects.toBeInstanceOf(CopyError);
      await expect(copy).rejects.toThrow(/not empty: 1 table\(s\) have rows \(fylke\)/);
      expect(await pg.select({ id: pgTables.fylke.id }).from(pgTables.fylke)).toEqual([{ id: "already" }]);
      expect(await pg.select({ n: count() }).from(pgTables.user)).toEqual([{ n: 0 }]);
    } finally {
      await closeDatabase(pg);
    }
  }, 60_000);

  it("refuses wrong arguments", async () => {
    const url = await emptyPostgres();
    await expect(copySqliteToPostgres(url, url)).rejects.toThrow(/first argument must be the SQLite file/);
    await expect(copySqliteToPostgres(path.join(scratch, "missing.db"), url)).rejects.toThrow(/No SQLite database/);
    expect(fs.existsSync(path.join(scratch, "missing.db"))).toBe(false);
    const file = path.join(scratch, "args.db");
    await seedSqlite(file);
    await expect(copySqliteToPostgres(file, path.join(scratch, "other.db"))).rejects.toThrow(/second argument must be a postgres/);
  }, 60_000);

  it("runs as `npm run db:copy-to-postgres -- <file> <url>`: prints the counts, exits non-zero when refused", async () => {
    const run = promisify(execFile);
    const file = path.join(scratch, "cli.db");
    await seedSqlite(file);
    const url = await emptyPostgres();
    const tsx = path.resolve("node_modules/.bin/tsx");
    const { stdout } = await run(tsx, ["scripts/copy-sqlite-to-postgres.ts", file, url], { env: { ...process.env, DATABASE_POOL_SIZE: "2" } });
    expect(stdout).toMatch(/^table\s+sqlite\s+postgres$/m);
    expect(stdout).toMatch(/^kommune\s+30\s+30$/m);
    expect(stdout).toMatch(/Copied \d+ rows in \d+ tables; every table's row count matches\./);

    // Again into the same, now filled, database: refused, exit code 1.
    const again = await run(tsx, ["scripts/copy-sqlite-to-postgres.ts", file, url]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(again?.code).toBe(1);
    expect(again?.stderr).toMatch(/not empty/);
  }, 90_000);
});
