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
import { createDatabase } from "~/db/connection";
import { seedNational, type NationalSeedResult } from "~/db/seed/national";
import { buildCalendar, toCalendarEvents } from "~/server/domain/annual-cycle/ics";
import { subscriptionFeed, visiblePartnerships } from "~/server/domain/annual-cycle/subscriptions";
import { loadYearEvents } from "~/server/domain/annual-cycle/view";
import { isoToday } from "~/lib/dates";
import { findPdfBrowser } from "~/server/export/pdf-browser.mjs";
import { browserNote, browserTable, measureBrowser, type BrowserMeasurement, type BrowserPage } from "./browser";
import { liveNote, liveTable, measureLive, seedLive, type LiveMeasurement, type LiveSeed } from "./live";
import { mailNote, mailTable, measureMailBurst, type MailMeasurement } from "./mail";
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
if (ONLY !== "" && ONLY !== "live" && ONLY !== "mail" && ONLY !== "browser") {
  throw new Error(`BENCH_ONLY: "${ONLY}" is not a scenario this benchmark can run alone ("live", "mail" or "browser")`);
}

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

async function seed(): Promise<NationalSeedResult & { passwordHash: string; live: LiveSeed }> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(DB_FILE + suffix, { force: true });
  const started = performance.now();
  const passwordHash = await hashPassword(PASSWORD);
  const db = createDatabase(DB_FILE);
  try {
    const result = seedNational(db, passwordHash);
    const live = seedLive(db, passwordHash);
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.exec("ANALYZE");
    log(
      `seeded ${result.partnerships} partnerships in ${result.fylker.length} fylker, ${result.people} people ` +
        `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    return { ...result, passwordHash, live };
  } finally {
    db.$client.close();
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

function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: DB_FILE,
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
  const db = createDatabase(DB_FILE);
  try {
    const thisYear = Number(isoToday().slice(0, 4));
    const years = visiblePartnerships(db, kalender.userId).flatMap((p) =>
      [thisYear, thisYear + 1].map((year) => ({ year, events: loadYearEvents(db, p, year), titlePrefix: `${p.officeName}: ` })),
    );
    const build = () =>
      buildCalendar(
        years.flatMap(({ year, events, titlePrefix }) => toCalendarEvents(events, year, { origin, titlePrefix })),
        "Årshjul – Partnerskapsrommet",
      );
    const feed = () => {
      const ics = subscriptionFeed(db, kalender.token, origin);
      if (ics === null) throw new Error("subscriptionFeed refused the fylkesdirektør's token");
      return ics;
    };
    return [
      await timeIcs(`.ics builder in-process (toCalendarEvents + buildCalendar, ${kalender.events} events)`, ICS_BUILD_RUNS, kalender.events, build),
      await timeIcs(`subscriptionFeed in-process (queries + builder, ${kalender.partnerships} partnerships)`, ICS_RUNS, kalender.events, feed),
    ];
  } finally {
    db.$client.close();
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
  if (m.failures > 0) return false;
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

async function main() {
  const started = performance.now();
  if (ONLY === "mail") {
    const mail = await runMail();
    const elapsed = (performance.now() - started) / 1000;
    const output = [
      mailTable(mail),
      "",
      mailNote(mail),
      `Run: ${new Date().toISOString()}, BENCH_ONLY=mail, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ` +
        `1-minute load average ${os.loadavg()[0]!.toFixed(1)} after, total ${elapsed.toFixed(0)} s.`,
    ].join("\n");
    console.log(`\n${output}\n`);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, "latest-mail.md"), `# BENCH_ONLY=mail npm run bench\n\n${output}\n`);
    fs.writeFileSync(path.join(RESULTS_DIR, "latest-mail.json"), `${JSON.stringify({ mail, elapsed }, null, 2)}\n`);
    log(`written to ${path.relative(ROOT, path.join(RESULTS_DIR, "latest-mail.md"))}`);
    return;
  }
  // First, before the seed and the build: nothing else in this process or machine is busy yet.
  const mail = ONLY === "" ? await runMail() : null;
  const seeded = await seed();
  const buildLog = path.join(DATA_DIR, "build.log");
  if (SKIP_BUILD) {
    if (!fs.existsSync(path.join(APP_DIR, ".next", "BUILD_ID"))) {
      throw new Error(`BENCH_SKIP_BUILD=1 but there is no build in ${path.join(APP_DIR, ".next")}`);
    }
    log(`skipping next build (BENCH_SKIP_BUILD=1), serving ${APP_DIR}`);
  } else {
    if (!IN_PLACE) prepareAppCopy();
    log(`next build in ${APP_DIR} (log: ${path.relative(ROOT, buildLog)})`);
    const t = performance.now();
    await run(NEXT_BIN, ["build"], buildLog);
    log(`built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  await startServer(port, path.join(DATA_DIR, "server.log"));
  log(`next start on ${base}`);

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
      `Run: ${new Date().toISOString()}, BENCH_ONLY=live, ${SKIP_BUILD ? "existing build" : "fresh build"}${IN_PLACE ? " in place" : " of a copy of the working tree"}, ` +
        `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, 1-minute load average ${os.loadavg()[0]!.toFixed(1)} after, total ${elapsed.toFixed(0)} s.`,
    ].join("\n");
    console.log(`\n${output}\n`);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, "latest-live.md"), `# BENCH_ONLY=live npm run bench\n\n${output}\n`);
    fs.writeFileSync(path.join(RESULTS_DIR, "latest-live.json"), `${JSON.stringify({ live, elapsed }, null, 2)}\n`);
    log(`written to ${path.relative(ROOT, path.join(RESULTS_DIR, "latest-live.md"))}`);
    return;
  }

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
  const vpSize =
    `${vp.focusAreas} satsingsområder, ${vp.activities} activities, ` +
    `${vp.indicators} indicators × ${vp.valuesPerIndicator} values`;
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
  if (ONLY === "browser") {
    const browser = await runBrowser(base, pages);
    const elapsed = (performance.now() - started) / 1000;
    const output = [
      browserTable(browser),
      "",
      browserNote(browser, BROWSER_RUNS),
      `Run: ${new Date().toISOString()}, BENCH_ONLY=browser, ${SKIP_BUILD ? "existing build" : "fresh build"}${IN_PLACE ? " in place" : " of a copy of the working tree"}, ` +
        `${compressionNote()}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, 1-minute load average ${os.loadavg()[0]!.toFixed(1)} after, total ${elapsed.toFixed(0)} s.`,
    ].join("\n");
    console.log(`\n${output}\n`);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, "latest-browser.md"), `# BENCH_ONLY=browser npm run bench\n\n${output}\n`);
    fs.writeFileSync(path.join(RESULTS_DIR, "latest-browser.json"), `${JSON.stringify({ browser, elapsed }, null, 2)}\n`);
    log(`written to ${path.relative(ROOT, path.join(RESULTS_DIR, "latest-browser.md"))}`);
    return;
  }
  const sizes = new Map<string, number>();
  for (const route of [health, ...pages]) sizes.set(route.label, await verify(base, route));
  const feedEvents = countEvents(await downloadIcs(base, feed));
  if (feedEvents !== cal.events || feedEvents < 500) throw new Error(`${feed.label}: ${feedEvents} VEVENTs, expected ${cal.events} (≥ 500)`);
  // Also starts Chromium, so the first timed export below is not the one that waits for it.
  await downloadPdf(base, pdf);
  const session = hasCookieCache(navLeder)
    ? "read from better-auth's cookie cache (renewed before each measurement)"
    : "looked up in SQLite on every request (no cookie cache)";
  log(`verified ${pages.length + 3} routes; measuring ${DURATION} s each (+${WARMUP} s warm-up); session ${session}`);

  if (hasCookieCache(navLeder) && WARMUP + DURATION > 50) {
    log("warning: better-auth's cookie cache lives 60 s; longer measurements will drift into database session lookups");
  }
  const loadBefore = os.loadavg()[0]!;
  if (loadBefore > os.cpus().length) {
    log(`warning: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} CPUs; something else is busy and the numbers will be noisy`);
  }

  // scrypt alone, at each concurrency, while the server is idle.
  const hashing = new Map<number, HashingCost>();
  for (const connections of CONNECTIONS) {
    const cost = await measureHashing(seeded.passwordHash, connections);
    hashing.set(connections, cost);
    log(`scrypt (verifyPassword) ×${connections} at once: p50 ${cost.p50.toFixed(0)} ms, p97.5 ${cost.p97_5.toFixed(0)} ms (${cost.calls} calls)`);
  }

  // The calendar export in this process, also while the server is idle.
  const icsRows = await measureIcsInProcess(cal, base);
  for (const m of icsRows) log(`${m.label}: median ${m.median.toFixed(1)} ms, max ${m.max.toFixed(1)} ms`);

  const rows: Measurement[] = [];
  for (const connections of CONNECTIONS) {
    // The baseline is measured before and after the pages; its mean is what the pages are divided by.
    const before = await measure(base, health, connections);
    const measured: Measurement[] = [];
    for (const route of pages) {
      const m = await measure(base, route, connections);
      log(`${route.label} @${connections}: ${m.rps.toFixed(0)} req/s, p97.5 ${m.p97_5} ms`);
      measured.push(route.hashes ? { ...m, hashing: hashing.get(connections) } : m);
    }
    const after = await measure(base, health, connections);
    const baseline = (before.rps + after.rps) / 2;
    log(`/api/health @${connections}: ${before.rps.toFixed(0)} before, ${after.rps.toFixed(0)} after`);
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

  const elapsed = (performance.now() - started) / 1000;
  const ownTargets = pages.filter((route) => route.targets);
  const ordered = [health, ...pages].flatMap((route) => rows.filter((r) => r.route === route.label));
  const output = [
    table(ordered),
    "",
    pdfTable(pdfRows),
    "",
    icsTable(icsRows),
    "",
    liveTable(live),
    "",
    browserTable(browser),
    "",
    ...(mail ? [mailTable(mail), ""] : []),
    `Targets: at 10 connections p97.5 < ${TARGETS.p97_5At10} ms and ≥ ${TARGETS.ratioAt10 * 100} % of /api/health's req/s; ` +
      `at 1 connection p50 < ${TARGETS.p50At1} ms. /api/health: mean of a run before and after the pages ` +
      `(p97.5/p99: the worse of the two).` +
      ownTargets
        .map((route) => {
          const t = targetsOf(route);
          return ` ${route.label} has its own: at 10 connections p97.5 < ${t.p97_5At10} ms and ≥ ${t.ratioAt10 * 100} % of /api/health's req/s; at 1 connection p50 < ${t.p50At1} ms.`;
        })
        .join(""),
    `Signing: a lederavtale version is signed once per person, so \`leaderAgreement.sign\` is measured as the Nav-leder signing ` +
      `with the right password a text that changed since it was opened: everything up to the insert, refused with 409, nothing written. ` +
      `Its password check is scrypt (better-auth's verifyPassword, on libuv's thread pool), deliberately slow and excluded from the target: ` +
      `its cost alone, measured in the bench process at the same concurrency, is ` +
      `${[...hashing.values()].map((h) => `${h.concurrency} at a time: p50 ${h.p50.toFixed(0)} ms, p97.5 ${h.p97_5.toFixed(0)} ms (${h.calls} calls)`).join("; ")}. ` +
      `The signing row's target is on its latency minus scrypt's at the same percentile (an estimate; percentiles do not subtract exactly), without the req/s ratio, which scrypt caps.`,
    `PDF export: sequential single requests as the Nav-leder, after the pages: one warm-up, then ${PDF_RUNS} timed downloads of the whole file ` +
      `(${pdfRows.map((m) => `${m.label}: ${m.seconds.map((x) => x.toFixed(2)).join(", ")} s`).join("; ")}). Target: every run under ${PDF_TARGET_SECONDS} s.`,
    `Calendar export: the fylkesdirektør's subscription of ${cal.events} events (${cal.partnerships} partnerships, ${cal.wheels} with this year's wheel started), ` +
      `each run after one warm-up and checked to hold all ${cal.events} VEVENTs: the builder alone and the whole feed in the bench process while the server was idle, ` +
      `then GET /api/kalender/<token> over HTTP one at a time after the pages ` +
      `(${icsRows.map((m) => `${m.label}: ${m.ms.map((x) => x.toFixed(0)).join(", ")} ms`).join("; ")}). Target: every run under ${ICS_TARGET_MS} ms.`,
    liveNote(live),
    browserNote(browser, BROWSER_RUNS),
    ...(mail ? [mailNote(mail)] : []),
    `Data: ${seeded.partnerships} partnerships in ${seeded.fylker.length} fylker, ${seeded.people} people; ` +
      `${mr.officeName} has ${mr.occasions.length} mulighetsrom assessments, the newest open with ${mr.participants} participants who all handed in; ` +
      `${seeded.sample.officeName} has a lederavtale for ${la.year - 1} signed by all three parties and a ${la.year} draft signed by the kommune, ` +
      `and a virksomhetsplan for ${vp.year} (${vpSize}) approved by the kommune and Nav fylke and published; ` +
      `its årshjul for ${aw.year} has ${aw.events} events (${aw.templateCopies} template copies, ${aw.own} own, ${aw.derived} from meetings), ` +
      `and it has ${mo.meetings} meetings in ${mo.years.join("–")} (${mo.held} held, ${mo.locked} with locked minutes, ${mo.cancelled} cancelled, ${mo.upcoming} upcoming; ` +
      `${mo.decisions} decisions, ${mo.followUps} follow-ups of which ${mo.openFollowUps} open). ` +
      `Response sizes: ${[...sizes].map(([label, bytes]) => `${label} ${(bytes / 1024).toFixed(0)} kB`).join(", ")}.`,
    `Run: ${new Date().toISOString()}, ${DURATION} s per measurement after ${WARMUP} s warm-up, session ${session}, ${compressionNote()}, ` +
      `${SKIP_BUILD ? "existing build" : "fresh build"}${IN_PLACE ? " in place" : " of a copy of the working tree"}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ` +
      `1-minute load average ${loadBefore.toFixed(1)} before measuring and ${os.loadavg()[0]!.toFixed(1)} after, total ${elapsed.toFixed(0)} s.`,
  ].join("\n");

  console.log(`\n${output}\n`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, "latest.md"), `# npm run bench\n\n${output}\n`);
  const { passwordHash: _hash, ...seedSummary } = seeded;
  // The subscription's secret stays out of the results.
  const { token: _token, ...kalenderSummary } = seedSummary.kalender;
  fs.writeFileSync(
    path.join(RESULTS_DIR, "latest.json"),
    `${JSON.stringify(
      { rows: ordered, pdf: pdfRows, ics: icsRows, live, browser, mail, hashing: [...hashing.values()], seeded: { ...seedSummary, kalender: kalenderSummary }, elapsed },
      null,
      2,
    )}\n`,
  );
  log(`written to ${path.relative(ROOT, path.join(RESULTS_DIR, "latest.md"))}`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopServer();
    process.exit(130);
  });
}

try {
  await main();
} catch (error) {
  console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  stopServer();
}
