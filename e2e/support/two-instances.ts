import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import superjson from "superjson";

import { adminQuery, databaseUrl, findPostgresServer } from "~/test/postgres-server";

/**
 * What e2e/two-instances.spec.ts runs on (issue 17, point 6): one fresh PostgreSQL database,
 * migrated and seeded with the Agder demo, and two `next start` instances of the e2e build on it,
 * as two instances behind one load balancer would be. Nothing here builds: the build is the one
 * the normal e2e web server made (playwright.config.ts → e2e/start-server.mjs).
 */

const root = path.resolve(import.meta.dirname, "..", "..");

/** The build the e2e web server made; E2E_DIST_DIR as in e2e/start-server.mjs. */
export const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";

/** Ports of the two instances: E2E_TWIN_PORT and the one after it. Not the e2e server's (3210) nor the test IdP's (3290). */
const firstPort = Number(process.env.E2E_TWIN_PORT ?? 3311);
export const twinPorts = { a: firstPort, b: firstPort + 1 } as const;

/** Both instances sign cookies with the same secret, as every instance of one deployment must (server/auth/secret.ts). */
const sharedAuthSecret = randomBytes(32).toString("hex");

/** Where the instances' logs go, beside the other test output (Playwright clears it at the start of a run). */
const logDir = path.join(root, "test-results", "two-instances");

const HOW_TO_PROVIDE_POSTGRES = [
  "e2e/two-instances.spec.ts runs two app instances on one PostgreSQL database and needs a PostgreSQL server",
  "(13 or newer) where it may create and drop databases. Provide one of:",
  "  - TEST_POSTGRES_URL=postgres://user:password@host:port/postgres (a maintenance database on that server), or",
  "  - a server on 127.0.0.1:5432 with user postgres and trust authentication, or",
  "  - run the tests as root on Debian: Debian's `postgresql` package is then installed and started.",
].join("\n");

// --- The database -----------------------------------------------------------------------------

export interface TwinDatabase {
  name: string;
  /** The database's own address, given to both instances as DATABASE_URL. */
  url: string;
  /** The maintenance database of the same server (CREATE/DROP DATABASE). */
  server: string;
}

/** Databases of this spec are `e2e_twin_<start time, seconds, hex><random>`; leftovers of a run that died are dropped after 6 hours. */
const STALE_AFTER_SECONDS = 6 * 60 * 60;

/** Finds the PostgreSQL server (TEST_POSTGRES_URL or 127.0.0.1:5432), or fails saying how to provide one. */
async function postgresServer(): Promise<string> {
  try {
    return await findPostgresServer();
  } catch (error) {
    // The first line says what failed; the rest of test/postgres-server.ts's message is about the Vitest projects.
    const reason = (error as Error).message.split("\n", 1)[0];
    throw new Error(`No PostgreSQL for e2e/two-instances.spec.ts: ${reason}\n${HOW_TO_PROVIDE_POSTGRES}`);
  }
}

/** A fresh database on the test server, migrated and seeded by scripts/db-setup.ts (what `npm run db:setup` does). */
export async function createTwinDatabase(): Promise<TwinDatabase> {
  const server = await postgresServer();
  await dropStaleTwinDatabases(server);
  const name = `e2e_twin_${Math.floor(Date.now() / 1000).toString(16)}${randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`, [], server);
  const url = databaseUrl(name, server);
  const setup = await runToEnd(["node_modules/.bin/tsx", "scripts/db-setup.ts"], { DATABASE_URL: url }, 300_000);
  if (setup.code !== 0) {
    await dropTwinDatabase({ name, url, server });
    throw new Error(`scripts/db-setup.ts failed on ${name} (exit ${setup.code}):\n${setup.output.slice(-4000)}`);
  }
  return { name, url, server };
}

/** Drops the database, forcing out any connection a killed instance left for the server to notice. */
export async function dropTwinDatabase(db: TwinDatabase): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`, [], db.server);
}

async function dropStaleTwinDatabases(server: string) {
  const { rows } = await adminQuery("SELECT datname FROM pg_database WHERE datname LIKE 'e2e\\_twin\\_%'", [], server);
  const now = Math.floor(Date.now() / 1000);
  for (const { datname } of rows as { datname: string }[]) {
    const started = /^e2e_twin_([0-9a-f]{8})[0-9a-f]{8}$/.exec(datname);
    if (started && now - parseInt(started[1]!, 16) > STALE_AFTER_SECONDS) {
      await adminQuery(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`, [], server).catch(() => undefined);
    }
  }
}

