/**
 * `npm run bench`: seeds a national-size dataset into its own database, starts a
 * production build against it and measures the signed-in pages with autocannon,
 * each as a ratio of /api/health measured in the same run (the machine is
 * shared and noisy; ratios travel better than absolute numbers).
 *
 * Signing a lederavtale cannot be repeated (a person signs a version once), so
 * the signing action is measured as the whole `leaderAgreement.sign` path minus its
 * insert: a party with the right password (scrypt, deliberately slow) signing
 * text that changed since they opened it, which the server refuses at the hash
 * check. The cost of scrypt alone is measured in-process at the same
 * concurrency and reported separately; the target applies to the rest.
 *
 * The felles virksomhetsplan page (/partnerskap/<slug>/virksomhetsplan/<year>) is measured
 * like the other pages on the sample partnership's plan for this year (12 satsingsområder,
 * 150 activities, 16 indicators with 36 monthly values each, approved and published), with
 * its own targets (ROUTE_TARGETS below: p97.5 < 150 ms and ≥ 10 % of /api/health's req/s at
 * 10 connections). Its PDF export (GET …/virksomhetsplan/<year>/eksport/pdf: Chromium prints
 * the print view) is too slow for autocannon and is meant one at a time, so it is measured as
 * sequential single requests after the pages: one warm-up (which also starts Chromium), then
 * BENCH_PDF_RUNS timed downloads of the whole file; the median and the slowest are reported,
 * and the target is that every run takes under 3 s.
 *
 * The årshjul and the meetings (issue 5) are measured like the other pages, with the default
 * targets, as the Nav-leder of the sample partnership: its wheel for this year
 * (/partnerskap/<slug>/arshjul/<year>: 120 events, template copies, own events and the meetings
 * it derives) and its meetings page (/partnerskap/<slug>/moter: 40 meetings over this year and
 * the last two, most held with locked minutes). The calendar export's target is that a calendar
 * of 500 events is written in under 200 ms. Its feed is the fylkesdirektør's subscription
 * (every partnership in the fylke, this year and next; the seed starts enough of their wheels
 * for exactly 500 events), measured three ways, each as a warm-up and then sequential runs with
 * the median and the slowest reported, the target on the slowest:
 *   - in the bench process, with the server idle: the .ics builder alone (toCalendarEvents and
 *     buildCalendar in server/domain/annual-cycle/ics.ts) on the feed's events, loaded once
 *     (BENCH_ICS_BUILD_RUNS runs), and the whole feed as the route computes it, queries included
 *     (subscriptionFeed, BENCH_ICS_RUNS runs);
 *   - end to end: GET /api/kalender/<token> over HTTP after the pages (BENCH_ICS_RUNS runs),
 *     each response checked to be text/calendar with all 500 VEVENTs.
 *
 * Environment:
 *   BENCH_DURATION=8      seconds measured per route and connection count
 *   BENCH_WARMUP=2        seconds of discarded warm-up before each measurement
 *   BENCH_SKIP_BUILD=1    reuse the previous build (and the source copy it was built from)
 *   BENCH_IN_PLACE=1      build and serve the repository's own .next instead of a private copy
 *   BENCH_CONNECTIONS=1,10
 *   BENCH_PDF_RUNS=5      timed PDF exports after one warm-up
 *   BENCH_ICS_RUNS=5      timed calendar feeds (in-process and over HTTP) after one warm-up
 *   BENCH_ICS_BUILD_RUNS=20  timed runs of the .ics builder alone after one warm-up
 *   BENCH_LIVE_PARTICIPANTS=150, BENCH_LIVE_SPREAD=30  the live samling (bench/live.ts): phones, and seconds their answers spread over
 *   BENCH_ONLY=live       only the live samling (seed, build, server, the scenario); written to bench/results/latest-live.{md,json}
 *   BENCH_ONLY=browser    only the browser part (seed, build, server, bench/browser.ts); written to bench/results/latest-browser.{md,json}
 *   BENCH_BROWSER_RUNS=3  measured loads per page and window in the browser part, after one warm-up
 *   HTTP_COMPRESS=0       the server leaves compression to a proxy (next.config.ts); the run says which it used
 *   BENCH_ONLY=mail       only the mail burst (in process, no seed, build or server); written to bench/results/latest-mail.{md,json}
 *   BENCH_MAIL_BURST=1000 mails in the burst (bench/mail.ts)
 *   BENCH_APP_DIR, BENCH_DATA_DIR  where the app copy is built and the database kept (defaults below), for two benchmarks side by side
 *   BENCH_DIALECTS=sqlite,postgres  which databases the full run measures (default both; see below)
 *   BENCH_ONLY=postgres   only the PostgreSQL part (seed, build, two instances, pages and live samling); written to bench/results/latest-postgres.{md,json}
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres  the server (a maintenance database on it) where the PostgreSQL part makes its database
 *
 * PostgreSQL (issue 17, bench/postgres.ts): a fresh database bench_<hex> on BENCH_POSTGRES_URL's server,
 * seeded with the same national seed and live samling (in a process of its own, while the SQLite seed and the
 * build run), then, after the SQLite server has stopped, two `next start` instances of the same build on it
 * (DATABASE_URL chooses the dialect at run time). The same pages are measured on instance A, each as a share of
 * instance A's own /api/health; the live samling spreads the phones over A and B with the facilitator's screen
 * on B. The page table then shows both dialects side by side. The database is dropped at the end.
 *
 * The live samling (issue 7) runs after the calendar feed and before the PDF export: see bench/live.ts.
 * The browser part (issue 18: first-load JS, TBT and LCP at 4× CPU throttling, DOM nodes) runs after the
 * live samling, before the PDF export: see bench/browser.ts.
 * The mail burst (issue 16) runs first, in the bench process on its own database: see bench/mail.ts.
 *
 * By default the working tree is copied to $TMPDIR/partnerskap-bench-<hash>/app (node_modules hard-linked)
 * and built there, so the benchmark neither clobbers nor is clobbered by another
 * `next build` / `next start` in the repository while it measures.
 *
 * Only loopback traffic: the server listens on 127.0.0.1.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { closeDatabase, openDatabase, sqliteHandleOf } from "~/db/connection";
import { seedNational, type NationalSeedResult } from "~/db/seed/national";
import { buildCalendar, toCalendarEvents } from "~/server/domain/annual-cycle/ics";
import { subscriptionFeed, visiblePartnerships } from "~/server/domain/annual-cycle/subscriptions";
import { loadYearEvents } from "~/server/domain/annual-cycle/view";
import { isoToday } from "~/lib/dates";
import { findPdfBrowser } from "~/server/export/pdf-browser.mjs";
import { browserNote, browserTable, measureBrowser, type BrowserMeasurement, type BrowserPage } from "./browser";
import { liveNote, liveTable, measureLive, seedLive, type LiveMeasurement, type LiveSeed } from "./live";
import { mailNote, mailTable, measureMailBurst, type MailMeasurement } from "./mail";
import {
  benchPostgresServer,
  countStoredAnswers,
  createBenchDatabase,
  dialectTable,
  dropBenchDatabases,
  leftoverBenchDatabases,
  liveSplitTable,
  redactedUrl,
  seedPostgres,
  startInstance,
  stopInstances,
  stopInstancesNow,
  type BenchPostgres,
  type PostgresSeed,
} from "./postgres";
import { median, percentile } from "./stats";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATA_DIR = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : path.join(ROOT, "bench", ".data");
const RESULTS_DIR = path.join(ROOT, "bench", "results");
const DB_FILE = path.join(DATA_DIR, "national.db");
const IN_PLACE = process.env.BENCH_IN_PLACE === "1";
// Outside the repository, so lint, typecheck and test runs never see the copy or its build.
const APP_DIR = IN_PLACE
  ? ROOT
  : process.env.BENCH_APP_DIR
    ? path.resolve(process.env.BENCH_APP_DIR)
    : path.join(os.tmpdir(), `partnerskap-bench-${createHash("sha256").update(ROOT).digest("hex").slice(0, 8)}`, "app");
const NEXT_BIN = path.join(APP_DIR, "node_modules", ".bin", "next");
const PASSWORD = "bench-passord-2024";

const DURATION = positiveNumber("BENCH_DURATION", 8);
const WARMUP = positiveNumber("BENCH_WARMUP", 2, true);
const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === "1";
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "1,10").split(",").map((c) => {
  const n = Number(c.trim());
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_CONNECTIONS: "${c}" is not a positive whole number`);
  return n;
});

interface Targets {
  /** At 10 connections: the 97.5th percentile latency, ms. */
  p97_5At10: number;
  /** At 10 connections: req/s as a share of /api/health's. */
  ratioAt10: number;
  /** At 1 connection: the median latency, ms. */
  p50At1: number;
}

