import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "~/test/database";
import { databaseLimitStore, memoryLimitStore, type LimitStore } from "~/server/instances/limit-store";
import { redisLimitStore } from "~/server/instances/redis-limit-store";
import { scratchPostgres } from "~/server/instances/test-postgres";
import { accountLockedMessage, createAccountLimiter } from "./account-limit";

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const MINUTE = 60_000;

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

let accounts = 0;

describe.each(stores)("createAccountLimiter, windows in %s", (_kind, make) => {
  let store: LimitStore;
  beforeAll(async () => {
    store = await make();
  });
  /** Distinct e-mails per test: the store outlives each test. */
  const person = (name: string) => `${name}.${++accounts}@test.no`;

  it("refuses an account after max failures, for what is left of the 15-minute window", async () => {
    const c = clock();
    const [kari, ola] = [person("kari"), person("ola")];
    const limiter = createAccountLimiter({ max: 3, windowMs: 15 * MINUTE }, c.now, store);
    for (let i = 0; i < 3; i++) {
      expect(await limiter.waitFor(kari)).toBe(0);
      await limiter.recordFailure(kari);
      c.advance(MINUTE);
    }
    expect(await limiter.waitFor(kari)).toBe(12 * MINUTE);
    expect(await limiter.waitFor(ola)).toBe(0);
    c.advance(12 * MINUTE);
    expect(await limiter.waitFor(kari)).toBe(0);
  });

  it("never keeps the owner out longer than the window, however long the guessing goes on", async () => {
    const c = clock();
    const kari = person("kari");
    const limiter = createAccountLimiter({ max: 2, windowMs: 15 * MINUTE }, c.now, store);
    await limiter.recordFailure(kari);
    await limiter.recordFailure(kari);
    let longest = 0;
    for (let minute = 0; minute < 60; minute++) {
      const wait = await limiter.waitFor(kari);
      longest = Math.max(longest, wait);
      // Refused guesses reach neither the password check nor the counter.
      if (wait === 0) await limiter.recordFailure(kari);
      c.advance(MINUTE);
    }
    expect(longest).toBeLessThanOrEqual(15 * MINUTE);
  });

  it("treats case and spaces in the e-mail as the same account, and clears the count on success", async () => {
    const limiter = createAccountLimiter({ max: 2, windowMs: 15 * MINUTE }, clock().now, store);
    const kari = person("kari");
    await limiter.recordFailure(`${kari.replace("kari", "Kari").toUpperCase()} `);
    await limiter.recordFailure(kari);
    expect(await limiter.waitFor(kari.toUpperCase())).toBeGreaterThan(0);
    await limiter.recordSuccess(kari);
    expect(await limiter.waitFor(kari)).toBe(0);
  });

  it("a new window starts after the last one ended, counting from one again", async () => {
    const c = clock();
    const kari = person("kari");
    const limiter = createAccountLimiter({ max: 2, windowMs: 15 * MINUTE }, c.now, store);
    await limiter.recordFailure(kari);
    c.advance(15 * MINUTE);
    await limiter.recordFailure(kari);
    expect(await limiter.waitFor(kari)).toBe(0);
    await limiter.recordFailure(kari);
    expect(await limiter.waitFor(kari)).toBe(15 * MINUTE);
  });

  it("failures recorded concurrently (from several instances) are all counted", async () => {
    const c = clock();
    const kari = person("kari");
    const [one, two] = [createAccountLimiter({ max: 10, windowMs: 15 * MINUTE }, c.now, store), createAccountLimiter({ max: 10, windowMs: 15 * MINUTE }, c.now, store)];
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).recordFailure(kari)));
    expect(await one.waitFor(kari)).toBe(15 * MINUTE);
    expect(await two.waitFor(kari)).toBe(15 * MINUTE);
  });
});

describe("two instances on one PostgreSQL database", () => {
  it("share an account's failures: guesses spread over both lock it on both", async () => {
    const [a, b] = [await postgres.connect(), await postgres.connect()];
    const c = clock();
    const onA = createAccountLimiter({ max: 4, windowMs: 15 * MINUTE }, c.now, databaseLimitStore(a));
    const onB = createAccountLimiter({ max: 4, windowMs: 15 * MINUTE }, c.now, databaseLimitStore(b));
    await onA.recordFailure("kari@test.no");
    await onB.recordFailure("kari@test.no");
    await onA.recordFailure("kari@test.no");
    expect(await onB.waitFor("kari@test.no")).toBe(0);
    await onB.recordFailure("kari@test.no");
    expect(await onA.waitFor("kari@test.no")).toBe(15 * MINUTE);
    await onA.recordSuccess("kari@test.no");
    expect(await onB.waitFor("kari@test.no")).toBe(0);
  });
});

describe("accountLockedMessage", () => {
  it("says how long to wait in Norwegian", () => {
    expect(accountLockedMessage(14 * MINUTE + 1)).toBe("For mange mislykkede innlogginger for denne kontoen. Prøv igjen om 15 minutter.");
    expect(accountLockedMessage(20_000)).toBe("For mange mislykkede innlogginger for denne kontoen. Prøv igjen om ett minutt.");
  });

  it("says it in nynorsk", () => {
    expect(accountLockedMessage(14 * MINUTE + 1, "nn")).toBe("For mange mislukka innloggingar for denne kontoen. Prøv igjen om 15 minutt.");
    expect(accountLockedMessage(20_000, "nn")).toBe("For mange mislukka innloggingar for denne kontoen. Prøv igjen om eitt minutt.");
  });
});