/** Runs one query on the twins' database, outside both instances: what is really stored. */
export async function queryTwinDatabase<T extends pg.QueryResultRow>(db: TwinDatabase, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

// --- The instances -------------------------------------------------------------------------------

export interface Instance {
  name: string;
  port: number;
  /** http://127.0.0.1:<port>: both instances on one host, so the browser sends them the same cookies. */
  url: string;
  process: ChildProcess;
  /** Resolves when the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last lines it wrote, for failure messages. */
  tail: () => string;
}

/** Whether anything accepts connections on the port. */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(2_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Checks that the e2e build exists before anything starts, with a message that says how to make one. */
export function assertBuildExists() {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) {
    throw new Error(
      `No production build in ${distDir} (${buildId} is missing). The e2e web server builds it before the tests: ` +
        "run `npx playwright test` (with E2E_DIST_DIR if you use your own folder), without E2E_SKIP_BUILD=1 the first time.",
    );
  }
}

/**
 * Starts `next start` on the build in `distDir` against the database, on 127.0.0.1:<port>, and
 * waits until its /api/ready answers 200 (the database answers and every migration is applied).
 * The process is Next's own server (bin/next runs it in-process), so its pid is the one to kill.
 */
export async function startInstance(name: string, port: number, db: TwinDatabase): Promise<Instance> {
  if (await portAnswers(port)) {
    throw new Error(`Port ${port} is already in use: instance ${name} of e2e/two-instances.spec.ts cannot start there. Set E2E_TWIN_PORT to a free pair of ports.`);
  }
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = fs.createWriteStream(path.join(logDir, `instance-${name.toLowerCase()}.log`), { flags: "a" });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    logFile.write(chunk);
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.url,
      BETTER_AUTH_SECRET: sharedAuthSecret,
      // Every browser context brings its own client address (e2e/fixtures.ts, ownClientAddress), and its own sign-in budget.
      TRUSTED_PROXIES: "127.0.0.1, ::1",
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      logFile.end();
      resolve({ code, signal });
    });
  });
  started.add(child);
  void exited.then(() => started.delete(child));

  const instance: Instance = { name, port, url: `http://127.0.0.1:${port}`, process: child, exited, tail: () => lines.slice(-60).join("\n") };
  await waitUntilReady(instance, 180_000);
  return instance;
}

/** Polls /api/ready until it answers 200; fails at once, with the log, if the process ends. */
export async function waitUntilReady(instance: Instance, timeoutMs: number) {
  let ended: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void instance.exited.then((how) => (ended = how));
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (ended) throw new Error(`Instance ${instance.name} ended before it was ready (exit ${ended.code ?? ended.signal}):\n${instance.tail()}`);
    try {
      const response = await fetch(`${instance.url}/api/ready`, { signal: AbortSignal.timeout(10_000) });
      if (response.status === 200) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Instance ${instance.name} (${instance.url}) was not ready within ${timeoutMs / 1000} s; /api/ready: ${last}\n${instance.tail()}`);
}

/** Kills the instance with the signal and waits until it has ended. */
export async function killInstance(instance: Instance, signal: NodeJS.Signals = "SIGTERM") {
  if (instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  instance.process.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const ended = await Promise.race([instance.exited.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 15_000)))]);
  clearTimeout(timer);
  if (!ended) {
    instance.process.kill("SIGKILL");
    await instance.exited;
  }
}

/** The instances this worker started and that still run: killed if the worker exits before afterAll has. */
const started = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of started) child.kill("SIGKILL");
});

// --- tRPC over HTTP, as the phone page's client sends it -------------------------------------------

export type TrpcAnswer<T> = { ok: true; data: T } | { ok: false; status: number | null; error: string };

/**
 * One tRPC mutation, unbatched, as JSON with superjson's envelope, from the instance's own origin
 * (the CSRF check, server/security/same-origin.ts). A refusal or a dropped connection is an
 * answer too: `ok: false`. Only `ok: true` is an acknowledged write.
 */
export async function trpcMutation<T>(base: string, procedure: string, input: unknown, timeoutMs = 60_000): Promise<TrpcAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(`${base}/api/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify(superjson.serialize(input)),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, status: null, error: cause?.code ?? cause?.message ?? (error as Error).message };
  }
  let body: { result?: { data?: Parameters<typeof superjson.deserialize>[0] }; error?: { json?: { message?: string } } };
  try {
    body = (await response.json()) as typeof body;
  } catch (error) {
    return { ok: false, status: response.status, error: `unreadable answer: ${(error as Error).message}` };
  }
  if (response.status !== 200 || !body.result?.data) return { ok: false, status: response.status, error: body.error?.json?.message ?? "no result" };
  return { ok: true, data: superjson.deserialize<T>(body.result.data) };
}

/** One tRPC query (GET), as the phone page's client sends it. */
export async function trpcQuery<T>(base: string, procedure: string, input: unknown): Promise<T> {
  const response = await fetch(`${base}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`, {
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { result?: { data?: Parameters<typeof superjson.deserialize>[0] }; error?: unknown };
  if (response.status !== 200 || !body.result?.data) throw new Error(`${procedure} on ${base}: ${response.status} ${JSON.stringify(body.error)}`);
  return superjson.deserialize<T>(body.result.data);
}

/** Runs a command in the repository to its end, with a time limit; answers its exit code and output. */
function runToEnd(command: string[], env: Record<string, string>, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const [file, ...args] = command;
    const child = spawn(file!, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const add = (chunk: Buffer) => (output += chunk.toString("utf8"));
    child.stdout.on("data", add);
    child.stderr.on("data", add);
    const timer = setTimeout(() => {
      output += `\n(killed after ${timeoutMs / 1000} s)`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
