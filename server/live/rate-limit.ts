/**
 * Token buckets per key (a participant, a join code, a client address). A phone answering twenty
 * areas in a row is fine; a script hammering the server is not.
 *
 * Several instances share the buckets (ADR 0017): in Redis when REDIS_URL is set, in the database
 * on PostgreSQL (server/instances/limit-store.ts). On SQLite without Redis the app is one
 * process, and each limiter keeps its buckets in memory.
 */
import { memoryLimitStore, sharedLimitStore, type LimitStore, type RateLimit } from "~/server/instances/limit-store";

export type { RateLimit };

export interface RateLimiter {
  /** Takes one token; false when the key has used up its allowance. */
  take(key: string): Promise<boolean>;
  /** Whether take(key) would succeed now; takes nothing. For limits that count only failures. */
  available(key: string): Promise<boolean>;
}

/**
 * A limiter named `name` ("workshop-answer", "workshop-join", "workshop-wrong-code"): instances
 * share the buckets of limiters with the same name. `store` is for tests; otherwise the shared
 * store is chosen on first use.
 */
export function createRateLimiter(name: string, limit: RateLimit, now: () => number = Date.now, store?: LimitStore): RateLimiter {
  let chosen: Promise<LimitStore> | undefined = store ? Promise.resolve(store) : undefined;
  const storeOf = () => (chosen ??= sharedLimitStore().then((shared) => shared ?? memoryLimitStore()));
  const { capacity, refillPerSecond } = limit;
  const bucket = { capacity, refillPerSecond };
  return {
    async take(key) {
      return (await storeOf()).take(name, key, bucket, now());
    },
    async available(key) {
      return (await (await storeOf()).tokens(name, key, bucket, now())) >= 1;
    },
  };
}
