/**
 * The PostgreSQL part of `npm run bench` (issue 17): a fresh database `bench_<hex>` on the
 * server at BENCH_POSTGRES_URL (a maintenance database, by default
 * postgres://postgres@127.0.0.1:5432/postgres), seeded with the same national seed as the SQLite
 * file (db/seed/national.ts and the live samling of bench/live.ts, through openDatabase(url), so
 * the rows have the shape real data has), then two `next start` instances of the same production
 * build on it, each with DATABASE_URL set to the database (the dialect is chosen at run time), on
 * two ports. The pages are measured on instance A against its own /api/health; the live samling
 * sends half the phones to each instance and puts the facilitator's screen on instance B, so the
 * answers that arrive on A reach it through PostgreSQL (LISTEN/NOTIFY). The database is dropped
 * at the end (and on Ctrl-C).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { NationalSeedResult } from "~/db/seed/national";
import type { LiveMeasurement, LiveSeed } from "./live";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The server the bench makes its database on: a maintenance database there (CREATE/DROP DATABASE run on it). */
export const benchPostgresServer = () => process.env.BENCH_POSTGRES_URL?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";

/** The address of database `name` on that server. */
function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The address without its password, for logs and the results. */
export function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(server: string, statement: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 10_000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await client.query<T>(statement, params);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface BenchPostgres {
  name: string;
  url: string;
  /** The server's version, as it says it (e.g. "15.20"). */
  serverVersion: string;
  /** Drops the database, ending whatever is still connected to it. Safe to call twice. */
  drop: () => Promise<void>;
}

const made = new Set<BenchPostgres>();

/** A new, empty database `bench_<hex>` on the server; a clear message when the server does not answer. */
export async function createBenchDatabase(server = benchPostgresServer()): Promise<BenchPostgres> {
  const name = `bench_${randomBytes(6).toString("hex")}`;
  let serverVersion: string;
  try {
    serverVersion = (await adminQuery<{ server_version: string }>(server, "SHOW server_version")).rows[0]!.server_version;
    await adminQuery(server, `CREATE DATABASE ${name}`);
  } catch (error) {
    throw new Error(
      `the PostgreSQL part needs a server where it may create databases at ${redactedUrl(server)} ` +
        `(set BENCH_POSTGRES_URL, or BENCH_DIALECTS=sqlite to leave PostgreSQL out): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let dropped = false;
  const database: BenchPostgres = {
    name,
    url: databaseUrl(server, name),
    serverVersion,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      made.delete(database);
      // WITH (FORCE): PostgreSQL 13+; an instance that did not stop in time must not keep the database.
      await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
  made.add(database);
  return database;
}

/** Drops every database this process made and has not dropped yet (for the end of a failed run). */
export async function dropBenchDatabases(): Promise<void> {
  for (const database of [...made]) await database.drop().catch(() => undefined);
}

/** The database names left by runs that died (bench_ plus 12 hex digits), for the log. */
export async function leftoverBenchDatabases(server = benchPostgresServer()): Promise<string[]> {
  const { rows } = await adminQuery<{ datname: string }>(server, "SELECT datname FROM pg_database WHERE datname ~ '^bench_[0-9a-f]{12}$'");
  return rows.map((r) => r.datname).filter((n) => ![...made].some((m) => m.name === n));
}

export type PostgresSeed = NationalSeedResult & { passwordHash: string; live: LiveSeed; seconds: number };

/**
 * The national seed and the live samling on the PostgreSQL database, through the app's own
 * connection (its migrations applied first), then ANALYZE so the planner has its statistics.
 * In a process of its own (bench/postgres-seed.ts): `~/db/schema` hands out the tables of the
 * dialect DATABASE_URL names when it is first imported, and this process runs on SQLite.
 */
export async function seedPostgres(url: string, passwordHash: string, logFile: string): Promise<PostgresSeed> {
  const outFile = `${logFile}.json`;
  fs.rmSync(outFile, { force: true });
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  await new Promise<void>((resolve, reject) => {
    const out = fs.openSync(logFile, "w");
    const child = spawn(tsx, [path.join(ROOT, "bench", "postgres-seed.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, BENCH_SEED_PASSWORD_HASH: passwordHash, BENCH_SEED_OUT: outFile },
      stdio: ["ignore", out, out],
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      fs.closeSync(out);
      if (code === 0) resolve();
      else {
        const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n");
        reject(new Error(`seeding PostgreSQL failed (${signal ?? code}); last lines of ${logFile}:\n${tail}`));
      }
    });
  });
  const seeded = JSON.parse(fs.readFileSync(outFile, "utf8")) as Omit<PostgresSeed, "passwordHash">;
  fs.rmSync(outFile, { force: true });
  return { ...seeded, passwordHash };
}

/** workshop_answer rows of the task: what the phones' answers left in the database. */
export async function countStoredAnswers(url: string, taskId: string): Promise<number> {
  const { rows } = await adminQuery<{ n: number }>(url, "SELECT count(*)::int AS n FROM workshop_answer WHERE task_id = $1", [taskId]);
  return rows[0]!.n;
}

// --- Instances -----------------------------------------------------------------------------

export interface Instance {
  name: string;
  port: number;
  base: string;
  /** The process group's id (the instance was started detached). */
  pid: number;
  child: ChildProcess;
  logFile: string;
  /** SIGTERM to the whole process group; resolves when the instance has exited (SIGKILL after 10 s). */
  stop: () => Promise<void>;
}

const running = new Set<Instance>();

/** Ends every instance this process started and has not stopped yet (signal handlers, failures). */
export function stopInstancesNow(): void {
  for (const instance of running) {
    try {
      process.kill(-instance.pid, "SIGTERM");
    } catch {
      instance.child.kill("SIGTERM");
    }
  }
}

export async function stopInstances(): Promise<void> {
  await Promise.all([...running].map((instance) => instance.stop()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `next start` of the build in appDir on 127.0.0.1:port with the environment given (DATABASE_URL
 * chooses the dialect), in a process group of its own; resolves once /api/health answers 200.
 */
export async function startInstance(opts: {
  name: string;
  nextBin: string;
  appDir: string;
  port: number;
  env: NodeJS.ProcessEnv;
  logFile: string;
  timeoutMs?: number;
}): Promise<Instance> {
  const out = fs.openSync(opts.logFile, "w");
  const child = spawn(opts.nextBin, ["start", "-p", String(opts.port), "-H", "127.0.0.1"], {
    cwd: opts.appDir,
    env: opts.env,
    stdio: ["ignore", out, out],
    detached: true,
  });
  fs.closeSync(out);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${opts.port}`;
  const instance: Instance = {
    name: opts.name,
    port: opts.port,
    base,
    pid: child.pid!,
    child,
    logFile: opts.logFile,
    stop: async () => {
      running.delete(instance);
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      const killed = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // gone already
        }
      }, 10_000);
      await exited;
      clearTimeout(killed);
    },
  };
  running.add(instance);
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      running.delete(instance);
      const tail = fs.readFileSync(opts.logFile, "utf8").split("\n").slice(-30).join("\n");
      throw new Error(`${opts.name}: next start exited (${child.exitCode}); last lines of ${opts.logFile}:\n${tail}`);
    }
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return instance;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await instance.stop();
  throw new Error(`${opts.name}: /api/health did not answer within ${(opts.timeoutMs ?? 90_000) / 1000} s; see ${opts.logFile}`);
}

