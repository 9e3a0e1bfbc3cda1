/**
 * Where the abuse limits keep their counts (ADR 0017): token buckets (server/live/rate-limit.ts)
 * and fixed windows of failures (server/auth/account-limit.ts).
 *
 * - **Redis** when REDIS_URL is set (server/instances/redis-limit-store.ts): one Lua script per
 *   change, so instances never race.
 * - **The database** when DATABASE_URL is PostgreSQL: one atomic upsert per change
 *   (`limit_bucket`, `sign_in_failure`).
 * - **Memory** otherwise: SQLite is one process, and a limiter made without a store keeps its own
 *   counts, as before issue 17.
 *
 * The clock is the caller's (milliseconds), so tests move it; instances' clocks differ by
 * milliseconds, and a bucket never refills backwards.
 */
import { and, eq, lt, lte, sql } from "drizzle-orm";
import { createDatabase, type Database } from "~/db/connection";
import { activeDialect } from "~/db/dialect";
import { instanceTables } from "./tables";
import { errorFields, log } from "~/server/ops/log";

export interface RateLimit {
  /** Burst size. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

export interface FailureWindow {
  failures: number;
  /** Epoch milliseconds when the window started. */
  startedAt: number;
}

export interface LimitStore {
  readonly kind: "memory" | "database" | "redis";
  /** Takes one token from the bucket if it holds one (a new bucket is full). */
  take(name: string, key: string, limit: RateLimit, now: number): Promise<boolean>;
  /** The tokens the bucket holds now, refill included (capacity for a bucket never used). */
  tokens(name: string, key: string, limit: RateLimit, now: number): Promise<number>;
  /** Counts a failure in the current window, or starts a new window when the last has ended. */
  countFailure(name: string, key: string, windowMs: number, now: number): Promise<void>;
  /** The window that has not ended yet, if any. */
  failures(name: string, key: string, windowMs: number, now: number): Promise<FailureWindow | null>;
  clearFailures(name: string, key: string): Promise<void>;
}

/** The bucket's tokens after refilling from `at` to `now` (same arithmetic in every store). */
export function refilled(tokens: number, at: number, limit: RateLimit, now: number): number {
  if (now <= at) return tokens;
  return Math.min(limit.capacity, tokens + ((now - at) / 1000) * limit.refillPerSecond);
}

/** How long after its last use a bucket is full again, so that forgetting it changes nothing. */
export const fullAfterMs = (limit: RateLimit) => Math.ceil((limit.capacity / limit.refillPerSecond) * 1000);

// --- Memory ---------------------------------------------------------------------------------

const MAX_TRACKED = 50_000;

export function memoryLimitStore(): LimitStore {
  const buckets = new Map<string, { tokens: number; updatedAt: number }>();
  const windows = new Map<string, FailureWindow>();
  const id = (name: string, key: string) => `${name}\0${key}`;
  const current = (k: string, windowMs: number, now: number) => {
    const found = windows.get(k);
    if (found && now - found.startedAt >= windowMs) {
      windows.delete(k);
      return undefined;
    }
    return found;
  };
  return {
    kind: "memory",
    take(name, key, limit, now) {
      const k = id(name, key);
      const bucket = buckets.get(k) ?? { tokens: limit.capacity, updatedAt: now };
      bucket.tokens = refilled(bucket.tokens, bucket.updatedAt, limit, now);
      bucket.updatedAt = Math.max(bucket.updatedAt, now);
      if (buckets.size > MAX_TRACKED) buckets.clear();
      buckets.set(k, bucket);
      if (bucket.tokens < 1) return Promise.resolve(false);
      bucket.tokens -= 1;
      return Promise.resolve(true);
    },
    tokens(name, key, limit, now) {
      const bucket = buckets.get(id(name, key));
      return Promise.resolve(bucket ? refilled(bucket.tokens, bucket.updatedAt, limit, now) : limit.capacity);
    },
    countFailure(name, key, windowMs, now) {
      const k = id(name, key);
      const found = current(k, windowMs, now);
      if (found) found.failures += 1;
      else {
        // Oldest first out: spraying many keys must not wipe the windows of the accounts under attack.
        if (windows.size >= MAX_TRACKED) windows.delete(windows.keys().next().value!);
        windows.set(k, { failures: 1, startedAt: now });
      }
      return Promise.resolve();
    },
    failures(name, key, windowMs, now) {
      const found = current(id(name, key), windowMs, now);
      return Promise.resolve(found ? { ...found } : null);
    },
    clearFailures(name, key) {
      windows.delete(id(name, key));
      return Promise.resolve();
    },
  };
}

// --- The database -----------------------------------------------------------------------------

/** How often (per store and limiter) rows that no longer matter are deleted. */
const PRUNE_EVERY_MS = 10 * 60_000;

/** Numbers as parameters with a type PostgreSQL need not guess (SQLite reads the cast as REAL). */
const num = (value: number) => sql`cast(${value} as double precision)`;

