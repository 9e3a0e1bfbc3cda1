import { describe, expect, it } from "vitest";
import { accountLockedMessage, createAccountLimiter } from "./account-limit";

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const MINUTE = 60_000;

describe("createAccountLimiter", () => {
  it("refuses an account after max failures, for what is left of the 15-minute window", () => {
    const c = clock();
    const limiter = createAccountLimiter({ max: 3, windowMs: 15 * MINUTE }, c.now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.waitFor("kari@test.no")).toBe(0);
      limiter.recordFailure("kari@test.no");
      c.advance(MINUTE);
    }
    expect(limiter.waitFor("kari@test.no")).toBe(12 * MINUTE);
    expect(limiter.waitFor("ola@test.no")).toBe(0);
    c.advance(12 * MINUTE);
    expect(limiter.waitFor("kari@test.no")).toBe(0);
  });

  it("never keeps the owner out longer than the window, however long the guessing goes on", () => {
    const c = clock();
    const limiter = createAccountLimiter({ max: 2, windowMs: 15 * MINUTE }, c.now);
    limiter.recordFailure("kari@test.no");
    limiter.recordFailure("kari@test.no");
    let longest = 0;
    for (let minute = 0; minute < 60; minute++) {
      const wait = limiter.waitFor("kari@test.no");
      longest = Math.max(longest, wait);
      // Refused guesses reach neither the password check nor the counter.
      if (wait === 0) limiter.recordFailure("kari@test.no");
      c.advance(MINUTE);
    }
    expect(longest).toBeLessThanOrEqual(15 * MINUTE);
  });

  it("treats case and spaces in the e-mail as the same account, and clears the count on success", () => {
    const limiter = createAccountLimiter({ max: 2, windowMs: 15 * MINUTE }, clock().now);
    limiter.recordFailure("Kari@Test.no ");
    limiter.recordFailure("kari@test.no");
    expect(limiter.waitFor("KARI@test.no")).toBeGreaterThan(0);
    limiter.recordSuccess("kari@test.no");
    expect(limiter.waitFor("kari@test.no")).toBe(0);
  });

  it("says how long to wait in Norwegian", () => {
    expect(accountLockedMessage(14 * MINUTE + 1)).toBe("For mange mislykkede innlogginger for denne kontoen. Prøv igjen om 15 minutter.");
    expect(accountLockedMessage(20_000)).toBe("For mange mislykkede innlogginger for denne kontoen. Prøv igjen om ett minutt.");
  });
});
