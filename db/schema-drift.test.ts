/**
 * The two schemas must not drift apart (issue 17 point 1, ADR 0016). A fresh SQLite database and a
 * fresh PostgreSQL database are migrated with the committed migrations, both are read back from the
 * databases' own catalogues, and tables, columns (nullability, type family, whether a default
 * exists), primary keys, indexes, foreign keys and check constraints are compared. A second test
 * runs drizzle-kit against a copy of each migrations folder: the schema files must produce no new
 * migration. Runs in the postgres project (it needs both dialects).
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type BetterSqlite3 from "better-sqlite3";
import type pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestPostgresDatabase, createTestSqliteDatabase } from "~/test/database";
import { poolOf, sqliteHandleOf } from "./connection";

interface Column {
  name: string;
  notNull: boolean;
  family: string;
  hasDefault: boolean;
}
interface Index {
  name: string;
  columns: string[];
  unique: boolean;
  partial: boolean;
}
interface ForeignKey {
  columns: string[];
  target: string;
  targetColumns: string[];
  onDelete: string;
}
interface Table {
  columns: Column[];
  primaryKey: string[];
  indexes: Index[];
  foreignKeys: ForeignKey[];
  checks: string[];
}
type Shape = Record<string, Table>;

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
const fkKey = (fk: ForeignKey) => `${fk.columns.join(",")}->${fk.target}(${fk.targetColumns.join(",")})`;
const normaliseAction = (action: string) => action.toLowerCase();

/** What a SQLite database made of the migrations holds. */
function sqliteShape(sqlite: BetterSqlite3.Database): Shape {
  const tables = sqlite
    .prepare("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name <> '__drizzle_migrations' order by name")
    .all() as { name: string; sql: string }[];
  const shape: Shape = {};
  for (const { name, sql } of tables) {
    const info = sqlite.pragma(`table_info("${name}")`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
    const columns = info
      .map((c) => ({ name: c.name, notNull: c.notnull === 1 || c.pk > 0, family: c.type.toLowerCase(), hasDefault: c.dflt_value !== null }))
      .sort(byName);
    const primaryKey = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const indexes = (sqlite.pragma(`index_list("${name}")`) as { name: string; unique: number; origin: string; partial: number }[])
      .filter((i) => i.origin !== "pk")
      .map((i) => ({
        name: i.name,
        unique: i.unique === 1,
        partial: i.partial === 1,
        columns: (sqlite.pragma(`index_info("${i.name}")`) as { seqno: number; name: string | null }[])
          .sort((a, b) => a.seqno - b.seqno)
          .map((c) => c.name ?? "<expression>"),
      }))
      .sort(byName);
    const fkRows = sqlite.pragma(`foreign_key_list("${name}")`) as { id: number; seq: number; table: string; from: string; to: string; on_delete: string }[];
    const foreignKeys = [...new Set(fkRows.map((r) => r.id))]
      .map((id) => {
        const parts = fkRows.filter((r) => r.id === id).sort((a, b) => a.seq - b.seq);
        return { columns: parts.map((p) => p.from), target: parts[0]!.table, targetColumns: parts.map((p) => p.to), onDelete: normaliseAction(parts[0]!.on_delete) };
      })
      .sort((a, b) => fkKey(a).localeCompare(fkKey(b)));
    const checks = [...sql.matchAll(/CONSTRAINT\s+[`"]?([\w]+)[`"]?\s+CHECK\s*\(/gi)].map((m) => m[1]!).sort();
    shape[name] = { columns, primaryKey, indexes, foreignKeys, checks };
  }
  return shape;
}

/** PostgreSQL's types mapped to the SQLite storage the ADR pairs them with. */
function pgFamily(dataType: string, precision: number | null): string {
  switch (dataType) {
    case "text":
      return "text";
    case "integer":
    case "bigint":
    case "smallint":
      return "integer";
    case "boolean":
      return "integer";
    case "jsonb":
      return "text";
    case "double precision":
      return "real";
    case "timestamp with time zone":
      // Milliseconds on both sides: timestamptz(3) ↔ integer ms.
      return precision === 3 ? "integer" : `timestamptz(${precision})`;
    default:
      return `unexpected ${dataType}`;
  }
}

const onDeleteOf: Record<string, string> = { a: "no action", r: "restrict", c: "cascade", n: "set null", d: "set default" };

async function postgresShape(pool: pg.Pool): Promise<Shape> {
  const q = async <T,>(text: string) => (await pool.query(text)).rows as T[];
  const tables = await q<{ name: string }>("select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1");
  const columns = await q<{ table: string; name: string; nullable: string; data_type: string; precision: number | null; default: string | null }>(
    `select table_name as table, column_name as name, is_nullable as nullable, data_type, datetime_precision as precision, column_default as default
       from information_schema.columns where table_schema = 'public'`,
  );
  const constraints = await q<{ table: string; name: string; type: string; columns: string[]; target: string | null; target_columns: string[] | null; on_delete: string }>(
    `select (select r.relname::text from pg_class r where r.oid = c.conrelid) as table, c.conname as name, c.contype as type,
            array(select a.attname::text from unnest(c.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o) as columns,
            (select r.relname::text from pg_class r where r.oid = c.confrelid) as target,
            array(select a.attname::text from unnest(c.confkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o) as target_columns,
            c.confdeltype as on_delete
       from pg_constraint c join pg_namespace ns on ns.oid = c.connamespace
      where ns.nspname = 'public'`,
  );
  const indexes = await q<{ table: string; name: string; unique: boolean; primary: boolean; partial: boolean; columns: string[] }>(
    `select t.relname as table, i.relname as name, x.indisunique as unique, x.indisprimary as primary, x.indpred is not null as partial,
            array(select coalesce(a.attname::text, '<expression>') from unnest(x.indkey::int2[]) with ordinality k(n, o)
                    left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.n and k.n > 0 order by k.o) as columns
       from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid join pg_namespace ns on ns.oid = t.relnamespace
      where ns.nspname = 'public'`,
  );
  const shape: Shape = {};
  for (const { name } of tables) {
    const own = constraints.filter((c) => c.table === name);
    shape[name] = {
      columns: columns
        .filter((c) => c.table === name)
        .map((c) => ({ name: c.name, notNull: c.nullable === "NO", family: pgFamily(c.data_type, c.precision), hasDefault: c.default !== null }))
        .sort(byName),
      primaryKey: own.find((c) => c.type === "p")?.columns ?? [],
      indexes: indexes
        .filter((i) => i.table === name && !i.primary)
        .map((i) => ({ name: i.name, columns: i.columns, unique: i.unique, partial: i.partial }))
        .sort(byName),
      foreignKeys: own
        .filter((c) => c.type === "f")
        .map((c) => ({ columns: c.columns, target: c.target!, targetColumns: c.target_columns!, onDelete: onDeleteOf[c.on_delete]! }))
        .sort((a, b) => fkKey(a).localeCompare(fkKey(b))),
      checks: own
        .filter((c) => c.type === "c")
        .map((c) => c.name)
        .sort(),
    };
  }
  return shape;
}

describe("the SQLite and PostgreSQL schemas, as their committed migrations make them", () => {
  let sqlite: Shape;
  let postgres: Shape;

  beforeAll(async () => {
    sqlite = sqliteShape(sqliteHandleOf(await createTestSqliteDatabase(":memory:"))!);
    postgres = await postgresShape(poolOf(await createTestPostgresDatabase())!);
  });

  it("have the same tables", () => {
    expect(Object.keys(sqlite).length).toBeGreaterThan(50);
    expect(Object.keys(postgres)).toEqual(Object.keys(sqlite));
  });

  it("have the same columns, nullability, type families and defaults", () => {
    const unexpected = Object.entries(postgres).flatMap(([table, t]) => t.columns.filter((c) => c.family.startsWith("unexpected") || c.family.startsWith("timestamptz")).map((c) => `${table}.${c.name}: ${c.family}`));
    expect(unexpected).toEqual([]);
    for (const table of Object.keys(sqlite)) {
      expect({ table, columns: postgres[table]?.columns }).toEqual({ table, columns: sqlite[table]!.columns });
    }
  });

  it("have the same primary keys", () => {
    for (const table of Object.keys(sqlite)) {
      expect({ table, primaryKey: postgres[table]?.primaryKey }).toEqual({ table, primaryKey: sqlite[table]!.primaryKey });
    }
  });

  it("have the same indexes (name, columns, unique, partial)", () => {
    for (const table of Object.keys(sqlite)) {
      expect({ table, indexes: postgres[table]?.indexes }).toEqual({ table, indexes: sqlite[table]!.indexes });
    }
  });

  it("have the same foreign keys (columns, target, on delete)", () => {
    for (const table of Object.keys(sqlite)) {
      expect({ table, foreignKeys: postgres[table]?.foreignKeys }).toEqual({ table, foreignKeys: sqlite[table]!.foreignKeys });
    }
  });

  it("have the same check constraints", () => {
    expect(Object.values(sqlite).flatMap((t) => t.checks).length).toBeGreaterThan(10);
    for (const table of Object.keys(sqlite)) {
      expect({ table, checks: postgres[table]?.checks }).toEqual({ table, checks: sqlite[table]!.checks });
    }
  });
});

const run = promisify(execFile);

describe("the committed migrations", () => {
  it.each([
    { dialect: "sqlite", schema: "db/schema/sqlite/index.ts", migrations: "db/migrations/sqlite" },
    { dialect: "postgresql", schema: "db/schema/pg/index.ts", migrations: "db/migrations/postgres" },
  ])("are up to date with the $dialect schema files (drizzle-kit generates nothing new)", async ({ dialect, schema, migrations }) => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "infra-drift-"));
    try {
      const out = path.join(scratch, "migrations");
      fs.cpSync(migrations, out, { recursive: true });
      const before = fs.readdirSync(out, { recursive: true }).map(String).sort();
      // drizzle-kit reads `out` relative to the working directory, and a config outside the repo
      // cannot import drizzle-kit: a plain object with paths from here.
      const config = path.join(scratch, "drizzle.config.ts");
      fs.writeFileSync(
        config,
        `export default ${JSON.stringify({ dialect, schema: path.resolve(schema), out: path.relative(process.cwd(), out), casing: "snake_case" })};\n`,
      );
      const { stdout } = await run(path.resolve("node_modules/.bin/drizzle-kit"), ["generate", "--config", config], { timeout: 90_000 });
      expect(stdout).toContain("No schema changes");
      expect(fs.readdirSync(out, { recursive: true }).map(String).sort()).toEqual(before);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }, 120_000);
});
