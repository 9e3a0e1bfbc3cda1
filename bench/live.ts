/**
 * The live samling scenario (issue 7): a facilitator's screen on the `workshop.events` SSE stream,
 * PARTICIPANTS guests who join with the code and each hold their own `workshop.participantEvents`
 * stream, then each submit one self-assessment answer per area (20) at random moments within
 * SPREAD_SECONDS. For every submit: the time from sending it to the facilitator's stream receiving
 * the event whose id the submit returned. At the end the answers stored in the database are
 * counted against those sent, and the server's memory is read from /proc.
 *
 * Rate limits (server/api/routers/workshop.ts): 30 answers burst and 1/s per participant, 200
 * joins burst and 5/s per code. Joins come first, and 20 answers within 30 s stay inside both.
 */
import fs from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { gathering, network, networkFacilitator, networkMember, partnership, roleAssignment } from "~/db/schema";
import { createPasswordAccount } from "~/server/domain/admin/accounts";
import { loadNetworkAccess } from "~/server/domain/network/access";
import { networkScope } from "~/server/domain/scope";
import { setLive } from "~/server/domain/workshop/live";
import { addTask, setTaskStatus } from "~/server/domain/workshop/tasks";

export const LIVE_TARGET_P97_5_MS = 500;
const AREAS = 20;
const SCORES = ["sterk", "kan_styrkes", "ikke_vurdert"] as const;
const ROLE_GROUPS = ["navledere", "avdelingsledere", "radmenn"] as const;

export interface LiveSeed {
  facilitatorEmail: string;
  networkSlug: string;
  gatheringId: string;
  taskId: string;
  code: string;
  offices: { id: string; name: string }[];
}

/** A network of `offices` partnerships of the national seed, its facilitator, and a samling live with one open self-assessment. */
export function seedLive(db: Database, passwordHash: string, offices = 10): LiveSeed {
  const facilitatorEmail = "fasilitator.live@bench.no";
  const facilitator = createPasswordAccount(db, { email: facilitatorEmail, name: "Fasilitator Live", passwordHash });
  db.insert(roleAssignment).values({ userId: facilitator.id, role: "fasilitator" }).run();
  const net = db
    .insert(network)
    .values({ slug: "bench-live", name: "Benchnettverket", periodStart: "2026-01-01", periodEnd: "2026-12-31", createdByUserId: facilitator.id })
    .returning()
    .get();
  db.insert(networkFacilitator).values({ networkId: net.id, userId: facilitator.id }).run();
  const members = db
    .select({ id: partnership.id, name: partnership.officeName })
    .from(partnership)
    .orderBy(sql`${partnership.slug}`)
    .limit(offices)
    .all();
  for (const m of members) db.insert(networkMember).values({ networkId: net.id, partnershipId: m.id, status: "medlem" }).run();
  const created = db
    .insert(gathering)
    .values({ networkId: net.id, title: "Live-samling (bench)", startsOn: "2026-03-05", endsOn: "2026-03-05", place: "Vennesla" })
    .returning()
    .get();
  const scope = networkScope(db, facilitator.id, net, loadNetworkAccess(db, facilitator.id, net.id));
  const opened = setLive(scope, { gatheringId: created.id, version: created.version, open: true });
  const task = addTask(scope, { gatheringId: created.id, kind: "selvvurdering" });
  setTaskStatus(scope, { gatheringId: created.id, taskId: task.id, version: task.version, status: "apen" });
  return { facilitatorEmail, networkSlug: net.slug, gatheringId: created.id, taskId: task.id, code: opened.joinCode!, offices: members };
}

// --- SSE ------------------------------------------------------------------------------

interface SseMessage {
  id: string | null;
  event: string | null;
  data: string;
}