/** Every page's targets unless its route says otherwise (Route.targets). */
const TARGETS: Targets = { p97_5At10: 100, ratioAt10: 0.15, p50At1: 15 };
/** The 150-activity plan page's and the 120-event årshjul's own targets (issue 18): larger pages, a looser bound. */
const LARGE_PAGE_TARGETS: Partial<Targets> = { p97_5At10: 150, ratioAt10: 0.1 };
/** PDF export: every timed run under this many seconds. */
const PDF_TARGET_SECONDS = 3;
const PDF_RUNS = positiveInteger("BENCH_PDF_RUNS", 5);
/** Calendar export: every timed run under this many milliseconds. */
const ICS_TARGET_MS = 200;
const ICS_RUNS = positiveInteger("BENCH_ICS_RUNS", 5);
const ICS_BUILD_RUNS = positiveInteger("BENCH_ICS_BUILD_RUNS", 20);
const LIVE_PARTICIPANTS = positiveInteger("BENCH_LIVE_PARTICIPANTS", 150);
const LIVE_SPREAD = positiveNumber("BENCH_LIVE_SPREAD", 30);
const MAIL_BURST = positiveInteger("BENCH_MAIL_BURST", 1000);
const BROWSER_RUNS = positiveInteger("BENCH_BROWSER_RUNS", 3);
const ONLY = process.env.BENCH_ONLY ?? "";
if (ONLY !== "" && ONLY !== "live" && ONLY !== "mail" && ONLY !== "browser" && ONLY !== "postgres") {
  throw new Error(`BENCH_ONLY: "${ONLY}" is not a scenario this benchmark can run alone ("live", "mail", "browser" or "postgres")`);
}
const DIALECTS = (process.env.BENCH_DIALECTS?.trim() || "sqlite,postgres").split(",").map((d) => {
  const dialect = d.trim();
  if (dialect !== "sqlite" && dialect !== "postgres") throw new Error(`BENCH_DIALECTS: "${d}" is neither "sqlite" nor "postgres"`);
  return dialect;
});
/** The SQLite server's part: the full run (unless BENCH_DIALECTS leaves it out), live and browser. */
const WANT_SQLITE = ONLY === "live" || ONLY === "browser" || (ONLY === "" && DIALECTS.includes("sqlite"));
/** The PostgreSQL part: BENCH_ONLY=postgres, or the full run unless BENCH_DIALECTS leaves it out. */
const WANT_POSTGRES = ONLY === "postgres" || (ONLY === "" && DIALECTS.includes("postgres"));

function positiveNumber(name: string, fallback: number, allowZero = false): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new Error(`${name}: "${raw}" is not a valid number of seconds`);
  return n;
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: "${raw}" is not a positive whole number`);
  return n;
}

const log = (message: string) => console.log(`[bench] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// --- Seeding ---------------------------------------------------------------------

type Seeded = NationalSeedResult & { passwordHash: string; live: LiveSeed };

async function seed(passwordHash: string): Promise<Seeded> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(DB_FILE + suffix, { force: true });
  const started = performance.now();
  const db = await openDatabase(DB_FILE);
  try {
    const result = await seedNational(db, passwordHash);
    const live = await seedLive(db, passwordHash);
    // The benchmark database is a SQLite file: fold the WAL in and give the planner its statistics.
    const sqlite = sqliteHandleOf(db);
    if (sqlite) {
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
      sqlite.exec("ANALYZE");
    }
    log(
      `SQLite: seeded ${result.partnerships} partnerships in ${result.fylker.length} fylker, ${result.people} people ` +
        `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    return { ...result, passwordHash, live };
  } finally {
    await closeDatabase(db);
  }
}

// --- The app under test -----------------------------------------------------------

/**
 * What the production build needs. Tests, e2e specs and tooling stay behind: `next build`
 * type-checks everything tsconfig includes, and a half-edited test elsewhere in the
 * tree should not stop the benchmark.
 */
const isAppSource = (file: string) =>
  !/^(bench|e2e|test|docs|scripts|\.ci)\//.test(file) &&
  !/\.(test|spec)\.tsx?$/.test(file) &&
  // Test helpers beside the code (server/instances/test-postgres.ts) import test/, which stays behind too.
  !/(^|\/)test-[^/]*\.tsx?$/.test(file) &&
  !/^(playwright|vitest)\.config\.ts$/.test(file);

/** Copies the working tree (tracked and untracked, minus ignored files) into APP_DIR; .next is kept as build cache. */
function prepareAppCopy() {
  fs.mkdirSync(APP_DIR, { recursive: true });
  for (const entry of fs.readdirSync(APP_DIR)) {
    if (entry !== ".next") fs.rmSync(path.join(APP_DIR, entry), { recursive: true, force: true });
  }
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT })
    .toString("utf8")
    .split("\0")
    .filter((file) => file && isAppSource(file) && fs.existsSync(path.join(ROOT, file)));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(APP_DIR, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(APP_DIR, file));
  }
  // Hard links: a second, real node_modules (Turbopack refuses a symlink out of the project) in about a second.
  const modules = [path.join(ROOT, "node_modules"), path.join(APP_DIR, "node_modules")];
  try {
    execFileSync("cp", ["-al", ...modules], { stdio: "ignore" });
  } catch {
    fs.rmSync(modules[1]!, { recursive: true, force: true });
    execFileSync("cp", ["-a", ...modules]); // another file system: a real copy
  }
  log(`copied ${files.length} files to ${APP_DIR}`);
}

// --- Server ------------------------------------------------------------------------

// A throwaway secret: sessions only need to live for this run.
const AUTH_SECRET = randomBytes(32).toString("hex");

/** The servers' environment; DATABASE_URL chooses the dialect (the SQLite file unless told). */
function serverEnv(databaseUrl = DB_FILE): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: AUTH_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // better-auth takes its URL from the request (127.0.0.1:<port>), not from a configured production URL.
  delete env.BETTER_AUTH_URL;
  return env;
}

function run(command: string, args: string[], logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, "w");
    const child = spawn(command, args, { cwd: APP_DIR, env: serverEnv(), stdio: ["ignore", out, out] });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      fs.closeSync(out);
      if (code === 0) resolve();
      else {
        const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n");
        reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code}); last lines of ${logFile}:\n${tail}`));
      }
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

let server: ChildProcess | null = null;

function stopServer() {
  if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
  try {
    // The server was started in its own process group: end it and whatever it spawned.
    process.kill(-server.pid, "SIGTERM");
  } catch {
    server.kill("SIGTERM");
  }
}

/** Stops the SQLite server and waits (at most 10 s) until it has exited, so the next part has the machine. */
async function stopServerAndWait() {
  const stopping = server;
  stopServer();
  for (let waited = 0; stopping && stopping.exitCode === null && stopping.signalCode === null && waited < 10_000; waited += 100) await sleep(100);
}

async function startServer(port: number, logFile: string): Promise<void> {
  const out = fs.openSync(logFile, "w");
  server = spawn(NEXT_BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: APP_DIR,
    env: serverEnv(),
    stdio: ["ignore", out, out],
    detached: true,
  });
  fs.closeSync(out);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}); see ${logFile}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`server did not answer /api/health within 60 s; see ${logFile}`);
}

// --- Sessions ----------------------------------------------------------------------

type CookieJar = Map<string, string>;

function absorb(jar: CookieJar, res: Response) {
  for (const line of res.headers.getSetCookie()) {
    const [pair = "", ...attributes] = line.split(";");
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
    if (expired) jar.delete(name);
    else jar.set(name, value);
  }
}

function cookieHeader(jar: CookieJar): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/** Whether better-auth's cookie cache is on: then the session is read from a signed cookie, not from SQLite. */
const hasCookieCache = (jar: CookieJar) => [...jar.keys()].some((name) => name.endsWith("session_data"));

async function signIn(base: string, email: string): Promise<CookieJar> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  const jar: CookieJar = new Map();
  absorb(jar, res);
  if (![...jar.keys()].some((k) => k.endsWith("session_token"))) throw new Error(`sign-in as ${email} set no session cookie`);
  return jar;
}

