import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Database = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything queries can run on: the connection or an open transaction. */
export type Executor = Database | Transaction;

export const DEFAULT_DATABASE_PATH = "./data/partnerskap.db";
const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export function resolveDatabasePath(url: string | undefined): string {
  const raw = url?.trim() || DEFAULT_DATABASE_PATH;
  return raw.startsWith("file:") ? raw.slice("file:".length) : raw;
}

/** How many compiled statements a connection keeps; the app's queries come to a few hundred texts. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Drizzle asks better-sqlite3 to compile every query anew on every call, and a page runs the same
 * few dozen query texts on every request (session, access, the page's reads): compiling them was
 * about a twentieth of a page's server CPU in the benchmark. So a connection keeps its compiled
 * statements by their SQL text (least recently used out first). A kept statement is handed back
 * as a fresh one would be: drizzle switches `raw()` on before the reads that want rows as arrays,
 * and expects it off otherwise, so it is switched off again. Statements run synchronously to the
 * end (nothing here iterates), so one is never in use twice at once.
 */
function reuseStatements(sqlite: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE) {
  const compile = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, BetterSqlite3.Statement>();
  const prepare = (source: string) => {
    const known = kept.get(source);
    if (known) {
      kept.delete(source);
      kept.set(source, known);
      if (known.reader) known.raw(false);
      return known;
    }
    const statement = compile(source);
    kept.set(source, statement);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return statement;
  };
  sqlite.prepare = prepare as typeof sqlite.prepare;
}

/** Opens (and creates if missing) a SQLite database, sets pragmas, applies migrations. */
export function createDatabase(url?: string): Database {
  const file = resolveDatabasePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // FULL: a commit is on disk before it is acknowledged, so a power cut or OS crash loses
  // nothing that was saved (NORMAL could lose the last commits then; a killed process loses
  // nothing either way). Costs an fsync per commit, which the embedded one-server setup affords.
  sqlite.pragma("synchronous = FULL");
  reuseStatements(sqlite);

  const db = drizzle({ client: sqlite, schema, casing: "snake_case" });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}
