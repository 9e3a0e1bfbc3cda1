/**
 * Group commit for a live samling's answers (ADR 0015, ADR 0016). SQLite runs with
 * synchronous=FULL (a save is on disk before it is acknowledged, ADR 0003), so each transaction
 * waits for one fsync, and with one writer every other write waits behind it. 150 phones send
 * about 100 submits a second: one fsync each made a slow or busy disk the bottleneck. Here the
 * submits that arrive together (in the same turn of the event loop, which under load is many)
 * are written in one transaction and share its commit. Each one's writes run in a savepoint of
 * their own (a transaction opened inside another is one, db/transaction.ts), so a refused submit
 * undoes only itself; every caller is answered only after the commit that holds its writes, or
 * with its own error. On PostgreSQL the same holds: one pooled client, one commit for the batch.
 */
import { inTransaction, type Database } from "~/db/connection";

interface Pending {
  work: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const queues = new WeakMap<Database, Pending[]>();

/**
 * Runs `work` (async, writing through `db`) in the next shared transaction on `db`; resolves with
 * its result once that transaction is committed. `work` may open its own inTransaction as usual:
 * it becomes a savepoint inside its own one.
 */
export function writeTogether<T>(db: Database, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queue = [];
      queues.set(db, queue);
      setImmediate(() => void flush(db));
    }
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

async function flush(db: Database): Promise<void> {
  const batch = queues.get(db) ?? [];
  queues.delete(db);
  const outcomes: Outcome[] = [];
  try {
    await inTransaction(db, async () => {
      // One after another, in arrival order: the savepoints of one transaction nest, they do not overlap.
      for (const item of batch) {
        try {
          outcomes.push({ ok: true, value: await inTransaction(db, item.work) });
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