/**
 * Only with the cookie cache on: have better-auth reissue it (it lives 60 s), as a
 * browser's session check would, so a whole measurement runs on a valid one.
 * disableCookieCache forces the reissue even while the old one is still valid.
 */
async function refreshSession(base: string, jar: CookieJar) {
  const res = await fetch(`${base}/api/auth/get-session?disableCookieCache=true`, { headers: { cookie: cookieHeader(jar) } });
  if (!res.ok || (await res.json()) === null) throw new Error(`get-session failed: ${res.status}`);
  absorb(jar, res);
}

// --- Routes ------------------------------------------------------------------------

interface Route {
  label: string;
  path: string;
  jar: CookieJar | null;
  /** Texts the page must contain, so a redirect or an error page is never measured. */
  expect: string[];
  /** A tRPC mutation: POSTed as JSON. */
  post?: { body: string };
  /** The status every response must have; 200 unless said. */
  status?: number;
  /** Whose cost scrypt is: the target applies to the time beyond it (see measureHashing). */
  hashes?: boolean;
  /** Targets of its own; what is left out is TARGETS'. */
  targets?: Partial<Targets>;
}

const targetsOf = (route: Route): Targets => ({ ...TARGETS, ...route.targets });

/** A POST says it comes from the app's own pages, as a browser's would (server/security/same-origin.ts). */
const requestHeaders = (route: Route, base: string): Record<string, string> => ({
  ...(route.jar ? { cookie: cookieHeader(route.jar) } : {}),
  ...(route.post ? { "content-type": "application/json", origin: new URL(base).origin } : {}),
});

async function verify(base: string, route: Route) {
  const res = await fetch(base + route.path, {
    method: route.post ? "POST" : "GET",
    headers: requestHeaders(route, base),
    body: route.post?.body,
    redirect: "manual",
  });
  const body = (await res.text()).replaceAll("<!-- -->", "");
  const status = route.status ?? 200;
  if (res.status !== status) {
    throw new Error(
      `${route.label}: expected ${status}, got ${res.status} ${res.headers.get("location") ?? ""}${route.post ? ` ${body.slice(0, 300)}` : ""}`,
    );
  }
  const missing = route.expect.filter((text) => !body.includes(text));
  if (missing.length > 0) throw new Error(`${route.label}: response lacks ${missing.map((m) => `"${m}"`).join(", ")}`);
  return Buffer.byteLength(body);
}

interface Measurement {
  route: string;
  connections: number;
  rps: number;
  p50: number;
  p97_5: number;
  p99: number;
  requests: number;
  failures: number;
  bytesPerResponse: number;
  baselineRps?: number;
  /** For a route that checks a password: scrypt alone at the same concurrency. */
  hashing?: HashingCost;
  targets: Targets;
}

async function measure(base: string, route: Route, connections: number): Promise<Measurement> {
  if (route.jar && hasCookieCache(route.jar)) await refreshSession(base, route.jar);
  const options: autocannon.Options = {
    url: base + route.path,
    connections,
    headers: requestHeaders(route, base),
    ...(route.post ? { method: "POST" as const, body: route.post.body } : {}),
  };
  if (WARMUP > 0) await autocannon({ ...options, duration: WARMUP });
  const r = await autocannon({ ...options, duration: DURATION });
  const responses = r["2xx"] + r.non2xx;
  // Any response but the expected status is a failure (for a refused signature: anything but 409).
  const expected = route.status ?? 200;
  const unexpected =
    expected === 200 ? r.non2xx : responses - (r.statusCodeStats?.[`${expected}`]?.count ?? 0);
  return {
    route: route.label,
    connections,
    rps: r.requests.average,
    p50: r.latency.p50,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    requests: r.requests.total,
    failures: unexpected + r.errors + r.timeouts,
    bytesPerResponse: responses > 0 ? r.throughput.total / responses : 0,
    targets: targetsOf(route),
  };
}

// --- Password hashing ----------------------------------------------------------------

interface HashingCost {
  concurrency: number;
  calls: number;
  p50: number;
  p97_5: number;
}

/**
 * The deliberate cost of a password check: better-auth's verifyPassword (scrypt on
 * libuv's thread pool, as in the server), timed per call in this process while the
 * server is idle. One at a time: the median of 20 calls. At N connections, N calls
 * kept in flight at once (the server's situation under N signers), at least 20 in all.
 */
async function measureHashing(hash: string, concurrency: number): Promise<HashingCost> {
  const once = async () => {
    const t = performance.now();
    if (!(await verifyPassword({ hash, password: PASSWORD }))) throw new Error("verifyPassword refused the bench password");
    return performance.now() - t;
  };
  await once(); // warm-up
  const perWorker = Math.max(Math.ceil(20 / concurrency), 3);
  const times = (
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const own: number[] = [];
        for (let i = 0; i < perWorker; i++) own.push(await once());
        return own;
      }),
    )
  ).flat();
  times.sort((a, b) => a - b);
  return { concurrency, calls: times.length, p50: percentile(times, 50), p97_5: percentile(times, 97.5) };
}

// --- PDF export ------------------------------------------------------------------------

interface PdfMeasurement {
  label: string;
  runs: number;
  /** Seconds per run, in the order measured. */
  seconds: number[];
  median: number;
  max: number;
  bytes: number;
  /** The warm-up, which also starts Chromium. */
  warmUpSeconds: number;
}

/** One whole download: status 200, a PDF content type and a body that is a PDF. Returns seconds and bytes. */
async function downloadPdf(base: string, route: Route): Promise<{ seconds: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(base + route.path, { headers: requestHeaders(route, base), redirect: "manual" });
  const body = Buffer.from(await res.arrayBuffer());
  const seconds = (performance.now() - started) / 1000;
  const type = res.headers.get("content-type") ?? "";
  if (res.status !== 200 || !type.startsWith("application/pdf") || body.subarray(0, 5).toString("latin1") !== "%PDF-") {
    throw new Error(
      `${route.label}: expected a PDF, got ${res.status} ${type} ${res.headers.get("location") ?? ""} ${body.subarray(0, 200).toString("utf8")}`,
    );
  }
  return { seconds, bytes: body.length };
}

/** Sequential single requests: one warm-up, then `runs` timed ones. */
async function measurePdf(base: string, route: Route, runs: number): Promise<PdfMeasurement> {
  if (route.jar && hasCookieCache(route.jar)) await refreshSession(base, route.jar);
  const warmUp = await downloadPdf(base, route);
  const seconds: number[] = [];
  let bytes = warmUp.bytes;
  for (let i = 0; i < runs; i++) {
    const run = await downloadPdf(base, route);
    seconds.push(run.seconds);
    bytes = run.bytes;
  }
  return { label: route.label, runs, seconds, median: median(seconds), max: Math.max(...seconds), bytes, warmUpSeconds: warmUp.seconds };
}

function pdfTable(rows: PdfMeasurement[]): string {
  const s = (n: number) => n.toFixed(2);
  return [
    "| Export | Runs | Median s | Max s | Warm-up s | Size | Target met |",
    "|---|---:|---:|---:|---:|---:|---|",
    ...rows.map(
      (m) =>
        `| ${m.label} | ${m.runs} | ${s(m.median)} | ${s(m.max)} | ${s(m.warmUpSeconds)} | ${(m.bytes / 1024).toFixed(0)} kB | ` +
        `${m.max < PDF_TARGET_SECONDS ? "yes" : "**no**"} |`,
    ),
  ].join("\n");
}

// --- Calendar export (.ics) ----------------------------------------------------------

interface IcsMeasurement {
  label: string;
  runs: number;
  /** Milliseconds per run, in the order measured. */
  ms: number[];
  median: number;
  max: number;
  warmUpMs: number;
  /** VEVENTs in the calendar. */
  events: number;
  bytes: number;
}

const countEvents = (ics: string) => ics.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;

/** One warm-up, then `runs` timed calls; each must produce a calendar of `expected` events. */
async function timeIcs(label: string, runs: number, expected: number, once: () => string | Promise<string>): Promise<IcsMeasurement> {
  const timed = async () => {
    const started = performance.now();
    const ics = await once();
    const ms = performance.now() - started;
    const events = countEvents(ics);
    if (events !== expected) throw new Error(`${label}: ${events} VEVENTs, expected ${expected}`);
    return { ms, bytes: Buffer.byteLength(ics) };
  };
  const warmUp = await timed();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push((await timed()).ms);
  return { label, runs, ms, median: median(ms), max: Math.max(...ms), warmUpMs: warmUp.ms, events: expected, bytes: warmUp.bytes };
}

