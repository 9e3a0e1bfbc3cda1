/**
 * Moving up from the embedded SQLite file to PostgreSQL (issue 17 point 4, ADR 0016):
 *
 *   npm run db:copy-to-postgres -- <sqlite-file> <postgres-url>
 *
 * Applies any pending migrations to both (as the app does at start-up), refuses a target that has
 * a row in any app table, then copies every table in foreign-key order in ONE transaction: values
 * are read through the SQLite schema and written through the PostgreSQL one, so booleans,
 * timestamps and JSON are converted by the same column definitions the app uses. Before it
 * commits, the rows of every table are counted on both sides; any difference rolls everything back
 * and the command exits non-zero. Stop the app before copying: rows written during the copy are
 * not in it.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { count, getTableColumns, getTableName, is, sql } from "drizzle-orm";
import { PgTable, getTableConfig as pgTableConfig } from "drizzle-orm/pg-core";
import { SQLiteTable, getTableConfig as sqliteTableConfig } from "drizzle-orm/sqlite-core";
import { closeDatabase, inTransaction, openDatabase, type Database } from "~/db/connection";
import { dialectOf } from "~/db/dialect";
import * as pgSchema from "~/db/schema/pg";
import * as sqliteSchema from "~/db/schema/sqlite";

export class CopyError extends Error {}

export interface TablePair {
  name: string;
  sqlite: SQLiteTable;
  pg: PgTable;
}

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

/** Every app table, each after the tables its foreign keys point to. */
export function tablesInForeignKeyOrder(): TablePair[] {
  const sqliteTables = new Map<string, SQLiteTable>();
  for (const value of Object.values(sqliteSchema)) if (is(value, SQLiteTable)) sqliteTables.set(getTableName(value), value);
  const pgTables = new Map<string, PgTable>();
  for (const value of Object.values(pgSchema)) if (is(value, PgTable)) pgTables.set(getTableName(value), value);

  const missing = [...sqliteTables.keys()].filter((name) => !pgTables.has(name)).concat([...pgTables.keys()].filter((name) => !sqliteTables.has(name)));
  if (missing.length) throw new CopyError(`The two schemas do not have the same tables: ${missing.join(", ")}`);

  const dependsOn = new Map<string, Set<string>>();
  for (const [name, table] of pgTables) {
    const targets = new Set<string>();
    for (const fk of pgTableConfig(table).foreignKeys) targets.add(getTableName(fk.reference().foreignTable));
    for (const fk of sqliteTableConfig(sqliteTables.get(name)!).foreignKeys) targets.add(getTableName(fk.reference().foreignTable));
    targets.delete(name);
    dependsOn.set(name, targets);
  }

  const ordered: TablePair[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, trail: string[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new CopyError(`Foreign keys form a cycle: ${[...trail, name].join(" → ")}`);
    state.set(name, "visiting");
    for (const target of [...dependsOn.get(name)!].sort()) visit(target, [...trail, name]);
    state.set(name, "done");
    ordered.push({ name, sqlite: sqliteTables.get(name)!, pg: pgTables.get(name)! });
  };
  for (const name of [...pgTables.keys()].sort()) visit(name, []);

  for (const { name, sqlite, pg } of ordered) {
    const a = Object.keys(getTableColumns(sqlite)).sort().join(",");
    const b = Object.keys(getTableColumns(pg)).sort().join(",");
    if (a !== b) throw new CopyError(`Table ${name} has different columns in the two schemas:\n  sqlite: ${a}\n  pg:     ${b}`);
  }
  return ordered;
}

const rowsOf = async (db: Database, table: SQLiteTable | PgTable): Promise<number> => {
  const [row] = await db.select({ n: count() }).from(table as PgTable);
  return Number(row!.n);
};

/** PostgreSQL's parameter limit is 65 535 per statement; stay well below. */
const PARAMETERS_PER_INSERT = 30_000;

export interface CopyOptions {
  log?: (line: string) => void;
}

/** Copies the SQLite database at `sqliteFile` into the empty PostgreSQL database at `postgresUrl`. */
export async function copySqliteToPostgres(sqliteFile: string, postgresUrl: string, options: CopyOptions = {}): Promise<TableCount[]> {
  const log = options.log ?? (() => undefined);
  if (!sqliteFile || dialectOf(sqliteFile) === "postgres") throw new CopyError("The first argument must be the SQLite file to copy from.");
  if (sqliteFile.trim() === ":memory:" || !fs.existsSync(sqliteFile.replace(/^file:/, ""))) throw new CopyError(`No SQLite database at ${path.resolve(sqliteFile)}.`);
  if (dialectOf(postgresUrl) !== "postgres") throw new CopyError("The second argument must be a postgres:// or postgresql:// address of the (empty) target database.");

  const tables = tablesInForeignKeyOrder();
  const source = await openDatabase(sqliteFile);
  let target: Database | undefined;
  try {
    target = await openDatabase(postgresUrl, { poolSize: 2 });
    const db = target;

    const filled: string[] = [];
    for (const { name, pg } of tables) if ((await rowsOf(db, pg)) > 0) filled.push(name);
    if (filled.length) {
      throw new CopyError(
        `The target database is not empty: ${filled.length} table(s) have rows (${filled.slice(0, 8).join(", ")}${filled.length > 8 ? ", …" : ""}).\n` +
          "Copy only into a new, empty database (the command migrates it); nothing was changed.",
      );
    }

    return await inTransaction(db, async (tx) => {
      const counts: TableCount[] = [];
      for (const { name, sqlite, pg } of tables) {
        const rows = (await source.select().from(sqlite)) as Record<string, unknown>[];
        const perInsert = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / Object.keys(getTableColumns(pg)).length));
        for (let i = 0; i < rows.length; i += perInsert) await tx.insert(pg).values(rows.slice(i, i + perInsert));
        counts.push({ table: name, source: await rowsOf(source, sqlite), target: await rowsOf(tx, pg) });
        log(`${name}: ${rows.length}`);
      }
      // Identity columns (live_event.id) continue after the copied ids.
      const identities = await tx.execute<{ table_name: string; column_name: string }>(
        sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and (is_identity = 'YES' or column_default like 'nextval(%')`,
      );
      for (const { table_name: table, column_name: column } of identities.rows) {
        await tx.execute(
          sql`select setval(pg_get_serial_sequence(${`"${table}"`}, ${column}), coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table)}), 0) + 1, false)`,
        );
      }
      const wrong = counts.filter((c) => c.source !== c.target);
      if (wrong.length) {
        throw new CopyError(`Row counts differ, nothing was committed:\n${wrong.map((c) => `  ${c.table}: sqlite ${c.source}, postgres ${c.target}`).join("\n")}`);
      }
      return counts;
    });
  } finally {
    await closeDatabase(source);
    if (target) await closeDatabase(target);
  }
}

export function countTable(counts: TableCount[]): string {
  const width = Math.max(...counts.map((c) => c.table.length), 5);
  const lines = counts.map((c) => `${c.table.padEnd(width)}  ${String(c.source).padStart(8)}  ${String(c.target).padStart(8)}${c.source === c.target ? "" : "  MISMATCH"}`);
  return [`${"table".padEnd(width)}  ${"sqlite".padStart(8)}  ${"postgres".padStart(8)}`, ...lines].join("\n");
}

async function main(argv: string[]) {
  const [sqliteFile, postgresUrl] = argv.filter((arg) => !arg.startsWith("--"));
  if (!sqliteFile || !postgresUrl) {
    console.error("Usage: npm run db:copy-to-postgres -- <sqlite-file> <postgres-url>");
    process.exitCode = 2;
    return;
  }
  try {
    const counts = await copySqliteToPostgres(sqliteFile, postgresUrl);
    console.log(countTable(counts));
    const rows = counts.reduce((sum, c) => sum + c.target, 0);
    console.log(`Copied ${rows} rows in ${counts.length} tables; every table's row count matches.`);
  } catch (error) {
    console.error(error instanceof CopyError ? error.message : error);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
