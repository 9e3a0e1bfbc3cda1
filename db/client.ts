import "server-only";
import { createDatabase, type Database } from "./connection";

export type { Database, Transaction } from "./connection";

const globalForDb = globalThis as unknown as { partnerskapDb?: Database };

/**
 * The application's one connection (a pool on PostgreSQL). SQLite migrates on first use, so a
 * fresh machine gets its database file on first start; PostgreSQL migrates at start-up
 * (instrumentation.ts awaits databaseReady). Cached on globalThis so that dev-mode module
 * reloading does not open a second connection.
 */
export function getDb(): Database {
  globalForDb.partnerskapDb ??= createDatabase(process.env.DATABASE_URL);
  return globalForDb.partnerskapDb;
}