/**
 * In the bench process, on the benchmark database while the server is idle: the .ics builder
 * alone on the subscription's events (read once, as subscriptionFeed reads them), and the whole
 * feed as the route computes it (token lookup, every partnership's year, the builder).
 */
async function measureIcsInProcess(kalender: NationalSeedResult["kalender"], origin: string): Promise<IcsMeasurement[]> {
  const db = await openDatabase(DB_FILE);
  try {
    const thisYear = Number(isoToday().slice(0, 4));
    const years: { year: number; events: Awaited<ReturnType<typeof loadYearEvents>>; titlePrefix: string }[] = [];
    for (const p of await visiblePartnerships(db, kalender.userId)) {
      for (const year of [thisYear, thisYear + 1]) years.push({ year, events: await loadYearEvents(db, p, year), titlePrefix: `${p.officeName}: ` });
    }
    const build = () =>
      buildCalendar(
        years.flatMap(({ year, events, titlePrefix }) => toCalendarEvents(events, year, { origin, titlePrefix })),
        "Årshjul – Partnerskapsrommet",
      );
    const feed = async () => {
      const ics = await subscriptionFeed(db, kalender.token, origin);
      if (ics === null) throw new Error("subscriptionFeed refused the fylkesdirektør's token");
      return ics;
    };
    return [
      await timeIcs(`.ics builder in-process (toCalendarEvents + buildCalendar, ${kalender.events} events)`, ICS_BUILD_RUNS, kalender.events, build),
      await timeIcs(`subscriptionFeed in-process (queries + builder, ${kalender.partnerships} partnerships)`, ICS_RUNS, kalender.events, feed),
    ];
  } finally {
    await closeDatabase(db);
  }
}

/** One whole GET of a feed: 200, a calendar content type; returns the text. */
async function downloadIcs(base: string, route: Route): Promise<string> {
  const res = await fetch(base + route.path, { headers: requestHeaders(route, base), redirect: "manual" });
  const body = await res.text();
  const type = res.headers.get("content-type") ?? "";
  if (res.status !== 200 || !type.startsWith("text/calendar") || !body.startsWith("BEGIN:VCALENDAR")) {
    throw new Error(`${route.label}: expected a calendar, got ${res.status} ${type} ${body.slice(0, 200)}`);
  }
  return body;
}

function icsTable(rows: IcsMeasurement[]): string {
  const ms = (n: number) => n.toFixed(n < 10 ? 1 : 0);
  return [
    "| Calendar (.ics) | Events | Runs | Median ms | Max ms | Warm-up ms | Size | Target met |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map(
      (m) =>
        `| ${m.label} | ${m.events} | ${m.runs} | ${ms(m.median)} | ${ms(m.max)} | ${ms(m.warmUpMs)} | ${(m.bytes / 1024).toFixed(0)} kB | ` +
        `${m.max < ICS_TARGET_MS ? "yes" : "**no**"} |`,
    ),
  ].join("\n");
}

// --- Report ------------------------------------------------------------------------

/** What the target is measured on: for a password-checking route, the time beyond scrypt alone. */
const beyondHashing = (m: Measurement, latency: "p50" | "p97_5") => Math.max(0, m[latency] - (m.hashing?.[latency] ?? 0));

function targetMet(m: Measurement): boolean | null {
  if (m.baselineRps === undefined) return null;
  // No response completed within the measurement (a loaded machine, a short BENCH_DURATION): nothing to judge as met.
  if (m.failures > 0 || m.requests === 0) return false;
  if (m.hashing) {
    // scrypt caps its throughput far below /api/health's by design, so no req/s ratio here.
    if (m.connections === 1) return beyondHashing(m, "p50") < m.targets.p50At1;
    if (m.connections === 10) return beyondHashing(m, "p97_5") < m.targets.p97_5At10;
    return null;
  }
  if (m.connections === 1) return m.p50 < m.targets.p50At1;
  if (m.connections === 10) return m.p97_5 < m.targets.p97_5At10 && m.rps / m.baselineRps >= m.targets.ratioAt10;
  return null;
}

function table(rows: Measurement[]): string {
  // autocannon records whole milliseconds; 0 means under one.
  const ms = (n: number) => (n === 0 ? "<1" : n.toFixed(n < 10 && !Number.isInteger(n) ? 1 : 0));
  const lines = [
    "| Route | Connections | Req/s | p50 ms | p97.5 ms | p99 ms | % of /api/health | Target met |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const m of rows) {
    const met = targetMet(m);
    lines.push(
      `| ${m.route} | ${m.connections} | ${m.rps.toFixed(0)} | ${ms(m.p50)} | ${ms(m.p97_5)} | ${ms(m.p99)} | ` +
        `${m.baselineRps === undefined ? "100 %" : `${((100 * m.rps) / m.baselineRps).toFixed(0)} %`} | ` +
        `${met === null ? "–" : met ? "yes" : "**no**"}${m.failures > 0 ? ` (${m.failures} failed)` : ""}` +
        `${m.requests === 0 ? " (no response completed within the measurement)" : ""}` +
        `${m.hashing ? ` (without scrypt: p50 ≈ ${ms(beyondHashing(m, "p50"))}, p97.5 ≈ ${ms(beyondHashing(m, "p97_5"))})` : ""} |`,
    );
  }
  return lines.join("\n");
}

// --- Browser ------------------------------------------------------------------------

/** The signed-in pages (GET routes) as the browser loads them, and the sign-in page signed out. */
function browserPagesOf(pages: readonly Route[]): BrowserPage[] {
  return [
    ...pages
      .filter((route) => !route.post)
      .map((route) => ({ label: route.label, path: route.path, cookies: route.jar, expect: route.expect[0] ?? "" })),
    { label: "/logg-inn (signed out)", path: "/logg-inn", cookies: null, expect: "Logg inn" },
  ];
}

async function runBrowser(base: string, pages: readonly Route[]): Promise<BrowserMeasurement[]> {
  const found = findPdfBrowser();
  if (found.path === null) throw new Error(`the browser part needs Chromium: ${found.reason}`);
  const targets = browserPagesOf(pages);
  for (const route of pages) if (route.jar && hasCookieCache(route.jar)) await refreshSession(base, route.jar);
  log(`browser: ${targets.length} pages in ${found.path}, ${BROWSER_RUNS} runs each per window`);
  return measureBrowser({ base, chromiumPath: found.path, pages: targets, runs: BROWSER_RUNS, log });
}

/** Whether the server gzips its answers (next.config.ts, HTTP_COMPRESS), as the numbers were taken. */
const compressionNote = () =>
  process.env.HTTP_COMPRESS === "0" ? "compression off in Next (HTTP_COMPRESS=0: left to a proxy)" : "gzip compression on in Next (the default)";

// --- Main --------------------------------------------------------------------------

/** The mail burst, in this process: a loopback SMTP server and the outbox on a database of its own. */
async function runMail(): Promise<MailMeasurement> {
  log(`mail burst: ${MAIL_BURST} messages`);
  const m = await measureMailBurst({ messages: MAIL_BURST, log });
  log(
    `mail burst: ${m.messages} in ${m.totalSeconds.toFixed(1)} s (${m.messagesPerSecond.toFixed(0)}/s delivering), ` +
      `lost ${m.lost}, duplicates ${m.duplicates}, unsent ${m.unsentRows}`,
  );
  return m;
}

/** The routes measured on one seeded database, and the sessions of the people who request them. */
interface Routes {
  health: Route;
  pages: Route[];
  pdf: Route;
  feed: Route;
  /** The Nav-leder's session: whether the cookie cache is on is read from it. */
  navLeder: CookieJar;
}

