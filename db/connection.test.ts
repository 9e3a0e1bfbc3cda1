import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "~/test/database";
import { closeDatabase, createDatabase, dialectOfDatabase, poolOf, sqliteHandleOf } from "./connection";
import { dialectOf } from "./dialect";
import type { user } from "./schema";

describe("which database DATABASE_URL selects", () => {
  it.each([
    ["postgres://app:secret@db.example:5432/partnerskap", "postgres"],
    ["postgresql://app@localhost/partnerskap", "postgres"],
    ["  POSTGRES://app@localhost/partnerskap  ", "postgres"],
    ["./data/partnerskap.db", "sqlite"],
    ["/var/lib/partnerskap/partnerskap.db", "sqlite"],
    ["file:./data/partnerskap.db", "sqlite"],
    [":memory:", "sqlite"],
    ["", "sqlite"],
    [undefined, "sqlite"],
    ["postgres-backup.db", "sqlite"],
  ] as const)("%j → %s", (url, dialect) => {
    expect(dialectOf(url)).toBe(dialect);
  });

  it("opens SQLite for a file path, with its better-sqlite3 handle and no pool", async () => {
    const db = createDatabase(":memory:");
    try {
      expect(dialectOfDatabase(db)).toBe("sqlite");
      expect(sqliteHandleOf(db)).toBeDefined();
      expect(poolOf(db)).toBeUndefined();
    } finally {
      await closeDatabase(db);
    }
  });

  it("opens a node-postgres pool for a postgres:// address, without connecting until used", async () => {
    const db = createDatabase("postgres://nobody@127.0.0.1:1/none", { poolSize: 1 });
    try {
      expect(dialectOfDatabase(db)).toBe("postgres");
      expect(poolOf(db)).toBeDefined();
      expect(poolOf(db)!.options.max).toBe(1);
      expect(sqliteHandleOf(db)).toBeUndefined();
    } finally {
      await closeDatabase(db);
    }
  });

  it("opens the dialect of this project for the test database", async () => {
    const db = await createTestDatabase();
    expect(dialectOfDatabase(db)).toBe(dialectOf(process.env.DATABASE_URL));
  });
});

describe("the SQLite connection's kept statements", () => {
  it("compiles a query text once and hands the same statement back", async () => {
    const db = createDatabase(":memory:");
    try {
      const sqlite = sqliteHandleOf(db)!;
      const first = sqlite.prepare("select 1 as one");
      expect(sqlite.prepare("select 1 as one")).toBe(first);
    } finally {
      await closeDatabase(db);
    }
  });

  it("answers rows as objects again after drizzle read the same text as arrays", async () => {
    const db = createDatabase(":memory:");
    try {
      // This file may run under the postgres project: take the SQLite table explicitly.
      const { user: sqliteUser } = await import("./schema/sqlite");
      const table = sqliteUser as unknown as typeof user;
      const now = new Date();
      await db.insert(table).values({ id: "u1", name: "Kari Nordmann", email: "kari@example.no", createdAt: now, updatedAt: now });
      // drizzle reads a select with named fields through raw() (rows as arrays) ...
      const query = db.select({ id: table.id, name: table.name }).from(table);
      expect(await query).toEqual([{ id: "u1", name: "Kari Nordmann" }]);
      // ... and a plain SQL read of the very same text expects objects from the same statement.
      const { rows } = await db.execute(sql.raw(query.toSQL().sql));
      expect(rows).toEqual([{ id: "u1", name: "Kari Nordmann" }]);
      expect(sqliteHandleOf(db)!.prepare(query.toSQL().sql).get()).toEqual({ id: "u1", name: "Kari Nordmann" });
    } finally {
      await closeDatabase(db);
    }
  });
});
