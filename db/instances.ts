/**
 * What server/instances and server/live need of one dialect (ADR 0017), kept in db/ like every
 * contact with a driver (ADR 0016): the tables of the connection's own dialect, and a dedicated
 * PostgreSQL client for LISTEN.
 */
import pg from "pg";
import { dialectOfDatabase, poolOf, type Database } from "./connection";
import * as pgTables from "./schema/pg/instances";
import * as sqliteTables from "./schema/sqlite/instances";

export type InstanceTables = typeof pgTables;

/**
 * `live_event`, `limit_bucket`, `sign_in_failure` and `job_run` for the dialect of this
 * connection, typed as the PostgreSQL ones. Chosen per connection rather than per process, so a
 * test or a script may hold a SQLite and a PostgreSQL connection at once.
 */
export function instanceTables(db: Database): InstanceTables {
  return dialectOfDatabase(db) === "postgres" ? pgTables : (sqliteTables as unknown as InstanceTables);
}

/**
 * A new client with the pool's connection settings, outside the pool: a LISTEN must keep one
 * session for as long as it listens, and a pooled client is lent to transactions.
 */
export function dedicatedPostgresClient(db: Database): pg.Client {
  const pool = poolOf(db);
  if (!pool) throw new Error("dedicatedPostgresClient: not a PostgreSQL connection");
  return new pg.Client(pool.options);
}
