/**
 * Background work that should run once across instances (ADR 0017): the daily digest, the
 * reminder pass. `runOnce(db, jobName, periodMs, work)` runs `work` only if no instance (this one
 * included) started the job named `jobName` within the last `periodMs`; the claim is one atomic
 * upsert on `job_run`, so of several instances whose timers fire together exactly one runs it.
 * A run that throws gives its claim back, so the next pass (here or elsewhere) tries again.
 *
 * Same on both dialects: on SQLite the one process claims against itself, which also keeps a
 * restart from running the job twice within its period.
 */
import os from "node:os";
import { randomUUID } from "node:crypto";
import { and, eq, lte } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { instanceTables } from "./tables";

/** This process, as it signs its claims. */
export const INSTANCE_ID = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;

export type RunOnceResult<T> = { ran: true; result: T } | { ran: false };

export async function runOnce<T>(
  db: Database,
  jobName: string,
  periodMs: number,
  work: () => Promise<T>,
  options: { now?: Date; instanceId?: string } = {},
): Promise<RunOnceResult<T>> {
  const { jobRun: t } = instanceTables(db);
  const now = options.now ?? new Date();
  const me = options.instanceId ?? INSTANCE_ID;
  const due = lte(t.startedAt, new Date(now.getTime() - periodMs));
  const claimed = await db
    .insert(t)
    .values({ name: jobName, startedAt: now, startedBy: me })
    .onConflictDoUpdate({ target: t.name, set: { startedAt: now, startedBy: me }, setWhere: due })
    .returning({ name: t.name });
  if (claimed.length === 0) return { ran: false };
  try {
    return { ran: true, result: await work() };
  } catch (error) {
    // Give the claim back (only if it is still ours): the next pass may try again at once.
    await db
      .update(t)
      .set({ startedAt: new Date(0) })
      .where(and(eq(t.name, jobName), eq(t.startedBy, me), eq(t.startedAt, now)))
      .catch(() => undefined);
    throw error;
  }
}
