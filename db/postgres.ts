/**
 * The PostgreSQL connection for several instances (ADR 0016): a node-postgres pool under drizzle.
 * Inside inTransaction (db/transaction.ts) a lane holds one pooled client with BEGIN sent, and
 * every statement of that async flow goes to it: the pool routes `query` to the lane's client.
 */
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { processWide } from "./process-wide";
import * as pgSchema from "./schema/pg";
import { currentLane, inTransaction, registerLaneOpener, type Lane } from "./transaction";

export const POSTGRES_MIGRATIONS = path.join(process.cwd(), "db", "migrations", "postgres");

interface PgLane extends Lane {
  client: pg.PoolClient;
}

/** A pool whose `query` joins the caller's open transaction, if it has one. */
class LanePool extends pg.Pool {
  override query(...args: unknown[]): never {
    const lane = currentLane(this) as PgLane | undefined;
    const query = (lane ? lane.client.query.bind(lane.client) : super.query.bind(this)) as (...a: unknown[]) => never;
    return query(...args);
  }
}

/** Per process, not per module copy (db/process-wide.ts). */
const pools = processWide("db.pools", () => new WeakMap<object, pg.Pool>());

/** The pool under a connection made here (for LISTEN clients, advisory locks and closing). */
export function poolOf(db: object): pg.Pool | undefined {
  return pools.get(db);
}

/** An advisory lock key for "one instance migrates at a time" (any fixed 64-bit number). */
const MIGRATION_LOCK = 7_316_004_217;

export interface PoolOptions {
  /** Most clients at once (default DATABASE_POOL_SIZE, else 10). */
  poolSize?: number;
  /** How long an idle client stays open, ms (default DATABASE_POOL_IDLE_MS, else 10 000). */
  idleTimeoutMillis?: number;
}

export function openPostgres(url: string, options: PoolOptions = {}) {
  const pool = new LanePool({
    connectionString: url,
    max: options.poolSize ?? Number(process.env.DATABASE_POOL_SIZE || 10),
    idleTimeoutMillis: options.idleTimeoutMillis ?? Number(process.env.DATABASE_POOL_IDLE_MS || 10_000),
  });
  // An idle client that loses its server (a restart, a failover) must not take the process down.
  pool.on("error", (error) => console.error(JSON.stringify({ level: "error", msg: "postgres pool client error", error: error.message })));
  const db = drizzle({ client: pool, schema: pgSchema, casing: "snake_case" });

  registerLaneOpener(db, {
    owner: pool,
    async open() {
      const client = await pool.connect();
      const lane: PgLane = {
        owner: pool,
        open: true,
        savepoints: 0,
        client,
        exec: async (statement) => {
          await client.query(statement);
        },
      };
      try {
        await client.query("BEGIN");
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
      return lane;
    },
    release(lane) {
      (lane as PgLane).client.release();
    },
  });
  Object.assign(db, { transaction: <T>(work: (tx: typeof db) => Promise<T>) => inTransaction(db, work) });
  pools.set(db, pool);

  /** Applies the migrations once, even when several instances start together. */
  const migrated = (async () => {
    const client = await pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migrate(drizzle({ client, casing: "snake_case" }), { migrationsFolder: POSTGRES_MIGRATIONS });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  })();
  // Awaited by whoever needs the schema (start-up, tests); a failure is reported there.
  migrated.catch(() => undefined);

  return { db, migrated, close: () => pool.end() };
}