/** Signs the seeded people in on `base` and names the routes (the same for both dialects: the seed is deterministic). */
async function routesOf(base: string, seeded: Seeded): Promise<Routes> {
  const navLeder = await signIn(base, seeded.sample.navLederEmail);
  const direktor = await signIn(base, seeded.fylkesdirektor.email);
  // The Nav-leder of the mulighetsrom partnership: a participant who may see named answers.
  const mr = seeded.mulighetsrom;
  const mrLeder = await signIn(base, mr.navLederEmail);
  // The sample partnership's lederavtale: this year's draft, signed by the kommune; the Nav-leder has not signed.
  const la = seeded.lederavtale;
  if (la.partnershipSlug !== seeded.sample.partnershipSlug) throw new Error("the lederavtale is expected in the sample partnership");
  // The sample partnership's virksomhetsplan for this year: approved by both owners and published.
  const vp = seeded.virksomhetsplan;
  if (vp.partnershipSlug !== seeded.sample.partnershipSlug) throw new Error("the virksomhetsplan is expected in the sample partnership");
  const vpSize = planSize(seeded);
  const vpPath = `/partnerskap/${vp.partnershipSlug}/virksomhetsplan/${vp.year}`;
  // The sample partnership's årshjul for this year and its meetings (issue 5).
  const aw = seeded.arshjul;
  const mo = seeded.moter;
  if (aw.partnershipSlug !== seeded.sample.partnershipSlug || mo.partnershipSlug !== seeded.sample.partnershipSlug) {
    throw new Error("the årshjul and the meetings are expected in the sample partnership");
  }
  const cal = seeded.kalender;
  const fylkeName = seeded.fylkesdirektor.fylkeName;
  const fylkeCount = seeded.fylker.find((f) => f.slug === seeded.fylkesdirektor.fylkeSlug)?.partnerships ?? 0;

  const health: Route = { label: "/api/health", path: "/api/health", jar: null, expect: ['"database":"ok"'] };
  const pages: Route[] = [
    { label: "/ (Nav-leder)", path: "/", jar: navLeder, expect: ["Mine partnerskap", seeded.sample.officeName] },
    {
      label: `/partnerskap/${seeded.sample.partnershipSlug}`,
      path: `/partnerskap/${seeded.sample.partnershipSlug}`,
      jar: navLeder,
      expect: [seeded.sample.officeName, "Din rolle:"],
    },
    {
      label: `/fylke/${seeded.fylkesdirektor.fylkeSlug} (${fylkeCount} partnerships)`,
      path: `/fylke/${seeded.fylkesdirektor.fylkeSlug}`,
      jar: direktor,
      expect: [`Nav ${fylkeName}: alle partnerskap`, `${fylkeCount} partnerskap i fylket`],
    },
    {
      label: `/ (fylkesdirektør, ${fylkeCount} partnerships)`,
      path: "/",
      jar: direktor,
      expect: ["Mine partnerskap", `Nav ${fylkeName}: alle partnerskap`, seeded.sample.officeName],
    },
    {
      label: `/partnerskap/${mr.partnershipSlug}/mulighetsrom (${mr.occasions.length} assessments)`,
      path: `/partnerskap/${mr.partnershipSlug}/mulighetsrom`,
      jar: mrLeder,
      expect: ["Mulighetsrom", mr.occasions[0]!, mr.occasions.at(-1)!],
    },
    {
      label: `/partnerskap/${mr.partnershipSlug}/mulighetsrom/[id] (${mr.participants} participants)`,
      path: `/partnerskap/${mr.partnershipSlug}/mulighetsrom/${mr.assessmentId}`,
      jar: mrLeder,
      expect: [mr.occasions[0]!, "Økonomisk handlingsrom"],
    },
    {
      label: `/partnerskap/${la.partnershipSlug}/lederavtale/${la.year} (draft, 1 of 3 signed)`,
      path: `/partnerskap/${la.partnershipSlug}/lederavtale/${la.year}`,
      jar: navLeder,
      expect: [`Lederavtale ${la.year}`, "Nav-lederens ansvar"],
    },
    {
      label: `${vpPath} (${vpSize})`,
      path: vpPath,
      jar: navLeder,
      expect: [`Felles virksomhetsplan ${vp.year}`, vp.firstFocusArea, vp.lastFocusArea, vp.firstIndicator],
      targets: LARGE_PAGE_TARGETS,
    },
    {
      label: `/partnerskap/${aw.partnershipSlug}/arshjul/${aw.year} (${aw.events} events)`,
      path: `/partnerskap/${aw.partnershipSlug}/arshjul/${aw.year}`,
      jar: navLeder,
      expect: [`Årshjul ${aw.year}`, "Hendelser måned for måned", aw.firstOwnTitle, aw.lastOwnTitle],
      targets: LARGE_PAGE_TARGETS,
    },
    {
      label: `/partnerskap/${mo.partnershipSlug}/moter (${mo.meetings} meetings)`,
      path: `/partnerskap/${mo.partnershipSlug}/moter`,
      jar: navLeder,
      expect: ["Partnerskapsmøter", `Møter i ${mo.years[0]}`, mo.oldestTitle, mo.newestTitle],
    },
    {
      // The Nav-leder signs with the right password, but the text changed since they opened it:
      // the whole signing path (session, access, refusal count, scrypt, the version and its
      // signatures, the canonical hash) up to the insert, refused with 409 and writing nothing.
      label: "POST /api/trpc/leaderAgreement.sign (right password, stale text: 409)",
      path: "/api/trpc/leaderAgreement.sign",
      jar: navLeder,
      post: {
        body: JSON.stringify({
          json: { partnership: la.partnershipSlug, versionId: la.versionId, expectedHash: la.staleHash, password: PASSWORD },
        }),
      },
      status: 409,
      expect: ["Teksten er endret etter at du åpnet den", '"code":"CONFLICT"'],
      hashes: true,
    },
  ];
  const pdf: Route = { label: `GET ${vpPath}/eksport/pdf (${vpSize})`, path: `${vpPath}/eksport/pdf`, jar: navLeder, expect: [] };
  // No session: the secret in the URL is the key. The label leaves the secret out.
  const feed: Route = {
    label: `GET /api/kalender/[token] (fylkesdirektør: ${cal.events} events, ${cal.partnerships} partnerships)`,
    path: `/api/kalender/${cal.token}`,
    jar: null,
    expect: [],
  };
  return { health, pages, pdf, feed, navLeder };
}

const planSize = (seeded: Seeded) => {
  const vp = seeded.virksomhetsplan;
  return `${vp.focusAreas} satsingsområder, ${vp.activities} activities, ${vp.indicators} indicators × ${vp.valuesPerIndicator} values`;
};

/** Checks every page answers as it should (status, texts); answers the response sizes. */
async function verifyAll(base: string, routes: Routes): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const route of [routes.health, ...routes.pages]) sizes.set(route.label, await verify(base, route));
  return sizes;
}

const sessionNote = (routes: Routes) =>
  hasCookieCache(routes.navLeder)
    ? "read from better-auth's cookie cache (renewed before each measurement)"
    : "looked up in the database on every request (no cookie cache)";

/** Warns when the measurements would drift or the machine is busy; answers the 1-minute load average. */
function checkConditions(routes: Routes): number {
  if (hasCookieCache(routes.navLeder) && WARMUP + DURATION > 50) {
    log("warning: better-auth's cookie cache lives 60 s; longer measurements will drift into database session lookups");
  }
  const load = os.loadavg()[0]!;
  if (load > os.cpus().length) {
    log(`warning: load average ${load.toFixed(1)} on ${os.cpus().length} CPUs; something else is busy and the numbers will be noisy`);
  }
  return load;
}

let hashingCosts: Map<number, HashingCost> | null = null;

/** scrypt alone, at each concurrency, measured once per run (in this process, with the servers idle). */
async function hashingAt(passwordHash: string): Promise<Map<number, HashingCost>> {
  if (hashingCosts) return hashingCosts;
  const costs = new Map<number, HashingCost>();
  for (const connections of CONNECTIONS) {
    const cost = await measureHashing(passwordHash, connections);
    costs.set(connections, cost);
    log(`scrypt (verifyPassword) ×${connections} at once: p50 ${cost.p50.toFixed(0)} ms, p97.5 ${cost.p97_5.toFixed(0)} ms (${cost.calls} calls)`);
  }
  hashingCosts = costs;
  return costs;
}

/** Every page at each connection count, between two runs of /api/health on the same server (the baseline). */
async function measurePages(base: string, routes: Routes, hashing: Map<number, HashingCost>, dialect: string): Promise<Measurement[]> {
  const { health, pages } = routes;
  const rows: Measurement[] = [];
  for (const connections of CONNECTIONS) {
    // The baseline is measured before and after the pages; its mean is what the pages are divided by.
    const before = await measure(base, health, connections);
    const measured: Measurement[] = [];
    for (const route of pages) {
      const m = await measure(base, route, connections);
      log(`${dialect}: ${route.label} @${connections}: ${m.rps.toFixed(0)} req/s, p97.5 ${m.p97_5} ms`);
      measured.push(route.hashes ? { ...m, hashing: hashing.get(connections) } : m);
    }
    const after = await measure(base, health, connections);
    const baseline = (before.rps + after.rps) / 2;
    log(`${dialect}: /api/health @${connections}: ${before.rps.toFixed(0)} before, ${after.rps.toFixed(0)} after`);
    rows.push({
      ...before,
      rps: baseline,
      p50: (before.p50 + after.p50) / 2,
      p97_5: Math.max(before.p97_5, after.p97_5),
      p99: Math.max(before.p99, after.p99),
      failures: before.failures + after.failures,
    });
    for (const m of measured) rows.push({ ...m, baselineRps: baseline });
    // Re-verify: a session that lapsed mid-run would have turned pages into redirects.
    for (const route of pages) await verify(base, route);
  }
  return [health, ...pages].flatMap((route) => rows.filter((r) => r.route === route.label));
}