export function databaseLimitStore(db: Database): LimitStore {
  const { limitBucket: b, signInFailure: f } = instanceTables(db);
  const pruned = new Map<string, number>();
  const pruneNow = (what: string, now: number, prune: () => Promise<unknown>) => {
    const last = pruned.get(what);
    if (last !== undefined && now - last < PRUNE_EVERY_MS && now >= last) return;
    pruned.set(what, now);
    void prune().catch((error: unknown) =>
      log("error", "pruning limit rows failed", errorFields(error)),
    );
  };
  const windowKey = (name: string, key: string) => `${name}:${key}`;

  return {
    kind: "database",
    async take(name, key, limit, now) {
      pruneNow(`bucket:${name}`, now, () => db.delete(b).where(and(eq(b.name, name), lt(b.refilledAtMs, now - fullAfterMs(limit)))));
      const at = num(now);
      // refilled(), in SQL: the same operations in the same order, so every store agrees to the last bit.
      const elapsedTokens = sql`(${at} - ${b.refilledAtMs}) / ${num(1000)} * ${num(limit.refillPerSecond)}`;
      const refilledTokens = sql`(case when ${at} <= ${b.refilledAtMs} then ${b.tokens} when ${b.tokens} + ${elapsedTokens} >= ${num(limit.capacity)} then ${num(limit.capacity)} else ${b.tokens} + ${elapsedTokens} end)`;
      // One statement: a new bucket is inserted with one token taken; an existing one is refilled
      // and takes one only where it then holds one (a refused take changes nothing and returns no row).
      const taken = await db
        .insert(b)
        .values({ name, key, tokens: limit.capacity - 1, refilledAtMs: now })
        .onConflictDoUpdate({
          target: [b.name, b.key],
          set: {
            tokens: sql`${refilledTokens} - 1`,
            refilledAtMs: sql`(case when ${at} <= ${b.refilledAtMs} then ${b.refilledAtMs} else ${at} end)`,
          },
          setWhere: sql`${refilledTokens} >= 1`,
        })
        .returning({ name: b.name });
      return taken.length > 0;
    },
    async tokens(name, key, limit, now) {
      const [bucket] = await db
        .select({ tokens: b.tokens, at: b.refilledAtMs })
        .from(b)
        .where(and(eq(b.name, name), eq(b.key, key)))
        .limit(1);
      return bucket ? refilled(Number(bucket.tokens), Number(bucket.at), limit, now) : limit.capacity;
    },
    async countFailure(name, key, windowMs, now) {
      pruneNow(`window:${name}`, now, () => db.delete(f).where(lte(f.windowStartedAt, new Date(now - windowMs))));
      const ended = lte(f.windowStartedAt, new Date(now - windowMs));
      await db
        .insert(f)
        .values({ key: windowKey(name, key), failures: 1, windowStartedAt: new Date(now) })
        .onConflictDoUpdate({
          target: f.key,
          set: {
            failures: sql`case when ${ended} then 1 else ${f.failures} + 1 end`,
            windowStartedAt: sql`case when ${ended} then ${sql.param(new Date(now), f.windowStartedAt)} else ${f.windowStartedAt} end`,
          },
        });
    },
    async failures(name, key, windowMs, now) {
      const [row] = await db
        .select({ failures: f.failures, startedAt: f.windowStartedAt })
        .from(f)
        .where(eq(f.key, windowKey(name, key)))
        .limit(1);
      if (!row || now - row.startedAt.getTime() >= windowMs) return null;
      return { failures: row.failures, startedAt: row.startedAt.getTime() };
    },
    async clearFailures(name, key) {
      await db.delete(f).where(eq(f.key, windowKey(name, key)));
    },
  };
}

// --- Which store ------------------------------------------------------------------------------

const SHARED = Symbol.for("partnerskapsrommet.limit-store");

/**
 * The store instances share, or null when the process is alone (SQLite without REDIS_URL): then
 * each limiter keeps its counts in memory. Kept on globalThis, as route bundles and
 * instrumentation share only the process.
 */
export async function sharedLimitStore(): Promise<LimitStore | null> {
  const g = globalThis as unknown as Record<symbol, Promise<LimitStore | null> | undefined>;
  g[SHARED] ??= (async () => {
    const redisUrl = process.env.REDIS_URL?.trim();
    if (redisUrl) {
      const { redisLimitStore, openRedis } = await import("./redis-limit-store");
      return redisLimitStore(openRedis(redisUrl));
    }
    if (activeDialect() === "postgres") return databaseLimitStore(appDatabase());
    return null;
  })();
  return g[SHARED];
}

/** The app's one connection, as db/client.ts keeps it on globalThis (that module is server-only). */
function appDatabase(): Database {
  const g = globalThis as unknown as { partnerskapDb?: Database };
  g.partnerskapDb ??= createDatabase(process.env.DATABASE_URL);
  return g.partnerskapDb;
}
