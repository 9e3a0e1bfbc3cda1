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

  const db = drizzle({ client: sqlite, schema, casing: "snake_case" });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}
