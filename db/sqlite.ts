/**
 * The embedded SQLite connection (better-sqlite3), behind drizzle's async proxy driver so that it
 * answers the same async API as PostgreSQL (ADR 0016). One connection, one writer: while a
 * transaction is open (db/transaction.ts), statements from other async flows wait for it to end,
 * so nobody reads another request's uncommitted rows or writes into its transaction.
 */
import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { SQLWrapper } from "drizzle-orm";
import { drizzle as drizzleSync } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { processWide } from "./process-wide";
import * as sqliteSchema from "./schema/sqlite";
import { currentLane, inTransaction, registerLaneOpener, type Lane } from "./transaction";

export const DEFAULT_DATABASE_PATH = "./data/partnerskap.db";
export const SQLITE_MIGRATIONS = path.join(process.cwd(), "db", "migrations", "sqlite");

export function resolveDatabasePath(url: string | undefined): string {
  const raw = url?.trim() || DEFAULT_DATABASE_PATH;
  return raw.startsWith("file:") ? raw.slice("file:".length) : raw;
}

/** How many compiled statements a connection keeps; the app's queries come to a few hundred texts. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Compiling a statement was about a twentieth of a page's server CPU (issue 18), and a page runs
 * the same few dozen texts on every request, so the connection keeps its compiled statements by
 * SQL text (least recently used out first). A statement runs to its end synchronously, so one is
 * never in use twice at once.
 */
function reuseStatements(sqlite: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE) {
  const compile = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, BetterSqlite3.Statement>();
  const prepare = (source: string) => {
    const known = kept.get(source);
    if (known) {
      kept.delete(source);
      kept.set(source, known);
      return known;
    }
    const statement = compile(source);
    kept.set(source, statement);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return statement;
  };
  sqlite.prepare = prepare as typeof sqlite.prepare;
}

/**
 * Who holds the one writer, and who waits for it. The check that the writer is free and what
 * follows it (taking it, or running a statement) must happen in the same synchronous step: an
 * `await` between them lets another flow take the writer first, and two BEGINs (or a statement
 * of another flow inside the transaction) would follow.
 */
class WriterGate {
  holder: Lane | null = null;
  private waiting: (() => void)[] = [];

  /** Whether a statement of `lane` (or of no transaction) may run now. */
  mayRun(lane: Lane | undefined): boolean {
    return this.holder === null || this.holder === lane;
  }

  /** Resolves the next time the writer is given back; check again after it. */
  released(): Promise<void> {
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  async take(lane: Lane): Promise<void> {
    while (this.holder) await this.released();
    this.holder = lane;
  }

  give(): void {
    this.holder = null;
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }
}

/** Per process, not per module copy (db/process-wide.ts). */
const handles = processWide("db.sqlite-handles", () => new WeakMap<object, BetterSqlite3.Database>());

/** The better-sqlite3 handle under a connection made here, for what only SQLite has (backup, pragmas). */
export function sqliteHandleOf(db: object): BetterSqlite3.Database | undefined {
  return handles.get(db);
}

type Row = unknown[];
type Method = "run" | "all" | "values" | "get";

/** Opens (and creates if missing) a SQLite database, sets pragmas, applies migrations. */
export function openSqlite(url: string | undefined) {
  const file = resolveDatabasePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // FULL: a commit is on disk before it is acknowledged, so a power cut or OS crash loses
  // nothing that was saved (ADR 0003). Costs an fsync per commit; live answers share one (server/live/group-commit.ts).
  sqlite.pragma("synchronous = FULL");
  reuseStatements(sqlite);
  migrate(drizzleSync({ client: sqlite }), { migrationsFolder: SQLITE_MIGRATIONS });

  const gate = new WriterGate();
  const run = (sql: string, params: unknown[], method: Method) => {
    const statement = sqlite.prepare(sql);
    if (!statement.reader) {
      const info = statement.run(...params);
      return { rows: [] as Row[], rowCount: info.changes };
    }
    statement.raw(true);
    if (method === "get") return { rows: statement.get(...params) as Row[] };
    const rows = statement.all(...params) as Row[];
    return { rows, rowCount: rows.length };
  };

  const db = drizzle(
    async (sql, params, method) => {
      const lane = currentLane(sqlite);
      while (!gate.mayRun(lane)) await gate.released();
      return run(sql, params, method);
    },
    // drizzle's proxy driver reads `casing` only from its third argument.
    undefined,
    { schema: sqliteSchema, casing: "snake_case" },
  );

  /** PostgreSQL's `db.execute(sql)`, on SQLite: rows as objects, and the count of changed rows. */
  const execute = async (query: SQLWrapper) => {
    const lane = currentLane(sqlite);
    while (!gate.mayRun(lane)) await gate.released();
    const { sql, params } = (db as unknown as { dialect: { sqlToQuery(q: unknown): { sql: string; params: unknown[] } } }).dialect.sqlToQuery(query.getSQL());
    const statement = sqlite.prepare(sql);
    if (!statement.reader) return { rows: [], rowCount: statement.run(...params).changes };
    statement.raw(false);
    const rows = statement.all(...params) as Record<string, unknown>[];
    return { rows, rowCount: rows.length };
  };

  registerLaneOpener(db, {
    owner: sqlite,
    async open() {
      const lane: Lane = {
        owner: sqlite,
        open: true,
        savepoints: 0,
        exec: (statement) => {
          sqlite.exec(statement);
          return Promise.resolve();
        },
      };
      await gate.take(lane);
      try {
        sqlite.exec("BEGIN IMMEDIATE");
      } catch (error) {
        gate.give();
        throw error;
      }
      return lane;
    },
    release() {
      gate.give();
    },
  });
  Object.assign(db, {
    execute,
    transaction: <T>(work: (tx: typeof db) => Promise<T>) => inTransaction(db, work),
  });
  handles.set(db, sqlite);
  return {
    db,
    close: () => {
      sqlite.close();
    },
  };
}
