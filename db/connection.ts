/**
 * Opens the database DATABASE_URL names (ADR 0016): PostgreSQL for `postgres://…`, otherwise the
 * SQLite file. Code above db/ sees one async, drizzle-typed handle; it is typed with the PostgreSQL
 * schema, and on SQLite the same calls reach the SQLite tables (db/schema/index.ts).
 */
import type { NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import type { PgDatabase } from "drizzle-orm/pg-core";
import { dialectOf, type Dialect } from "./dialect";
import { openPostgres, poolOf, type PoolOptions } from "./postgres";
import { processWide } from "./process-wide";
import type * as pgSchema from "./schema/pg";
import { openSqlite, sqliteHandleOf } from "./sqlite";

export { DEFAULT_DATABASE_PATH, resolveDatabasePath } from "./sqlite";
export { inTransaction } from "./transaction";

export type Database = PgDatabase<NodePgQueryResultHKT, typeof pgSchema>;
/** Inside inTransaction the handle is the same; the name says a transaction is open. */
export type Transaction = Database;
/** Anything queries can run on: the connection or an open transaction. */
export type Executor = Database;

interface Opened {
  dialect: Dialect;
  /** Resolves when the migrations are applied (at once on SQLite). */
  migrated: Promise<void>;
  close: () => Promise<void> | void;
}

/** Per process, not per module copy (db/process-wide.ts). */
const opened = processWide("db.opened", () => new WeakMap<object, Opened>());

/**
 * Opens a connection. SQLite is migrated before this returns; PostgreSQL migrates in the
 * background, so await `databaseReady(db)` (start-up, scripts and tests do) before the first query.
 */
export function createDatabase(url?: string, options: PoolOptions = {}): Database {
  if (dialectOf(url) === "postgres") {
    const { db, migrated, close } = openPostgres(url!.trim(), options);
    opened.set(db, { dialect: "postgres", migrated, close });
    return db;
  }
  const { db, close } = openSqlite(url);
  opened.set(db, { dialect: "sqlite", migrated: Promise.resolve(), close });
  return db as unknown as Database;
}

/** Opens a connection and waits for its migrations. */
export async function openDatabase(url?: string, options: PoolOptions = {}): Promise<Database> {
  const db = createDatabase(url, options);
  await databaseReady(db);
  return db;
}

function openedOf(db: Database): Opened {
  const found = opened.get(db);
  if (!found) throw new Error("not a connection made by db/connection.ts");
  return found;
}

export const dialectOfDatabase = (db: Database): Dialect => openedOf(db).dialect;
export const databaseReady = (db: Database): Promise<void> => openedOf(db).migrated;
export const closeDatabase = async (db: Database): Promise<void> => {
  await openedOf(db).close();
};

export { poolOf, sqliteHandleOf };
export type { PoolOptions };
