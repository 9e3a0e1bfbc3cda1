/**
 * Group commit for a live samling's answers. SQLite runs with synchronous=FULL (a save is on disk
 * before it is acknowledged, ADR 0003), so each transaction waits for one fsync, and with
 * better-sqlite3 that wait blocks the whole server. 150 phones send about 100 submits a second:
 * one fsync each made a slow or busy disk the bottleneck. Here the submits that arrive together
 * (in the same turn of the event loop, which under load is many) are written in one transaction
 * and share its fsync. Each one's writes run in a savepoint of their own (better-sqlite3 turns a
 * transaction opened inside another into one), so a refused submit undoes only itself; every
 * caller is answered only after the commit that holds its writes, or with its own error.
 */
import type { Database } from "~/db/connection";

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const queues = new WeakMap<Database, Pending[]>();

/**
 * Runs `work` (synchronous, writing through `db`) in the next shared transaction on `db`; resolves
 * with its result once that transaction is committed. `work` opens its own db.transaction as usual.
 */
export function writeTogether<T>(db: Database, work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queue = [];
      queues.set(db, queue);
      setImmediate(() => flush(db));
    }
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
}

function flush(db: Database) {
  const batch = queues.get(db) ?? [];
  queues.delete(db);
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
  try {
    db.transaction(() => {
      for (const item of batch) {
        try {
          // A transaction the work opens becomes a savepoint inside this one.
          outcomes.push({ ok: true, value: db.transaction(() => item.work()) });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
    });
  } catch (error) {
    // The commit itself failed: nothing of the batch is saved.
    for (const item of batch) item.reject(error);
    return;
  }
  batch.forEach((item, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) item.resolve(outcome.value);
    else item.reject(outcome.error);
  });
}