/** A path as the log shows it: relative inside the repository, absolute outside (BENCH_DATA_DIR elsewhere). */
const shownPath = (file: string) => (path.relative(ROOT, file).startsWith("..") ? file : path.relative(ROOT, file));

const buildNote = () => `${SKIP_BUILD ? "existing build" : "fresh build"}${IN_PLACE ? " in place" : " of a copy of the working tree"}`;
const machineNote = () => `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`;

function writeResults(name: string, title: string, output: string, json: unknown) {
  console.log(`\n${output}\n`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, `${name}.md`), `# ${title}\n\n${output}\n`);
  fs.writeFileSync(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  log(`written to ${path.relative(ROOT, path.join(RESULTS_DIR, `${name}.md`))}`);
}

/** What the results keep of a seed: no password hash, no calendar secret. */
function seedSummary(seeded: Seeded) {
  const { passwordHash: _hash, ...rest } = seeded;
  const { token: _token, ...kalender } = rest.kalender;
  return { ...rest, kalender };
}

// --- SQLite ---------------------------------------------------------------------------

interface SqliteResult {
  rows: Measurement[];
  pdfRows: PdfMeasurement[];
  icsRows: IcsMeasurement[];
  live: LiveMeasurement;
  browser: BrowserMeasurement[];
  sizes: Map<string, number>;
  session: string;
  loadBefore: number;
  loadAfter: number;
  routes: Routes;
}

/**
 * The SQLite server's part: one `next start` on the file; the pages, the calendar feed, the live
 * samling, the browser part and the PDF export. BENCH_ONLY=live and =browser write their own
 * results here and answer null.
 */
async function runSqlite(seeded: Seeded, started: number): Promise<SqliteResult | null> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  await startServer(port, path.join(DATA_DIR, "server.log"));
  log(`SQLite: next start on ${base}`);
  try {
    /** The live samling against this server; the facilitator signs in right before it. */
    const runLive = async (): Promise<LiveMeasurement> => {
      const facilitator = await signIn(base, seeded.live.facilitatorEmail);
      log(`live samling: ${LIVE_PARTICIPANTS} participants, ${LIVE_SPREAD} s`);
      const m = await measureLive({
        base,
        cookie: cookieHeader(facilitator),
        seed: seeded.live,
        dbFile: DB_FILE,
        serverPid: server!.pid!,
        participants: LIVE_PARTICIPANTS,
        spreadSeconds: LIVE_SPREAD,
        log,
      });
      log(
        `live samling: p50 ${m.p50.toFixed(0)} ms, p97.5 ${m.p97_5.toFixed(0)} ms, max ${m.max.toFixed(0)} ms; ` +
          `${m.answersStored}/${m.answersExpected} stored, ${m.submitErrors} errors, peak RSS ${m.peakRssMb.toFixed(0)} MB`,
      );
      return m;
    };

    if (ONLY === "live") {
      const live = await runLive();
      const elapsed = (performance.now() - started) / 1000;
      const output = [
        liveTable(live),
        "",
        liveNote(live),
        `Run: ${new Date().toISOString()}, BENCH_ONLY=live, ${buildNote()}, ` +
          `${machineNote()}, 1-minute load average ${os.loadavg()[0]!.toFixed(1)} after, total ${elapsed.toFixed(0)} s.`,
      ].join("\n");
      writeResults("latest-live", "BENCH_ONLY=live npm run bench", output, { live, elapsed });
      return null;
    }

    const routes = await routesOf(base, seeded);
    if (ONLY === "browser") {
      const browser = await runBrowser(base, routes.pages);
      const elapsed = (performance.now() - started) / 1000;
      const output = [
        browserTable(browser),
        "",
        browserNote(browser, BROWSER_RUNS),
        `Run: ${new Date().toISOString()}, BENCH_ONLY=browser, ${buildNote()}, ` +
          `${compressionNote()}, ${machineNote()}, 1-minute load average ${os.loadavg()[0]!.toFixed(1)} after, total ${elapsed.toFixed(0)} s.`,
      ].join("\n");
      writeResults("latest-browser", "BENCH_ONLY=browser npm run bench", output, { browser, elapsed });
      return null;
    }
    const { pages, pdf, feed } = routes;
    const cal = seeded.kalender;
    const sizes = await verifyAll(base, routes);
    const feedEvents = countEvents(await downloadIcs(base, feed));
    if (feedEvents !== cal.events || feedEvents < 500) throw new Error(`${feed.label}: ${feedEvents} VEVENTs, expected ${cal.events} (≥ 500)`);
    // Also starts Chromium, so the first timed export below is not the one that waits for it.
    await downloadPdf(base, pdf);
    const session = sessionNote(routes);
    log(`SQLite: verified ${pages.length + 3} routes; measuring ${DURATION} s each (+${WARMUP} s warm-up); session ${session}`);
    const loadBefore = checkConditions(routes);

    // scrypt alone, at each concurrency, while the server is idle.
    const hashing = await hashingAt(seeded.passwordHash);

    // The calendar export in this process, also while the server is idle.
    const icsRows = await measureIcsInProcess(cal, base);
    for (const m of icsRows) log(`${m.label}: median ${m.median.toFixed(1)} ms, max ${m.max.toFixed(1)} ms`);

    const rows = await measurePages(base, routes, hashing, "SQLite");

    // The feed over HTTP, one request at a time, before Chromium is put to work.
    const icsHttp = await timeIcs(feed.label, ICS_RUNS, cal.events, () => downloadIcs(base, feed));
    icsRows.push(icsHttp);
    log(`${icsHttp.label}: median ${icsHttp.median.toFixed(0)} ms, max ${icsHttp.max.toFixed(0)} ms (${icsHttp.ms.map((x) => x.toFixed(0)).join(", ")})`);

    // The live samling: 150 phones and the facilitator's screen on SSE, before Chromium is put to work.
    const live = await runLive();

    // The pages in a throttled browser, after the server measurements: Chromium would disturb them.
    const browser = await runBrowser(base, pages);

    // Last, with the server otherwise idle: Chromium is heavy and would disturb the pages' numbers.
    const pdfRows = [await measurePdf(base, pdf, PDF_RUNS)];
    for (const m of pdfRows) {
      log(`${m.label}: median ${m.median.toFixed(2)} s, max ${m.max.toFixed(2)} s (${m.seconds.map((x) => x.toFixed(2)).join(", ")})`);
    }
    return { rows, pdfRows, icsRows, live, browser, sizes, session, loadBefore, loadAfter: os.loadavg()[0]!, routes };
  } finally {
    await stopServerAndWait();
  }
}

// --- PostgreSQL -------------------------------------------------------------------------

interface PostgresResult {
  rows: Measurement[];
  live: LiveMeasurement;
  sizes: Map<string, number>;
  session: string;
  loadBefore: number;
  loadAfter: number;
  routes: Routes;
  instances: { name: string; base: string }[];
}

/**
 * The PostgreSQL part (issue 17): two `next start` instances of the same build on one database;
 * the pages on instance A against A's own /api/health, then the live samling with the phones
 * spread over A and B and the facilitator's screen on B.
 */
