/**
 * The PostgreSQL server the tests use (ADR 0016, issue 17 point 6): TEST_POSTGRES_URL, or the local
 * one at 127.0.0.1:5432 when it answers; otherwise, as root on Debian, Debian's `postgresql` is
 * installed and started; otherwise the run stops with a message saying how to provide one.
 *
 * Test databases are named `t_<run>_<random>` and copied from one migrated template. `<run>` starts
 * with the run's start time in seconds (hex), so a run drops only its own databases, and leftovers
 * of a run that died are dropped by a later run once they are old.
 */
import { execSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const TEMPLATE_DATABASE = "partnerskap_test_template";
export const DEFAULT_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres";
/** Set by the postgres project's setup file (from the global setup) in every test worker. */
export const RUN_ENV = "TEST_POSTGRES_RUN";
/** Databases of runs that started longer ago than this are leftovers (their run died). */
const STALE_AFTER_SECONDS = 6 * 60 * 60;

export const serverUrl = () => process.env.TEST_POSTGRES_URL?.trim() || DEFAULT_SERVER_URL;

/** The address of database `name` on the test server. */
export function databaseUrl(name: string, server = serverUrl()): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction). */
export async function adminQuery(statement: string, params: unknown[] = [], server = serverUrl()): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await client.query(statement, params);
  } finally {
    await client.end();
  }
}

/** A new run id: start time in seconds and a few random bytes, all hex. */
export const newRunId = () => `${Math.floor(Date.now() / 1000).toString(16)}${randomBytes(2).toString("hex")}`;

/** A new test database name for this run (the worker's run id, or a fresh one outside a run). */
export function testDatabaseName(run = process.env[RUN_ENV] || newRunId()): string {
  return `t_${run}_${randomBytes(5).toString("hex")}`;
}