/** The tRPC subscription URL as httpSubscriptionLink builds it: ?input= the superjson-serialised input, JSON, URI-encoded. */
export const subscriptionUrl = (base: string, path: string, input: unknown) =>
  `${base}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/**
 * Opens an SSE stream with fetch and calls onMessage for each message (Node 20 has no EventSource).
 * Resolves once the response headers are in; the stream is read in the background until aborted.
 */
async function openStream(url: string, headers: Record<string, string>, signal: AbortSignal, onMessage: (m: SseMessage) => void) {
  const res = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal });
  if (res.status !== 200 || !res.body) throw new Error(`SSE ${url.slice(0, 80)}: ${res.status} ${await res.text()}`);
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  let buffer = "";
  let current: SseMessage = { id: null, event: null, data: "" };
  const done = (async () => {
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) return;
        buffer += decoder.decode(value, { stream: true });
        let newline: number;
        while ((newline = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, newline).replace(/\r$/, "");
          buffer = buffer.slice(newline + 1);
          if (line === "") {
            if (current.id !== null || current.event !== null || current.data !== "") onMessage(current);
            current = { id: null, event: null, data: "" };
            continue;
          }
          if (line.startsWith(":")) continue;
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
          if (field === "id") current.id = value;
          else if (field === "event") current.event = value;
          else if (field === "data") current.data += (current.data ? "\n" : "") + value;
        }
      }
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  })();
  return { done };
}

// --- Memory ------------------------------------------------------------------------------

interface ProcMemory {
  pid: number;
  name: string;
  rssKb: number;
  hwmKb: number;
  /** User + system CPU time so far, ms. */
  cpuMs: number;
}

const TICKS_PER_SECOND = 100;

/** Every process in the server's process group (it was started detached, so its pid is the group id). */
function groupMemory(pgid: number): ProcMemory[] {
  const out: ProcMemory[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid pgrp …: comm may contain spaces, so split after the last ")".
      const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(after[2]) !== pgid) continue;
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
      // Fields after ") ": state(0) ppid(1) pgrp(2) … utime(11) stime(12), in clock ticks.
      const cpuMs = ((Number(after[11]) + Number(after[12])) * 1000) / TICKS_PER_SECOND;
      out.push({ pid: Number(entry), name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?", rssKb: kb("VmRSS"), hwmKb: kb("VmHWM"), cpuMs });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

// --- The scenario ----------------------------------------------------------------------------

export interface LiveMeasurement {
  participants: number;
  spreadSeconds: number;
  submitsSent: number;
  submitsOk: number;
  submitErrors: number;
  /** Status codes (or "network") of failed submits. */
  errorKinds: Record<string, number>;
  answersExpected: number;
  answersStored: number;
  facilitatorEvents: number;
  answerEventsMissing: number;
  p50: number;
  p97_5: number;
  max: number;
  joinSeconds: number;
  /** Peak RSS of the server's processes sampled during the scenario (the largest process, and all together), and its RSS before. */
  peakRssMb: number;
  peakGroupRssMb: number;
  rssBeforeMb: number;
  /** The kernel's high-water mark of the server process since it started (includes earlier scenarios). */
  hwmMb: number;
  /** The server's CPU time (user + system, all its processes) over the submits, per submit sent. */
  serverCpuMsPerSubmit: number;
  /** Seconds from the first submit to the last response. */
  submitSeconds: number;
  serverProcess: string;
  targetMet: boolean;
}

const percentileOf = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function postTrpc(base: string, path: string, input: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(base).origin, ...headers },
    body: JSON.stringify({ json: input }),
  });
  const body = (await res.json()) as { result?: { data?: { json?: unknown } }; error?: unknown };
  return { status: res.status, data: body.result?.data?.json, error: body.error };
}

export async function measureLive(opts: {
  base: string;
  cookie: string;
  seed: LiveSeed;
  dbFile: string;
  serverPid: number;
  participants: number;
  spreadSeconds: number;
  log: (message: string) => void;
}): Promise<LiveMeasurement> {
  const { base, seed, log, participants, spreadSeconds } = opts;
  const controller = new AbortController();
  const { signal } = controller;

  // Memory: sampled every 200 ms from before the first connection to the end.
  const rssBefore = Math.max(0, ...groupMemory(opts.serverPid).map((p) => p.rssKb));
  let peakRss = rssBefore;
  let peakGroupRss = 0;
  const sampler = setInterval(() => {
    const group = groupMemory(opts.serverPid);
    peakRss = Math.max(peakRss, ...group.map((p) => p.rssKb));
    peakGroupRss = Math.max(peakGroupRss, group.reduce((sum, p) => sum + p.rssKb, 0));
  }, 200);

  try {
    // The facilitator's screen.
    const seen = new Map<string, number>();
    const waiting = new Map<string, (at: number) => void>();
    let facilitatorEvents = 0;
    let connected!: () => void;
    const facilitatorConnected = new Promise<void>((resolve) => (connected = resolve));
    await openStream(
      subscriptionUrl(base, "workshop.events", { network: seed.networkSlug, gatheringId: seed.gatheringId }),
      { cookie: opts.cookie },
      signal,
      (m) => {
        if (m.event === "connected") connected();
        if (!m.id) return;
        const at = performance.now();
        facilitatorEvents++;
        seen.set(m.id, at);
        waiting.get(m.id)?.(at);
      },
    );
    await facilitatorConnected;

    // Joins, ten at a time.
    const joinStarted = performance.now();
    const tokens: { token: string; partnershipId: string }[] = [];
    for (let i = 0; i < participants; i += 10) {
      const batch = Array.from({ length: Math.min(10, participants - i) }, (_, k) => i + k);
      const joined = await Promise.all(
        batch.map(async (n) => {
          const office = seed.offices[n % seed.offices.length]!;
          const r = await postTrpc(base, "workshop.join", {
            code: seed.code,
            name: `Deltaker ${n + 1}`,
            roleGroup: ROLE_GROUPS[n % ROLE_GROUPS.length],
            partnershipId: office.id,
          });
          if (r.status !== 200) throw new Error(`workshop.join: ${r.status} ${JSON.stringify(r.error).slice(0, 300)}`);
          return { token: (r.data as { token: string }).token, partnershipId: office.id };
        }),
      );
      tokens.push(...joined);
    }
    const joinSeconds = (performance.now() - joinStarted) / 1000;

    // Every phone on its own stream; wait until all are connected.
    let phonesConnected = 0;
    await Promise.all(
      tokens.map(({ token }) =>
        openStream(subscriptionUrl(base, "workshop.participantEvents", { token }), {}, signal, (m) => {
          if (m.event === "connected") phonesConnected++;
        }),
      ),
    );
    for (let waited = 0; phonesConnected < tokens.length && waited < 10_000; waited += 50) await sleep(50);
    log(`live: ${tokens.length} participants joined in ${joinSeconds.toFixed(1)} s, ${phonesConnected} phone streams connected`);

    // Submits: one per area per participant, at random moments within the spread.
    const latencies: number[] = [];
    const errorKinds: Record<string, number> = {};
    let submitsOk = 0;
    let missing = 0;
    const plan = tokens.flatMap(({ token }) =>
      Array.from({ length: AREAS }, (_, a) => ({ token, area: a + 1, at: Math.random() * spreadSeconds * 1000 })),
    );
    const cpu = () => groupMemory(opts.serverPid).reduce((sum, p) => sum + p.cpuMs, 0);
    const cpuBefore = cpu();
    const started = performance.now();
    await Promise.all(
      plan.map(async ({ token, area, at }) => {
        await sleep(at);
        const sent = performance.now();
        let r: Awaited<ReturnType<typeof postTrpc>>;
        try {
          r = await postTrpc(base, "workshop.submit", {
            token,
            taskId: seed.taskId,
            answers: [{ item: String(area), value: SCORES[(area + token.charCodeAt(0)) % SCORES.length] }],
          });
        } catch (error) {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          const kind = `network ${cause?.code ?? cause?.message ?? String(error)}`;
          errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
          return;
        }
        if (r.status !== 200) {
          errorKinds[String(r.status)] = (errorKinds[String(r.status)] ?? 0) + 1;
          return;
        }
        submitsOk++;
        const eventId = (r.data as { eventId: string }).eventId;
        const received =
          seen.get(eventId) ??
          (await Promise.race([
            new Promise<number>((resolve) => waiting.set(eventId, resolve)),
            sleep(10_000).then(() => null),
          ]));
        waiting.delete(eventId);
        if (received === null) missing++;
        else latencies.push(received - sent);
      }),
    );
    const submitSeconds = (performance.now() - started) / 1000;
    const serverCpuMsPerSubmit = (cpu() - cpuBefore) / plan.length;
    log(`live: ${plan.length} submits in ${submitSeconds.toFixed(1)} s, server CPU ${serverCpuMsPerSubmit.toFixed(1)} ms per submit`);

    const stored = new BetterSqlite3(opts.dbFile, { readonly: true });
    let answersStored: number;
    try {
      answersStored = (stored.prepare("SELECT count(*) AS n FROM workshop_answer WHERE task_id = ?").get(seed.taskId) as { n: number }).n;
    } finally {
      stored.close();
    }

    const group = groupMemory(opts.serverPid);
    const main = group.toSorted((a, b) => b.rssKb - a.rssKb)[0];
    latencies.sort((a, b) => a - b);
    const submitErrors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
    const p97_5 = percentileOf(latencies, 97.5);
    return {
      participants: tokens.length,
      spreadSeconds,
      submitsSent: plan.length,
      submitsOk,
      submitErrors,
      errorKinds,
      answersExpected: tokens.length * AREAS,
      answersStored,
      facilitatorEvents,
      answerEventsMissing: missing,
      p50: percentileOf(latencies, 50),
      p97_5,
      max: latencies.at(-1) ?? NaN,
      joinSeconds,
      peakRssMb: peakRss / 1024,
      peakGroupRssMb: peakGroupRss / 1024,
      rssBeforeMb: rssBefore / 1024,
      hwmMb: (main?.hwmKb ?? 0) / 1024,
      serverCpuMsPerSubmit,
      submitSeconds,
      serverProcess: group.map((p) => `${p.name} (${p.pid}): RSS ${(p.rssKb / 1024).toFixed(0)} MB`).join(", "),
      targetMet: p97_5 < LIVE_TARGET_P97_5_MS && submitErrors === 0 && missing === 0 && answersStored === tokens.length * AREAS,
    };
  } finally {
    clearInterval(sampler);
    controller.abort();
  }
}

export function liveTable(m: LiveMeasurement): string {
  const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");
  return [
    "| Live samling | Participants | Submits sent | Answers stored / expected | Submit errors | Facilitator events | p50 ms | p97.5 ms | Max ms | Peak server RSS | Target met |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    `| submit → facilitator's SSE event (${m.participants} phones on SSE, ${AREAS} answers each within ${m.spreadSeconds} s) | ${m.participants} | ${m.submitsSent} | ` +
      `${m.answersStored} / ${m.answersExpected} | ${m.submitErrors}${m.submitErrors ? ` (${Object.entries(m.errorKinds).map(([k, v]) => `${k}: ${v}`).join(", ")})` : ""} | ` +
      `${m.facilitatorEvents}${m.answerEventsMissing ? ` (${m.answerEventsMissing} answer events never arrived)` : ""} | ${ms(m.p50)} | ${ms(m.p97_5)} | ${ms(m.max)} | ` +
      `${m.peakRssMb.toFixed(0)} MB | ${m.targetMet ? "yes" : "**no**"} |`,
  ].join("\n");
}

export function liveNote(m: LiveMeasurement): string {
  return (
    `Live samling: the facilitator's screen on \`workshop.events\` (SSE, signed in), ${m.participants} guests joined with the code ` +
    `(${m.joinSeconds.toFixed(1)} s, ten at a time) and each held its own \`workshop.participantEvents\` stream, then sent ${AREAS} self-assessment answers ` +
    `(one submit per area) at random moments within ${m.spreadSeconds} s. Latency: from sending a submit to the facilitator's stream receiving the event ` +
    `whose id the submit returned. Stored: workshop_answer rows of the task at the end (one per participant and area). Facilitator events: every tracked event ` +
    `on its stream (one per join and per submit). Memory: RSS of the server's processes sampled every 200 ms during the scenario, the largest process ` +
    `(${m.rssBeforeMb.toFixed(0)} MB before; all of the server's processes together at most ${m.peakGroupRssMb.toFixed(0)} MB; the kernel's high-water mark of the ` +
    `server process since it started ${m.hwmMb.toFixed(0)} MB; at the end: ${m.serverProcess}). ` +
    `Target: p97.5 < ${LIVE_TARGET_P97_5_MS} ms with every answer stored and no submit refused.`
  );
}
