import type { Executor } from "./connection";

/**
 * A query prepared once per connection and reused, for the few queries that run many times a
 * second (every answer of a live samling: about 100 a second from 150 phones) and the lookups
 * every page makes (ADR 0015). Drizzle otherwise builds the SQL text on every call, which costs
 * more than running such a small indexed query. `build` is the cache key (define it once, at
 * module level), takes every value that varies as a `sql.placeholder`, and ends in
 * `.prepare("name")`; run it with `await preparedOnce(db, build).execute({ … })`, which gives
 * the rows on both dialects.
 *
 * On PostgreSQL the name makes a named prepared statement, parsed once on each pooled client
 * that runs it, so every name must be unique in the app (one query text per name). On SQLite the
 * name is ignored; the connection also keeps its compiled statements by SQL text (db/sqlite.ts).
 *
 * Inside `inTransaction` the handle is the same object as the connection (ADR 0016), and a kept
 * query runs in the caller's open transaction: the PostgreSQL pool sends it to the lane's client,
 * the SQLite proxy to the one writer the lane holds. So hot paths pass `tx` (or `db`) from inside
 * a transaction as well as from outside.
 */
export function preparedOnce<T>(db: Executor, build: (db: Executor) => T): T {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map<(db: Executor) => unknown, unknown>()));
  let statement = statements.get(build) as T | undefined;
  if (statement === undefined) {
    statement = build(db);
    claimName(statement);
    statements.set(build, statement);
  }
  return statement;
}

const cache = new WeakMap<Executor, Map<(db: Executor) => unknown, unknown>>();

/** The SQL text each PostgreSQL statement name stands for, in this process. */
const names = new Map<string, string>();

/**
 * PostgreSQL refuses a second statement text under a name a connection has already prepared, with
 * an error that does not say which query; this names the clash at the first use. (On SQLite the
 * name is not kept, so a clash shows only on PostgreSQL.)
 */
function claimName(statement: unknown) {
  const config = (statement as { rawQueryConfig?: { name?: string; text?: string } }).rawQueryConfig;
  if (!config?.name || config.text === undefined) return;
  const taken = names.get(config.name);
  if (taken !== undefined && taken !== config.text) {
    throw new Error(`preparedOnce: the statement name "${config.name}" is already used by another query; give each prepared query its own name`);
  }
  names.set(config.name, config.text);
}