/** Makes a fresh database copied from the migrated template and answers its name. */
export async function createDatabaseFromTemplate(server = serverUrl()): Promise<string> {
  const name = testDatabaseName();
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`, [], server);
  return name;
}

/**
 * Waits for `work` at most `ms`, never failing: for clean-up after a test file, which must not
 * fail or hang the file (a pool whose client a test never gave back, a server under load).
 * Whatever is left is dropped by the global teardown.
 */
export async function atMost(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work.catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** Drops a test database if nobody is connected to it any more; the teardown forces the rest. */
export async function dropDatabaseQuietly(name: string, server = serverUrl()): Promise<void> {
  await atMost(adminQuery(`DROP DATABASE IF EXISTS ${name}`, [], server), 10_000);
}

type Probe = { ok: true } | { ok: false; refused: boolean; message: string };

async function probe(url: string): Promise<Probe> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  // A server that drops the connection must not become an uncaught 'error' event.
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return { ok: true };
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const refused = ["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT"].includes(err.code ?? "") || /timeout/i.test(err.message);
    return { ok: false, refused, message: err.message };
  } finally {
    await client.end().catch(() => undefined);
  }
}

const HOW_TO_PROVIDE = [
  "The postgres test project needs a PostgreSQL server (13 or newer) where the test user may create databases.",
  "Provide one of:",
  "  - TEST_POSTGRES_URL=postgres://user:password@host:port/postgres (a maintenance database on that server), or",
  "  - a server on 127.0.0.1:5432 with user postgres and trust authentication, or",
  "  - run the tests as root on Debian: Debian's `postgresql` package is then installed and started.",
  "To run only the SQLite tests: npx vitest run --project sqlite",
].join("\n");

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;
const isDebian = () => fs.existsSync("/etc/debian_version") && fs.existsSync("/usr/bin/apt-get");
const sh = (command: string) => execSync(command, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

/** The Debian cluster to use: version, name, port (after creating one if there is none). */
function debianCluster(): { version: string; name: string; port: number } {
  const list = () =>
    sh("pg_lsclusters -h")
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length >= 3 && /^\d+$/.test(cols[0]!));
  let clusters = list();
  if (clusters.length === 0) {
    const version = fs
      .readdirSync("/usr/lib/postgresql")
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a))[0];
    if (!version) throw new Error("Debian's postgresql is installed but /usr/lib/postgresql has no version.\n" + HOW_TO_PROVIDE);
    sh(`pg_createcluster ${version} main`);
    clusters = list();
  }
  const [version, name, port] = clusters[0]!;
  return { version: version!, name: name!, port: Number(port) };
}

/** As root on Debian: installs Debian's postgresql, starts its cluster, gives user postgres a password. */
async function startDebianPostgres(): Promise<string> {
  console.log("No PostgreSQL answers on 127.0.0.1:5432; installing and starting Debian's postgresql for the tests …");
  if (!fs.existsSync("/usr/bin/pg_lsclusters")) {
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql", { stdio: "inherit" });
  }
  const cluster = debianCluster();
  try {
    sh(`pg_ctlcluster ${cluster.version} ${cluster.name} start`);
  } catch {
    sh("service postgresql start");
  }
  const password = "postgres";
  const url = `postgres://postgres:${password}@127.0.0.1:${cluster.port}/postgres`;
  for (let attempt = 0; ; attempt++) {
    try {
      // Debian's pg_hba.conf lets the postgres OS user in over the socket (peer) and asks for a
      // password over TCP: so the password is set over the socket.
      sh(`su postgres -c "psql -p ${cluster.port} -qc \\"ALTER USER postgres PASSWORD '${password}'\\""`);
      break;
    } catch (error) {
      if (attempt >= 30) throw new Error(`Debian's PostgreSQL did not start: ${(error as Error).message}\n${HOW_TO_PROVIDE}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  const answer = await probe(url);
  if (!answer.ok) throw new Error(`Started Debian's PostgreSQL but cannot connect to ${url}: ${answer.message}\n${HOW_TO_PROVIDE}`);
  return url;
}

/** Finds (or, as root on Debian, starts) the test server and answers the URL of its maintenance database. */
export async function findPostgresServer(): Promise<string> {
  const given = process.env.TEST_POSTGRES_URL?.trim();
  if (given) {
    const answer = await probe(given);
    if (!answer.ok) throw new Error(`TEST_POSTGRES_URL (${redact(given)}) does not answer: ${answer.message}\n${HOW_TO_PROVIDE}`);
    return given;
  }
  const local = await probe(DEFAULT_SERVER_URL);
  if (local.ok) return DEFAULT_SERVER_URL;
  if (!local.refused) {
    throw new Error(`A server answers on 127.0.0.1:5432 but user postgres cannot connect without a password: ${local.message}\nSet TEST_POSTGRES_URL.\n${HOW_TO_PROVIDE}`);
  }
  if (isRoot() && isDebian()) return startDebianPostgres();
  throw new Error(`No PostgreSQL server for the tests: 127.0.0.1:5432 does not answer (${local.message}).\n${HOW_TO_PROVIDE}`);
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(not a URL)";
  }
}

/** A digest of the committed PostgreSQL migrations: the template is remade when they change. */
export function migrationsDigest(folder = path.join(process.cwd(), "db", "migrations", "postgres")): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(folder, full)).update("\0").update(fs.readFileSync(full)).update("\0");
    }
  };
  walk(folder);
  return hash.digest("hex").slice(0, 32);
}

/** Any fixed 64-bit number: one run at a time (re)makes the template. */
const TEMPLATE_LOCK = 7_316_004_218;

/**
 * Makes sure the template database holds exactly the committed migrations: kept when it was made
 * from the same migrations (its comment holds their digest), otherwise dropped and made again.
 * Several runs at once (several checkouts, helpers) take turns through an advisory lock.
 */
export async function prepareTemplate(server: string, migrate: (url: string) => Promise<void>): Promise<void> {
  const digest = migrationsDigest();
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    const { rows } = await client.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [TEMPLATE_DATABASE],
    );
    if (rows[0]?.comment === digest) return;
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    await migrate(databaseUrl(TEMPLATE_DATABASE, server));
    // Marked only once migrated: a run that died half-way leaves a template the next run remakes.
    await client.query(`COMMENT ON DATABASE ${TEMPLATE_DATABASE} IS '${digest}'`);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** Drops this run's test databases (forcing out any connection left open) and other runs' stale ones. */
export async function dropTestDatabases(server: string, run: string): Promise<string[]> {
  const { rows } = await adminQuery("SELECT datname FROM pg_database WHERE datname LIKE 't\\_%'", [], server);
  const now = Math.floor(Date.now() / 1000);
  const doomed = (rows as { datname: string }[])
    .map((row) => row.datname)
    .filter((name) => {
      if (name.startsWith(`t_${run}_`)) return true;
      const started = /^t_([0-9a-f]{8})[0-9a-f]{4}_[0-9a-f]+$/.exec(name);
      return started ? now - parseInt(started[1]!, 16) > STALE_AFTER_SECONDS : false;
    });
  for (const name of doomed) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, [], server);
  return doomed;
}
