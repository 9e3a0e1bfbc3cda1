import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { createTestDatabase } from "~/test/database";
import { runOnce } from "./run-once";
import { scratchPostgres } from "./test-postgres";

const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 3, 7, 0) + minutes * MINUTE);

describe("runOnce on this project's dialect", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });

  it("runs a job at most once per period, and again once the period has passed", async () => {
    const runs: string[] = [];
    const job = (now: Date) => runOnce(db, "reminders", 10 * MINUTE, () => Promise.resolve(runs.push(now.toISOString())), { now });
    expect(await job(at(0))).toEqual({ ran: true, result: 1 });
    expect(await job(at(1))).toEqual({ ran: false });
    expect(await job(at(9))).toEqual({ ran: false });
    expect(await job(at(10))).toEqual({ ran: true, result: 2 });
    expect(runs).toEqual([at(0).toISOString(), at(10).toISOString()]);
  });

  it("keeps jobs of different names apart", async () => {
    expect((await runOnce(db, "digest-2026-12-03", 24 * 60 * MINUTE, () => Promise.resolve("a"), { now: at(0) })).ran).toBe(true);
    expect((await runOnce(db, "digest-2026-12-04", 24 * 60 * MINUTE, () => Promise.resolve("b"), { now: at(1) })).ran).toBe(true);
    expect((await runOnce(db, "digest-2026-12-03", 24 * 60 * MINUTE, () => Promise.resolve("c"), { now: at(2) })).ran).toBe(false);
  });

  it("a run that fails gives its claim back, and the error to its caller", async () => {
    await expect(runOnce(db, "flaky", 10 * MINUTE, () => Promise.reject(new Error("smtp down")), { now: at(0) })).rejects.toThrow("smtp down");
    expect(await runOnce(db, "flaky", 10 * MINUTE, () => Promise.resolve("ok"), { now: at(1) })).toEqual({ ran: true, result: "ok" });
  });
});

describe("runOnce across instances (PostgreSQL)", () => {
  const postgres = scratchPostgres();
  let instances: Database[] = [];
  beforeAll(async () => {
    instances = [await postgres.connect()];
    instances.push(...(await Promise.all([postgres.connect(), postgres.connect(), postgres.connect()])));
  });
  afterAll(() => {
    instances = [];
  });

  it("of four instances whose timers fire together, exactly one runs the job", async () => {
    let runs = 0;
    const results = await Promise.all(
      instances.flatMap((db, i) =>
        [0, 1].map(() =>
          runOnce(db, "digest", 60 * MINUTE, async () => {
            runs += 1;
            await new Promise((resolve) => setTimeout(resolve, 20));
            return i;
          }, { now: at(0), instanceId: `instance-${i}` }),
        ),
      ),
    );
    expect(results.filter((r) => r.ran)).toHaveLength(1);
    expect(runs).toBe(1);
  });
});
