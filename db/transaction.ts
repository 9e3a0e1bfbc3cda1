/**
 * The one transaction runner, correct on both dialects (ADR 0016). `inTransaction(db, work)`
 * opens a transaction, runs the async `work` and commits when it resolves, rolls back when it
 * throws. Inside it, every statement made through `db` (or the `tx` it hands over, the same
 * handle) in that async flow goes to the transaction: the lane is carried by AsyncLocalStorage,
 * so a helper that was given `db` cannot slip outside it by mistake. A transaction opened inside
 * another becomes a savepoint, so a failing inner part undoes only itself.
 *
 * Why not drizzle's `db.transaction`: on better-sqlite3 it does not await an async callback
 * (drizzle-orm #2275, #1472), and on a pool it would open a second, unrelated transaction when
 * called inside another. Each connection (db/sqlite.ts, db/postgres.ts) says how to open a lane.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { processWide } from "./process-wide";

/** One open transaction: where its statements go, and whether it still takes them. */
export interface Lane {
  /** The connection (SQLite handle or pool) the lane belongs to. */
  readonly owner: object;
  open: boolean;
  savepoints: number;
  /** Runs a statement of the transaction's own (BEGIN, SAVEPOINT, COMMIT…) on the lane. */
  exec(statement: string): Promise<void>;
}

/** How a connection opens and closes lanes. */
export interface LaneOpener {
  readonly owner: object;
  /** Waits for its turn (SQLite has one writer) and sends BEGIN. */
  open(): Promise<Lane>;
  /** Gives the lane's connection back (after COMMIT or ROLLBACK). */
  release(lane: Lane): void;
}

/** Per process, not per module copy (db/process-wide.ts): a lane opened by one copy is seen by the connection made by another. */
const lanes = processWide("db.lanes", () => new AsyncLocalStorage<Lane>());
const openers = processWide("db.lane-openers", () => new WeakMap<object, LaneOpener>());

/** Called once by each connection, so inTransaction can find how to open its lanes. */
export function registerLaneOpener(db: object, opener: LaneOpener): void {
  openers.set(db, opener);
}

/** The transaction the current async flow is in on `owner`, if any. */
export function currentLane(owner: object): Lane | undefined {
  const lane = lanes.getStore();
  return lane?.open && lane.owner === owner ? lane : undefined;
}

export async function inTransaction<Db extends object, T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const opener = openers.get(db);
  if (!opener) throw new Error("inTransaction: not a connection made by db/connection.ts");
  const outer = currentLane(opener.owner);
  if (outer) return inSavepoint(outer, () => work(db));

  const lane = await opener.open();
  try {
    const result = await lanes.run(lane, () => work(db));
    await lane.exec("COMMIT");
    return result;
  } catch (error) {
    await lane.exec("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    lane.open = false;
    opener.release(lane);
  }
}

async function inSavepoint<T>(lane: Lane, work: () => Promise<T>): Promise<T> {
  const name = `sp_${++lane.savepoints}`;
  await lane.exec(`SAVEPOINT ${name}`);
  try {
    const result = await work();
    await lane.exec(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await lane.exec(`ROLLBACK TO SAVEPOINT ${name}`);
    await lane.exec(`RELEASE SAVEPOINT ${name}`);
    throw error;
  }
}