async function runPostgres(seeded: PostgresSeed, database: BenchPostgres): Promise<PostgresResult> {
  const portA = await freePort();
  let portB = await freePort();
  while (portB === portA) portB = await freePort();
  const env = serverEnv(database.url);
  try {
    const [a, b] = await Promise.all([
      startInstance({ name: "instance A", nextBin: NEXT_BIN, appDir: APP_DIR, port: portA, env, logFile: path.join(DATA_DIR, "server-postgres-a.log") }),
      startInstance({ name: "instance B", nextBin: NEXT_BIN, appDir: APP_DIR, port: portB, env, logFile: path.join(DATA_DIR, "server-postgres-b.log") }),
    ]);
    log(`PostgreSQL: next start on ${a.base} (A) and ${b.base} (B), both on database ${database.name}`);
    const routes = await routesOf(a.base, seeded);
    const sizes = await verifyAll(a.base, routes);
    // Sessions are rows in the shared database: the Nav-leder signed in on A is signed in on B.
    await verify(b.base, routes.pages[0]!);
    const session = sessionNote(routes);
    log(`PostgreSQL: verified ${routes.pages.length + 1} routes on A (and a session of A's on B); session ${session}`);
    const loadBefore = checkConditions(routes);
    const hashing = await hashingAt(seeded.passwordHash);
    const rows = await measurePages(a.base, routes, hashing, "PostgreSQL");

    // The facilitator's screen on B, its own connection; the phones alternate between A and B.
    const facilitator = await signIn(b.base, seeded.live.facilitatorEmail);
    log(`PostgreSQL live samling: ${LIVE_PARTICIPANTS} participants over A and B, the facilitator on B, ${LIVE_SPREAD} s`);
    const live = await measureLive({
      base: b.base,
      cookie: cookieHeader(facilitator),
      seed: seeded.live,
      storedAnswers: () => countStoredAnswers(database.url, seeded.live.taskId),
      serverPids: [a.pid, b.pid],
      phoneBases: [
        { name: "instance A", base: a.base },
        { name: "instance B", base: b.base },
      ],
      participants: LIVE_PARTICIPANTS,
      spreadSeconds: LIVE_SPREAD,
      log,
    });
    log(
      `PostgreSQL live samling: p50 ${live.p50.toFixed(0)} ms, p97.5 ${live.p97_5.toFixed(0)} ms, max ${live.max.toFixed(0)} ms; ` +
        `${live.answersStored}/${live.answersExpected} stored, ${live.submitErrors} errors` +
        (live.byInstance ?? []).map((s) => `; via ${s.instance}: p97.5 ${s.p97_5.toFixed(0)} ms`).join(""),
    );
    return {
      rows,
      live,
      sizes,
      session,
      loadBefore,
      loadAfter: os.loadavg()[0]!,
      routes,
      instances: [
        { name: a.name, base: a.base },
        { name: b.name, base: b.base },
      ],
    };
  } finally {
    await stopInstances();
  }
}

function postgresNote(pg: PostgresResult, seeded: PostgresSeed, database: BenchPostgres): string {
  return (
    `PostgreSQL (issue 17): PostgreSQL ${database.serverVersion} at ${redactedUrl(benchPostgresServer())}, a fresh database ${database.name} (dropped at the end), ` +
    `seeded with the same national seed and live samling in ${seeded.seconds.toFixed(0)} s (in a process of its own, through the app's domain functions) and ANALYZEd. ` +
    `Two \`next start\` instances of the same build on it (DATABASE_URL, a pool of ${process.env.DATABASE_POOL_SIZE || 10} clients each), started after the SQLite server had stopped. ` +
    `Pages: the same routes measured on instance A as on SQLite (${DURATION} s after ${WARMUP} s warm-up per route and connection count, session ${pg.session}), ` +
    `each as a share of instance A's own /api/health (a round trip to PostgreSQL: \`select 1\`), measured before and after the pages; instance B idle meanwhile. ` +
    `Side by side, each dialect's share is of its own /api/health in this run; the last column divides PostgreSQL's share by SQLite's ` +
    `(above 1: the page loses less against its dialect's baseline on PostgreSQL). ` +
    `Live samling: phone n joins, listens and submits on instance ${pg.instances.map((i) => i.name.replace("instance ", "")).join(" or ")} (n mod 2); the facilitator's screen signs in on instance B and holds its own stream there, ` +
    `so the answers submitted on A reach it only through PostgreSQL (the event row and its NOTIFY, read by B's LISTEN client). ` +
    `Stored: workshop_answer rows of the task counted in the database afterwards, against the answers the phones sent. ` +
    `1-minute load average ${pg.loadBefore.toFixed(1)} before the pages, ${pg.loadAfter.toFixed(1)} after the live samling.`
  );
}

// --- The report ----------------------------------------------------------------------------

function targetsNote(routes: Routes): string {
  const ownTargets = routes.pages.filter((route) => route.targets);
  return (
    `Targets: at 10 connections p97.5 < ${TARGETS.p97_5At10} ms and ≥ ${TARGETS.ratioAt10 * 100} % of /api/health's req/s; ` +
    `at 1 connection p50 < ${TARGETS.p50At1} ms. /api/health: mean of a run before and after the pages ` +
    `(p97.5/p99: the worse of the two).` +
    ownTargets
      .map((route) => {
        const t = targetsOf(route);
        return ` ${route.label} has its own: at 10 connections p97.5 < ${t.p97_5At10} ms and ≥ ${t.ratioAt10 * 100} % of /api/health's req/s; at 1 connection p50 < ${t.p50At1} ms.`;
      })
      .join("")
  );
}

const signingNote = (hashing: Map<number, HashingCost>) =>
  `Signing: a lederavtale version is signed once per person, so \`leaderAgreement.sign\` is measured as the Nav-leder signing ` +
  `with the right password a text that changed since it was opened: everything up to the insert, refused with 409, nothing written. ` +
  `Its password check is scrypt (better-auth's verifyPassword, on libuv's thread pool), deliberately slow and excluded from the target: ` +
  `its cost alone, measured in the bench process at the same concurrency, is ` +
  `${[...hashing.values()].map((h) => `${h.concurrency} at a time: p50 ${h.p50.toFixed(0)} ms, p97.5 ${h.p97_5.toFixed(0)} ms (${h.calls} calls)`).join("; ")}. ` +
  `The signing row's target is on its latency minus scrypt's at the same percentile (an estimate; percentiles do not subtract exactly), without the req/s ratio, which scrypt caps.`;

function dataNote(seeded: Seeded, sizes: Map<string, number>): string {
  const { mulighetsrom: mr, lederavtale: la, virksomhetsplan: vp, arshjul: aw, moter: mo } = seeded;
  return (
    `Data: ${seeded.partnerships} partnerships in ${seeded.fylker.length} fylker, ${seeded.people} people; ` +
    `${mr.officeName} has ${mr.occasions.length} mulighetsrom assessments, the newest open with ${mr.participants} participants who all handed in; ` +
    `${seeded.sample.officeName} has a lederavtale for ${la.year - 1} signed by all three parties and a ${la.year} draft signed by the kommune, ` +
    `and a virksomhetsplan for ${vp.year} (${planSize(seeded)}) approved by the kommune and Nav fylke and published; ` +
    `its årshjul for ${aw.year} has ${aw.events} events (${aw.templateCopies} template copies, ${aw.own} own, ${aw.derived} from meetings), ` +
    `and it has ${mo.meetings} meetings in ${mo.years.join("–")} (${mo.held} held, ${mo.locked} with locked minutes, ${mo.cancelled} cancelled, ${mo.upcoming} upcoming; ` +
    `${mo.decisions} decisions, ${mo.followUps} follow-ups of which ${mo.openFollowUps} open). ` +
    `Response sizes: ${[...sizes].map(([label, bytes]) => `${label} ${(bytes / 1024).toFixed(0)} kB`).join(", ")}.`
  );
}

const asDialectRows = (rows: Measurement[]) =>
  rows.map(({ route, connections, rps, p50, p97_5, failures, requests, baselineRps }) => ({ route, connections, rps, p50, p97_5, failures, requests, baselineRps }));

function postgresJson(pg: PostgresResult, seeded: PostgresSeed, database: BenchPostgres) {
  return {
    server: redactedUrl(benchPostgresServer()),
    serverVersion: database.serverVersion,
    database: database.name,
    seedSeconds: seeded.seconds,
    instances: pg.instances,
    session: pg.session,
    loadBefore: pg.loadBefore,
    loadAfter: pg.loadAfter,
    rows: pg.rows,
    live: pg.live,
    sizes: Object.fromEntries(pg.sizes),
  };
}