// --- Report ----------------------------------------------------------------------------------

/** One page's figures in one dialect, as the side-by-side table needs them. */
export interface DialectRow {
  route: string;
  connections: number;
  rps: number;
  p50: number;
  p97_5: number;
  failures: number;
  /** Responses completed within the measurement (0: the latencies mean nothing). */
  requests: number;
  /** /api/health's req/s of the same dialect and run (undefined for /api/health itself). */
  baselineRps?: number;
}

/** A dialect's rows for the side-by-side table: its pages, labelled as in the SQLite table. */
export interface DialectPages {
  dialect: "SQLite" | "PostgreSQL";
  rows: DialectRow[];
}

/**
 * The pages of both dialects side by side, each as a share of its own /api/health (mean of a
 * run before and after the pages, in the same run): rows are matched by label and connection
 * count (the seed is deterministic, so both dialects' labels are the same; a row one dialect lacks
 * shows dashes), and PostgreSQL's share over SQLite's is the last column.
 */
export function dialectTable(sqlite: DialectPages, postgres: DialectPages): string {
  const ms = (n: number) => (n === 0 ? "<1" : n.toFixed(n < 10 && !Number.isInteger(n) ? 1 : 0));
  const share = (r: DialectRow | undefined) => (r === undefined ? NaN : r.baselineRps === undefined ? 1 : r.rps / r.baselineRps);
  const pct = (n: number) => (Number.isFinite(n) ? `${(100 * n).toFixed(0)} %` : "–");
  const cell = (r: DialectRow | undefined) =>
    r === undefined
      ? "– | – | – | –"
      : r.requests === 0
        ? "0 | – | – | – (no response completed)"
        : `${r.rps.toFixed(0)} | ${pct(share(r))} | ${ms(r.p50)} | ${ms(r.p97_5)}${r.failures ? ` (${r.failures} failed)` : ""}`;
  const lines = [
    "| Route | Connections | SQLite req/s | SQLite % of its /api/health | SQLite p50 ms | SQLite p97.5 ms | PostgreSQL req/s | PostgreSQL % of its /api/health | PostgreSQL p50 ms | PostgreSQL p97.5 ms | PostgreSQL share / SQLite share |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const keys = [...new Set([...sqlite.rows, ...postgres.rows].map((r) => `${r.connections}\u0000${r.route}`))];
  for (const key of keys) {
    const [connections, route] = key.split("\u0000") as [string, string];
    const s = sqlite.rows.find((r) => r.route === route && r.connections === Number(connections));
    const p = postgres.rows.find((r) => r.route === route && r.connections === Number(connections));
    const relative = s?.requests === 0 || p?.requests === 0 ? NaN : share(p) / share(s);
    lines.push(`| ${route} | ${connections} | ${cell(s)} | ${cell(p)} | ${s?.baselineRps === undefined ? "–" : Number.isFinite(relative) ? relative.toFixed(2) : "–"} |`);
  }
  return lines.join("\n");
}

/** The two-instance live samling as one row per slice: all answers, those sent to A (the other instance), and to B (the facilitator's). */
export function liveSplitTable(m: LiveMeasurement): string {
  const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");
  const lost = [m.answersRefused && `${m.answersRefused} refused`, m.answersUnsaved && `${m.answersUnsaved} never saved`].filter(Boolean).join(", ");
  const lines = [
    "| Live samling on PostgreSQL, two instances | Phones | Answers stored / sent | Submits (failed) | p50 ms | p97.5 ms | Max ms | p97.5 from send ms | Target met |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    `| all answers → facilitator's SSE event (${m.participants} phones, ${m.spreadSeconds} s) | ${m.participants} | ${m.answersStored} / ${m.answersChosen}${lost ? ` (${lost})` : ""} | ` +
      `${m.submitsSent} (${m.submitErrors}) | ${ms(m.p50)} | ${ms(m.p97_5)} | ${ms(m.max)} | ${ms(m.sentP97_5)} | ${m.targetMet ? "yes" : "**no**"} |`,
  ];
  for (const slice of m.byInstance ?? []) {
    lines.push(
      `| … submitted on ${slice.instance}${slice.facilitatorHere ? " (the facilitator's instance)" : " (not the facilitator's: through PostgreSQL NOTIFY)"} | ` +
        `${slice.participants} | ${slice.answersSaved} saved | ${slice.submitsSent} (${slice.submitErrors}) | ${ms(slice.p50)} | ${ms(slice.p97_5)} | ${ms(slice.max)} | ${ms(slice.sentP97_5)} | – |`,
    );
  }
  return lines.join("\n");
}
