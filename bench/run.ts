/**
 * `npm run bench`: seeds a national-size dataset into its own database, starts a
 * production build against it and measures the signed-in pages with autocannon,
 * each as a ratio of /api/health measured in the same run (the machine is
 * shared and noisy; ratios travel better than absolute numbers).
 *
 * Environment:
 *   BENCH_DURATION=8      seconds measured per route and connection count
 *   BENCH_WARMUP=2        seconds of discarded warm-up before each measurement
 *   BENCH_SKIP_BUILD=1    reuse the previous build (and the source copy it was built from)
 *   BENCH_IN_PLACE=1      build and serve the repository's own .next instead of a private copy
 *   BENCH_CONNECTIONS=1,10
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
import { hashPassword } from "better-auth/crypto";
import { createDatabase } from "~/db/connection";
import { seedNational, type NationalSeedResult } from "~/db/seed/national";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATA_DIR = path.join(ROOT, "bench", ".data");
const RESULTS_DIR = path.join(ROOT, "bench", "results");
const DB_FILE = path.join(DATA_DIR, "national.db");
const IN_PLACE = process.env.BENCH_IN_PLACE === "1";
// Outside the repository, so lint, typecheck and test runs never see the copy or its build.
const APP_DIR = IN_PLACE
  ? ROOT
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

const TARGETS = { p97_5At10: 100, ratioAt10: 0.15, p50At1: 20 } as const;

function positiveNumber(name: string, fallback: number, allowZero = false): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new Error(`${name}: "${raw}" is not a valid number of seconds`);
  return n;
}

const log = (message: string) => console.log(`[bench] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// --- Seeding ---------------------------------------------------------------------

async function seed(): Promise<NationalSeedResult> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(DB_FILE + suffix, { force: true });
  const started = performance.now();
  const passwordHash = await hashPassword(PASSWORD);
  const db = createDatabase(DB_FILE);
  try {
    const result = seedNational(db, passwordHash);
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.exec("ANALYZE");
    log(
      `seeded ${result.partnerships} partnerships in ${result.fylker.length} fylker, ${result.people} people ` +
        `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    return result;
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
}

async function verify(base: string, route: Route) {
  const res = await fetch(base + route.path, {
    headers: route.jar ? { cookie: cookieHeader(route.jar) } : {},
    redirect: "manual",
  });
  const body = (await res.text()).replaceAll("<!-- -->", "");
  if (res.status !== 200) {
    throw new Error(`${route.label}: expected 200, got ${res.status} ${res.headers.get("location") ?? ""}`);
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
}

async function measure(base: string, route: Route, connections: number): Promise<Measurement> {
  if (route.jar && hasCookieCache(route.jar)) await refreshSession(base, route.jar);
  const options: autocannon.Options = {
    url: base + route.path,
    connections,
    headers: route.jar ? { cookie: cookieHeader(route.jar) } : {},
  };
  if (WARMUP > 0) await autocannon({ ...options, duration: WARMUP });
  const r = await autocannon({ ...options, duration: DURATION });
  const responses = r["2xx"] + r.non2xx;
  return {
    route: route.label,
    connections,
    rps: r.requests.average,
    p50: r.latency.p50,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    requests: r.requests.total,
    failures: r.non2xx + r.errors + r.timeouts,
    bytesPerResponse: responses > 0 ? r.throughput.total / responses : 0,
  };
}

// --- Report ------------------------------------------------------------------------

function targetMet(m: Measurement): boolean | null {
  if (m.baselineRps === undefined) return null;
  if (m.failures > 0) return false;
  if (m.connections === 1) return m.p50 < TARGETS.p50At1;
  if (m.connections === 10) return m.p97_5 < TARGETS.p97_5At10 && m.rps / m.baselineRps >= TARGETS.ratioAt10;
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
        `${met === null ? "–" : met ? "yes" : "**no**"}${m.failures > 0 ? ` (${m.failures} failed)` : ""} |`,
    );
  }
  return lines.join("\n");
}

// --- Main --------------------------------------------------------------------------

async function main() {
  const started = performance.now();
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

  const navLeder = await signIn(base, seeded.sample.navLederEmail);
  const direktor = await signIn(base, seeded.fylkesdirektor.email);
  // The Nav-leder of the mulighetsrom partnership: a participant who may see named answers.
  const mr = seeded.mulighetsrom;
  const mrLeder = await signIn(base, mr.navLederEmail);
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
  ];
  const sizes = new Map<string, number>();
  for (const route of [health, ...pages]) sizes.set(route.label, await verify(base, route));
  const session = hasCookieCache(navLeder)
    ? "read from better-auth's cookie cache (renewed before each measurement)"
    : "looked up in SQLite on every request (no cookie cache)";
  log(`verified ${pages.length + 1} routes; measuring ${DURATION} s each (+${WARMUP} s warm-up); session ${session}`);

  if (hasCookieCache(navLeder) && WARMUP + DURATION > 50) {
    log("warning: better-auth's cookie cache lives 60 s; longer measurements will drift into database session lookups");
  }
  const loadBefore = os.loadavg()[0]!;
  if (loadBefore > os.cpus().length) {
    log(`warning: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} CPUs; something else is busy and the numbers will be noisy`);
  }

  const rows: Measurement[] = [];
  for (const connections of CONNECTIONS) {
    // The baseline is measured before and after the pages; its mean is what the pages are divided by.
    const before = await measure(base, health, connections);
    const measured: Measurement[] = [];
    for (const route of pages) {
      const m = await measure(base, route, connections);
      log(`${route.label} @${connections}: ${m.rps.toFixed(0)} req/s, p97.5 ${m.p97_5} ms`);
      measured.push(m);
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

  const elapsed = (performance.now() - started) / 1000;
  const ordered = [health, ...pages].flatMap((route) => rows.filter((r) => r.route === route.label));
  const output = [
    table(ordered),
    "",
    `Targets: at 10 connections p97.5 < ${TARGETS.p97_5At10} ms and ≥ ${TARGETS.ratioAt10 * 100} % of /api/health's req/s; ` +
      `at 1 connection p50 < ${TARGETS.p50At1} ms. /api/health: mean of a run before and after the pages ` +
      `(p97.5/p99: the worse of the two).`,
    `Data: ${seeded.partnerships} partnerships in ${seeded.fylker.length} fylker, ${seeded.people} people; ` +
      `${mr.officeName} has ${mr.occasions.length} mulighetsrom assessments, the newest open with ${mr.participants} participants who all handed in. ` +
      `Response sizes: ${[...sizes].map(([label, bytes]) => `${label} ${(bytes / 1024).toFixed(0)} kB`).join(", ")}.`,
    `Run: ${new Date().toISOString()}, ${DURATION} s per measurement after ${WARMUP} s warm-up, session ${session}, ` +
      `${SKIP_BUILD ? "existing build" : "fresh build"}${IN_PLACE ? " in place" : " of a copy of the working tree"}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ` +
      `1-minute load average ${loadBefore.toFixed(1)} before measuring and ${os.loadavg()[0]!.toFixed(1)} after, total ${elapsed.toFixed(0)} s.`,
  ].join("\n");

  console.log(`\n${output}\n`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, "latest.md"), `# npm run bench\n\n${output}\n`);
  fs.writeFileSync(path.join(RESULTS_DIR, "latest.json"), `${JSON.stringify({ rows: ordered, seeded, elapsed }, null, 2)}\n`);
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
