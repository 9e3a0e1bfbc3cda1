import type { Database, Executor } from "./connection";

/**
 * A query prepared once per connection and reused, for the few queries that run many times a
 * second (every answer of a live samling: about 100 a second from 150 phones). Drizzle otherwise
 * builds the SQL text and SQLite compiles it on every call, which costs more than running such
 * a small indexed query. `build` is the cache key (define it once, at module level) and takes
 * every value that varies as a `sql.placeholder`.
 *
 * Only the connection's statements are kept: given a transaction, `build` runs every time (as an
 * unprepared query would). A statement of the connection also runs inside a transaction open on
 * it (one SQLite connection, on which better-sqlite3 runs everything), so hot paths pass the
 * Database from inside `db.transaction(...)` too.
 */
export function preparedOnce<T>(db: Executor, build: (db: Executor) => T): T {
  if (!isConnection(db)) return build(db);
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map<(db: Executor) => unknown, unknown>()));
  let statement = statements.get(build) as T | undefined;
  if (statement === undefined) statements.set(build, (statement = build(db)));
  return statement;
}

const cache = new WeakMap<Database, Map<(db: Executor) => unknown, unknown>>();

/** drizzle() puts the driver on the connection as $client; its transactions have none. */
const isConnection = (db: Executor): db is Database => "$client" in db;
