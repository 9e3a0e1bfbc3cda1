import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "~/test/database";
import { databaseLimitStore, memoryLimitStore, type LimitStore } from "~/server/instances/limit-store";
import { redisLimitStore } from "~/server/instances/redis-limit-store";
import { scratchPostgres } from "~/server/instances/test-postgres";
import { createRateLimiter, type RateLimiter } from "./rate-limit";

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const takeMany = async (limiter: RateLimiter, key: string, n: number) => {
  let taken = 0;
  for (let i = 0; i < n; i++) if (await limiter.take(key)) taken += 1;
  return taken;
};

/** The Redis the tests use (REDIS_URL of the test machine: 127.0.0.1:6379), with a prefix of this run's own. */
const redisUrl = process.env.TEST_REDIS_URL?.trim() || "redis://127.0.0.1:6379";
const prefix = `test:${randomBytes(6).toString("hex")}:`;
let redis: Redis | undefined;
afterAll(async () => {
  if (!redis) return;
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const postgres = scratchPostgres();

const stores: [string, () => Promise<LimitStore>][] = [
  ["memory", () => Promise.resolve(memoryLimitStore())],
  ["the database of this project's dialect", async () => databaseLimitStore(await createTestDatabase())],
  ["PostgreSQL", async () => databaseLimitStore(await postgres.connect())],
  [
    "Redis",
    async () => {
      redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
      await redis.connect().catch((error: Error) => {
        throw new Error(`These tests need Redis at ${redisUrl} (set TEST_REDIS_URL to use another): ${error.message}`);
      });
      return redisLimitStore(redis, prefix);
    },
  ],
];

let names = 0;

describe.each(stores)("createRateLimiter, buckets in %s", (_kind, make) => {
  let store: LimitStore;
  beforeAll(async () => {
    store = await make();
  });
  /** A limiter of its own (a new name), on the store under test. */
  const limiter = (limit: { capacity: number; refillPerSecond: number }, now: () => number) => createRateLimiter(`limit-${++names}`, limit, now, store);

  it("allows the burst, then refuses until a token has refilled", async () => {
    const c = clock();
    const l = limiter({ capacity: 30, refillPerSecond: 1 }, c.now);
    expect(await takeMany(l, "p", 30)).toBe(30);
    expect(await l.take("p")).toBe(false);
    c.advance(999);
    expect(await l.take("p")).toBe(false);
    c.advance(1);
    expect(await l.take("p")).toBe(true);
    expect(await l.take("p")).toBe(false);
  });

  it("refills at its rate and never beyond the burst", async () => {
    const c = clock();
    const l = limiter({ capacity: 200, refillPerSecond: 5 }, c.now);
    expect(await takeMany(l, "code", 250)).toBe(200);
    c.advance(2_000);
    expect(await takeMany(l, "code", 50)).toBe(10);
    c.advance(3_600_000);
    expect(await takeMany(l, "code", 500)).toBe(200);
  }, 60_000);

  it("keeps one bucket per key", async () => {
    const c = clock();
    const l = limiter({ capacity: 2, refillPerSecond: 1 }, c.now);
    expect(await takeMany(l, "a", 3)).toBe(2);
    expect(await takeMany(l, "b", 3)).toBe(2);
    c.advance(500);
    expect(await l.take("a")).toBe(false);
    c.advance(500);
    expect(await l.take("a")).toBe(true);
    expect(await l.take("b")).toBe(true);
  });

  it("a refused attempt does not use up what has refilled", async () => {
    const c = clock();
    const l = limiter({ capacity: 1, refillPerSecond: 1 }, c.now);
    expect(await l.take("k")).toBe(true);
    for (let i = 0; i < 3; i++) {
      c.advance(250);
      expect(await l.take("k")).toBe(false);
    }
    c.advance(250);
    expect(await l.take("k")).toBe(true);
  });

  it("available says whether a take would succeed, without taking", async () => {
    const c = clock();
    const l = limiter({ capacity: 2, refillPerSecond: 0.5 }, c.now);
    expect(await l.available("k")).toBe(true);
    expect(await takeMany(l, "k", 2)).toBe(2);
    expect(await l.available("k")).toBe(false);
    c.advance(2_000);
    expect(await l.available("k")).toBe(true);
    expect(await l.available("k")).toBe(true);
    expect(await l.take("k")).toBe(true);
    expect(await l.available("k")).toBe(false);
  });

  it("a steady pace at the refill rate is never refused", async () => {
    const c = clock();
    const l = limiter({ capacity: 30, refillPerSecond: 1 }, c.now);
    expect(await takeMany(l, "p", 20)).toBe(20);
    for (let i = 0; i < 120; i++) {
      c.advance(1_000);
      expect(await l.take("p")).toBe(true);
    }
  });

  it("the wrong-code pace: twenty at once, then one every six seconds", async () => {
    const c = clock();
    const l = limiter({ capacity: 20, refillPerSecond: 1 / 6 }, c.now);
    expect(await takeMany(l, "addr", 25)).toBe(20);
    for (let i = 0; i < 10; i++) {
      c.advance(5_999);
      expect(await l.available("addr")).toBe(false);
      c.advance(1);
      expect(await l.take("addr")).toBe(true);
    }
  });

  it("a clock a little behind (another instance's) never refills backwards", async () => {
    const c = clock();
    const l = limiter({ capacity: 2, refillPerSecond: 1 }, c.now);
    expect(await takeMany(l, "k", 2)).toBe(2);
    c.advance(-50);
    expect(await l.take("k")).toBe(false);
    c.advance(1_050);
    expect(await l.take("k")).toBe(true);
  });

  it("limiters with the same name share their buckets; other names do not", async () => {
    const c = clock();
    const name = `shared-${++names}`;
    const one = createRateLimiter(name, { capacity: 3, refillPerSecond: 1 }, c.now, store);
    const two = createRateLimiter(name, { capacity: 3, refillPerSecond: 1 }, c.now, store);
    const other = createRateLimiter(`${name}-other`, { capacity: 3, refillPerSecond: 1 }, c.now, store);
    expect(await takeMany(one, "k", 2)).toBe(2);
    expect(await takeMany(two, "k", 5)).toBe(store.kind === "memory" ? 1 : 1);
    expect(await takeMany(other, "k", 5)).toBe(3);
  });

  it("concurrent takes never hand out more than the burst", async () => {
    const c = clock();
    const name = `race-${++names}`;
    // Two limiters of one name: on a shared store, two instances.
    const instances = [createRateLimiter(name, { capacity: 25, refillPerSecond: 0.001 }, c.now, store), createRateLimiter(name, { capacity: 25, refillPerSecond: 0.001 }, c.now, store)];
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => instances[i % 2]!.take("hot")));
    expect(results.filter(Boolean)).toHaveLength(25);
  });
});

describe("two instances on one PostgreSQL database", () => {
  it("share a bucket: what one takes, the other cannot", async () => {
    const [a, b] = [await postgres.connect(), await postgres.connect()];
    const c = clock();
    const onA = createRateLimiter("workshop-join", { capacity: 10, refillPerSecond: 5 }, c.now, databaseLimitStore(a));
    const onB = createRateLimiter("workshop-join", { capacity: 10, refillPerSecond: 5 }, c.now, databaseLimitStore(b));
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? onA : onB).take("ABC234")));
    expect(results.filter(Boolean)).toHaveLength(10);
    expect(await onA.available("ABC234")).toBe(false);
    c.advance(200);
    expect(await onB.take("ABC234")).toBe(true);
    expect(await onA.take("ABC234")).toBe(false);
  });
});
