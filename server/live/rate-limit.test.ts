import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const takeMany = (limiter: ReturnType<typeof createRateLimiter>, key: string, n: number) =>
  Array.from({ length: n }, () => limiter.take(key)).filter(Boolean).length;

describe("createRateLimiter", () => {
  it("allows the burst, then refuses until a token has refilled", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 30, refillPerSecond: 1 }, c.now);
    expect(takeMany(limiter, "p", 30)).toBe(30);
    expect(limiter.take("p")).toBe(false);
    c.advance(999);
    expect(limiter.take("p")).toBe(false);
    c.advance(1);
    expect(limiter.take("p")).toBe(true);
    expect(limiter.take("p")).toBe(false);
  });

  it("refills at its rate and never beyond the burst", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 200, refillPerSecond: 5 }, c.now);
    expect(takeMany(limiter, "code", 250)).toBe(200);
    c.advance(2_000);
    expect(takeMany(limiter, "code", 50)).toBe(10);
    c.advance(3_600_000);
    expect(takeMany(limiter, "code", 500)).toBe(200);
  });

  it("keeps one bucket per key", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1 }, c.now);
    expect(takeMany(limiter, "a", 3)).toBe(2);
    expect(takeMany(limiter, "b", 3)).toBe(2);
    c.advance(500);
    expect(limiter.take("a")).toBe(false);
    c.advance(500);
    expect(limiter.take("a")).toBe(true);
    expect(limiter.take("b")).toBe(true);
  });

  it("a refused attempt does not use up what has refilled", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1 }, c.now);
    expect(limiter.take("k")).toBe(true);
    for (let i = 0; i < 3; i++) {
      c.advance(250);
      expect(limiter.take("k")).toBe(false);
    }
    c.advance(250);
    expect(limiter.take("k")).toBe(true);
  });

  it("available says whether a take would succeed, without taking", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 0.5 }, c.now);
    expect(limiter.available("k")).toBe(true);
    expect(takeMany(limiter, "k", 2)).toBe(2);
    expect(limiter.available("k")).toBe(false);
    c.advance(2_000);
    expect(limiter.available("k")).toBe(true);
    expect(limiter.available("k")).toBe(true);
    expect(limiter.take("k")).toBe(true);
    expect(limiter.available("k")).toBe(false);
  });

  it("a steady pace at the refill rate is never refused", () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 30, refillPerSecond: 1 }, c.now);
    expect(takeMany(limiter, "p", 20)).toBe(20);
    for (let i = 0; i < 120; i++) {
      c.advance(1_000);
      expect(limiter.take("p")).toBe(true);
    }
  });
});