async function main() {
  const started = performance.now();
  if (ONLY === "mail") {
    const mail = await runMail();
    const elapsed = (performance.now() - started) / 1000;
    const output = [
      mailTable(mail),
      "",
      mailNote(mail),
      `Run: ${new Date().toISOString()}, BENCH_ONLY=mail, ${machineNote()}, ` +
        `1-minute load average ${os.loadavg()[0]!.toFixed(1)} after, total ${elapsed.toFixed(0)} s.`,
    ].join("\n");
    writeResults("latest-mail", "BENCH_ONLY=mail npm run bench", output, { mail, elapsed });
    return;
  }
  // First, before the seed and the build: nothing else in this process or machine is busy yet.
  const mail = ONLY === "" ? await runMail() : null;
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const passwordHash = await hashPassword(PASSWORD);

  let database: BenchPostgres | null = null;
  try {
    // PostgreSQL's seed runs in a process of its own while the SQLite seed and the build run.
    let pgSeeding: Promise<PostgresSeed> | null = null;
    if (WANT_POSTGRES) {
      database = await createBenchDatabase();
      const seedLog = path.join(DATA_DIR, "seed-postgres.log");
      log(`PostgreSQL ${database.serverVersion}: seeding database ${database.name} in a process of its own (log: ${shownPath(seedLog)})`);
      const leftovers = await leftoverBenchDatabases();
      if (leftovers.length > 0) log(`note: databases left by earlier runs that died: ${leftovers.join(", ")} (DROP DATABASE … WITH (FORCE) when no run is using them)`);
      pgSeeding = seedPostgres(database.url, passwordHash, seedLog);
      pgSeeding.catch(() => undefined); // awaited below; a failure is reported there
    }
    const seeded = WANT_SQLITE ? await seed(passwordHash) : null;

    const buildLog = path.join(DATA_DIR, "build.log");
    if (SKIP_BUILD) {
      if (!fs.existsSync(path.join(APP_DIR, ".next", "BUILD_ID"))) {
        throw new Error(`BENCH_SKIP_BUILD=1 but there is no build in ${path.join(APP_DIR, ".next")}`);
      }
      log(`skipping next build (BENCH_SKIP_BUILD=1), serving ${APP_DIR}`);
    } else {
      if (!IN_PLACE) prepareAppCopy();
      log(`next build in ${APP_DIR} (log: ${shownPath(buildLog)})`);
      const t = performance.now();
      await run(NEXT_BIN, ["build"], buildLog);
      log(`built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    }
    const pgSeeded = pgSeeding ? await pgSeeding : null;
    if (pgSeeded) log(`PostgreSQL: seeded ${pgSeeded.partnerships} partnerships, ${pgSeeded.people} people (${pgSeeded.seconds.toFixed(1)} s)`);

    const sqlite = seeded ? await runSqlite(seeded, started) : null;
    if (WANT_SQLITE && sqlite === null) return; // BENCH_ONLY=live or =browser: written already
    const postgres = pgSeeded && database ? await runPostgres(pgSeeded, database) : null;
    const hashing = hashingCosts ?? new Map<number, HashingCost>();
    const elapsed = (performance.now() - started) / 1000;

    if (ONLY === "postgres") {
      const pg = postgres!;
      const output = [
        "PostgreSQL, two instances on one database: the pages on instance A, each as a share of instance A's /api/health.",
        "",
        table(pg.rows),
        "",
        liveSplitTable(pg.live),
        "",
        postgresNote(pg, pgSeeded!, database!),
        liveNote(pg.live),
        targetsNote(pg.routes),
        signingNote(hashing),
        dataNote(pgSeeded!, pg.sizes),
        `Run: ${new Date().toISOString()}, BENCH_ONLY=postgres, ${DURATION} s per measurement after ${WARMUP} s warm-up, ${compressionNote()}, ${buildNote()}, ` +
          `${machineNote()}, 1-minute load average ${pg.loadBefore.toFixed(1)} before measuring and ${os.loadavg()[0]!.toFixed(1)} after, total ${elapsed.toFixed(0)} s.`,
      ].join("\n");
      writeResults("latest-postgres", "BENCH_ONLY=postgres npm run bench", output, {
        postgres: postgresJson(pg, pgSeeded!, database!),
        hashing: [...hashing.values()],
        seeded: seedSummary(pgSeeded!),
        elapsed,
      });
      return;
    }

    const tables: string[] = [];
    const notes: string[] = [];
    if (sqlite) {
      tables.push(table(sqlite.rows), "");
      if (postgres) {
        tables.push(
          "Both dialects side by side (PostgreSQL: two instances on one database, the pages measured on instance A; each dialect's share is of its own /api/health in this run):",
          "",
          dialectTable({ dialect: "SQLite", rows: asDialectRows(sqlite.rows) }, { dialect: "PostgreSQL", rows: asDialectRows(postgres.rows) }),
          "",
        );
      }
      tables.push(pdfTable(sqlite.pdfRows), "", icsTable(sqlite.icsRows), "", liveTable(sqlite.live), "");
      if (postgres) tables.push(liveSplitTable(postgres.live), "");
      tables.push(browserTable(sqlite.browser), "");
    } else if (postgres) {
      tables.push("PostgreSQL, two instances on one database: the pages on instance A, each as a share of instance A's /api/health.", "", table(postgres.rows), "", liveSplitTable(postgres.live), "");
    }
    if (mail) tables.push(mailTable(mail), "");

    const routes = (sqlite ?? postgres)!.routes;
    notes.push(targetsNote(routes), signingNote(hashing));
    if (sqlite) {
      const cal = seeded!.kalender;
      notes.push(
        `PDF export: sequential single requests as the Nav-leder, after the pages: one warm-up, then ${PDF_RUNS} timed downloads of the whole file ` +
          `(${sqlite.pdfRows.map((m) => `${m.label}: ${m.seconds.map((x) => x.toFixed(2)).join(", ")} s`).join("; ")}). Target: every run under ${PDF_TARGET_SECONDS} s.`,
        `Calendar export: the fylkesdirektør's subscription of ${cal.events} events (${cal.partnerships} partnerships, ${cal.wheels} with this year's wheel started), ` +
          `each run after one warm-up and checked to hold all ${cal.events} VEVENTs: the builder alone and the whole feed in the bench process while the server was idle, ` +
          `then GET /api/kalender/<token> over HTTP one at a time after the pages ` +
          `(${sqlite.icsRows.map((m) => `${m.label}: ${m.ms.map((x) => x.toFixed(0)).join(", ")} ms`).join("; ")}). Target: every run under ${ICS_TARGET_MS} ms.`,
        liveNote(sqlite.live),
      );
    }
    if (postgres) notes.push(postgresNote(postgres, pgSeeded!, database!), `PostgreSQL's ${liveNote(postgres.live)}`);
    if (sqlite) notes.push(browserNote(sqlite.browser, BROWSER_RUNS));
    if (mail) notes.push(mailNote(mail));
    notes.push(dataNote((seeded ?? pgSeeded)!, (sqlite ?? postgres)!.sizes));
    const loadBefore = (sqlite ?? postgres)!.loadBefore;
    notes.push(
      `Run: ${new Date().toISOString()}, ${DURATION} s per measurement after ${WARMUP} s warm-up, session ${(sqlite ?? postgres)!.session}, ${compressionNote()}, ` +
        `dialects ${[sqlite && "SQLite", postgres && "PostgreSQL"].filter(Boolean).join(" and ")}, ${buildNote()}, ${machineNote()}, ` +
        `1-minute load average ${loadBefore.toFixed(1)} before measuring and ${os.loadavg()[0]!.toFixed(1)} after, total ${elapsed.toFixed(0)} s.`,
    );
    const output = [...tables, ...notes].join("\n");
    writeResults("latest", "npm run bench", output, {
      dialects: [sqlite && "sqlite", postgres && "postgres"].filter(Boolean),
      rows: sqlite?.rows ?? [],
      pdf: sqlite?.pdfRows ?? [],
      ics: sqlite?.icsRows ?? [],
      live: sqlite?.live ?? null,
      browser: sqlite?.browser ?? [],
      mail,
      hashing: [...hashing.values()],
      seeded: seedSummary((seeded ?? pgSeeded)!),
      postgres: postgres ? postgresJson(postgres, pgSeeded!, database!) : null,
      elapsed,
    });
  } finally {
    if (database) {
      await stopInstances();
      await database.drop().then(
        () => log(`PostgreSQL: dropped database ${database!.name}`),
        (error: unknown) => log(`PostgreSQL: could not drop ${database!.name}: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopServer();
    stopInstancesNow();
    // The PostgreSQL database goes too (WITH (FORCE) ends the instances' connections); at most 15 s.
    setTimeout(() => process.exit(130), 15_000).unref();
    void dropBenchDatabases().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  stopServer();
  stopInstancesNow();
  await dropBenchDatabases();
}
