/**
 * The live samling scenario (issues 7 and 18): a facilitator's screen on the `workshop.events` SSE
 * stream, reloading the `workshop.live` view at most every 400 ms while events arrive (as
 * use-live-events.ts does), PARTICIPANTS guests who join with the code and each hold their own
 * `workshop.participantEvents` stream, then each choose one self-assessment answer per area (20)
 * at random moments within SPREAD_SECONDS. Each phone sends its choices the way the participant's
 * page does: through the page's own answer queue (app/delta/answer-queue.ts), one submit in flight
 * at a time, what was chosen meanwhile going together in the next submit, failed submits retried
 * with its pauses; the request is the one httpBatchLink sends (?batch=1, one call). For every
 * answer: the time from choosing it (and from sending the submit that carried it) to the
 * facilitator's stream receiving the event whose id that submit returned. At the end the answers
 * stored in the database are counted against those chosen, and the server's memory and CPU time
 * are read from /proc.
 *
 * Several instances (issue 17): with `phoneBases`, phone n joins, listens and submits on instance
 * n mod k, while the facilitator's screen stays on `base`; the latencies are also reported per
 * instance the answers were submitted on, so the answers that reach the facilitator through another
 * instance (PostgreSQL LISTEN/NOTIFY) are seen apart. `storedAnswers` counts what the database
 * kept when it is not the SQLite file `dbFile`.
 *
 * BENCH_LIVE_CPU_HOGS=n runs n busy loops beside the scenario while the answers are sent: on this
 * 2-core machine, 2 hogs leave the server about half the CPU it has otherwise (a machine half as
 * fast, issue 18).
 *
 * Rate limits (server/api/routers/workshop.ts): 30 submits burst and 1/s per participant, 200
 * joins burst and 5/s per code. Joins come first, and 20 answers within 30 s stay inside both.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { TRPCClientError } from "@trpc/client";
import BetterSqlite3 from "better-sqlite3";
import { asc } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { gathering, network, networkFacilitator, networkMember, partnership, roleAssignment } from "~/db/schema";
import { createPasswordAccount } from "~/server/domain/admin/accounts";
import { loadNetworkAccess } from "~/server/domain/network/access";
import { networkScope } from "~/server/domain/scope";
import { setLive } from "~/server/domain/workshop/live";
import { addTask, setTaskStatus } from "~/server/domain/workshop/tasks";
import { createAnswerQueue, type Answer, type SendState } from "~/app/delta/answer-queue";
import { createLiveRefetcher } from "~/app/_lib/live-refetcher";
import { percentile } from "./stats";

export const LIVE_TARGET_P97_5_MS = 500;
const AREAS = 20;
const SCORES = ["sterk", "kan_styrkes", "ikke_vurdert"] as const;
const ROLE_GROUPS = ["navledere", "avdelingsledere", "radmenn"] as const;
/** The facilitator's screen reloads its view at most this often (REFETCH_EVERY_MS in use-live-events.ts). */
const SCREEN_REFETCH_MS = 400;
/** After the last choice: how long the phones' queues get to have everything saved (their retry pauses reach 10 s). */
const SETTLE_MS = 60_000;

export interface LiveSeed {
  facilitatorEmail: string;
  networkSlug: string;
  gatheringId: string;
  taskId: string;
  code: string;
  offices: { id: string; name: string }[];
}

/** A network of `offices` partnerships of the national seed, its facilitator, and a samling live with one open self-assessment. */
export async function seedLive(db: Database, passwordHash: string, offices = 10): Promise<LiveSeed> {
  const facilitatorEmail = "fasilitator.live@bench.no";
  const facilitator = await createPasswordAccount(db, { email: facilitatorEmail, name: "Fasilitator Live", passwordHash });
  await db.insert(roleAssignment).values({ userId: facilitator.id, role: "fasilitator" });
  const [net] = await db
    .insert(network)
    .values({ slug: "bench-live", name: "Benchnettverket", periodStart: "2026-01-01", periodEnd: "2026-12-31", createdByUserId: facilitator.id })
    .returning();
  if (!net) throw new Error("seedLive: the network was not made");
  await db.insert(networkFacilitator).values({ networkId: net.id, userId: facilitator.id });
  const members = await db
    .select({ id: partnership.id, name: partnership.officeName })
    .from(partnership)
    .orderBy(asc(partnership.slug))
    .limit(offices);
  if (members.length > 0) await db.insert(networkMember).values(members.map((m) => ({ networkId: net.id, partnershipId: m.id, status: "medlem" as const })));
  const [created] = await db
    .insert(gathering)
    .values({ networkId: net.id, title: "Live-samling (bench)", startsOn: "2026-03-05", endsOn: "2026-03-05", place: "Vennesla" })
    .returning();
  if (!created) throw new Error("seedLive: the samling was not made");
  const scope = networkScope(db, facilitator.id, net, await loadNetworkAccess(db, facilitator.id, net.id));
  const opened = await setLive(scope, { gatheringId: created.id, version: created.version, open: true });
  const task = await addTask(scope, { gatheringId: created.id, kind: "selvvurdering" });
  await setTaskStatus(scope, { gatheringId: created.id, taskId: task.id, version: task.version, status: "apen" });
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
  /** Answers chosen on the phones (participants × 20). */
  answersChosen: number;
  /** Submit requests sent by the phones' queues, retries included. */
  submitsSent: number;
  submitsOk: number;
  /** Answers per successful submit, on average (1 when no phone ever had two waiting). */
  answersPerSubmit: number;
  /** Failed submit attempts (each retried by the phone's queue unless refused), by status code or "network …". */
  submitErrors: number;
  errorKinds: Record<string, number>;
  /** Answers a phone's queue gave up on (a refusal), or still had unsaved when the scenario ended. */
  answersRefused: number;
  answersUnsaved: number;
  answersExpected: number;
  answersStored: number;
  facilitatorEvents: number;
  answerEventsMissing: number;
  /** Reloads of the facilitator's `workshop.live` view during the answers, and the slowest, ms. */
  screenReloads: number;
  screenReloadMaxMs: number;
  /** Per answer: from choosing it on the phone to the facilitator's stream receiving its event (the target). */
  p50: number;
  p97_5: number;
  max: number;
  /** Per answer: from sending the submit that carried it to the facilitator's stream receiving its event. */
  sentP50: number;
  sentP97_5: number;
  joinSeconds: number;
  /** Peak RSS of the server's processes sampled during the scenario (the largest process, and all together), and its RSS before. */
  peakRssMb: number;
  peakGroupRssMb: number;
  rssBeforeMb: number;
  /** The kernel's high-water mark of the server process since it started (includes earlier scenarios). */
  hwmMb: number;
  /** The server's CPU time (user + system, all its processes) from the first choice until every queue was done. */
  serverCpuMs: number;
  /** … per submit request, and per answer chosen. */
  serverCpuMsPerSubmit: number;
  serverCpuMsPerAnswer: number;
  /** Busy loops run beside the answers (BENCH_LIVE_CPU_HOGS). */
  cpuHogs: number;
  /** 1-minute load average before the answers and right after. */
  loadBefore: number;
  loadAfter: number;
  /** Seconds from the first choice until every phone's queue was done. */
  submitSeconds: number;
  serverProcess: string;
  /** With several instances: the figures per instance the answers were submitted on. */
  byInstance?: LiveSlice[];
  targetMet: boolean;
}

/** The answers submitted on one instance (the phones sent there), as they reached the facilitator. */
export interface LiveSlice {
  instance: string;
  /** Whether the facilitator's screen was on this instance (else its events came through the database). */
  facilitatorHere: boolean;
  participants: number;
  submitsSent: number;
  submitErrors: number;
  answersSaved: number;
  answerEventsMissing: number;
  p50: number;
  p97_5: number;
  max: number;
  sentP97_5: number;
}

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

interface TrpcErrorShape {
  json?: { message?: string; code?: number; data?: { code?: string; httpStatus?: number } };
}

/**
 * One call as the browser's httpBatchLink sends it (the phones' pages batch at most one call):
 * POST /api/trpc/<path>?batch=1 with {"0": <superjson>}, the answer an array of one. Plain
 * objects serialise to {json: …} with superjson, so the body is written by hand.
 */
async function postTrpcBatchOfOne(base: string, path: string, input: unknown) {
  const res = await fetch(`${base}/api/trpc/${path}?batch=1`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(base).origin },
    body: JSON.stringify({ 0: { json: input } }),
  });
  const [body] = (await res.json()) as [{ result?: { data?: { json?: unknown } }; error?: TrpcErrorShape }];
  return { status: res.status, data: body?.result?.data?.json, error: body?.error };
}

/** A GET of one query as httpBatchLink sends it. */
async function getTrpcBatchOfOne(base: string, path: string, input: unknown, cookie: string) {
  const res = await fetch(`${base}/api/trpc/${path}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: input } }))}`, { headers: { cookie } });
  await res.arrayBuffer();
  return res.status;
}

/** Busy loops in processes of their own, to take CPU from the server the way other work on the machine would. */
function startCpuHogs(n: number): ChildProcess[] {
  return Array.from({ length: n }, () => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
}

export async function measureLive(opts: {
  /** The facilitator's instance (and every phone's, without phoneBases). */
  base: string;
  cookie: string;
  seed: LiveSeed;
  /** The SQLite file the answers are counted in, unless storedAnswers says how. */
  dbFile?: string;
  /** How many workshop_answer rows of the task the database holds (instead of dbFile). */
  storedAnswers?: () => Promise<number>;
  /** The server's process group; with several instances, serverPids. */
  serverPid?: number;
  serverPids?: number[];
  /** Instances the phones are spread over, phone n on instance n mod k; default only `base`. */
  phoneBases?: { name: string; base: string }[];
  participants: number;
  spreadSeconds: number;
  /** Busy loops beside the answers; default BENCH_LIVE_CPU_HOGS or 0. */
  cpuHogs?: number;
  log: (message: string) => void;
}): Promise<LiveMeasurement> {
  const { base, seed, log, participants, spreadSeconds } = opts;
  const phoneBases = opts.phoneBases?.length ? opts.phoneBases : [{ name: "the server", base }];
  const serverPids = opts.serverPids ?? (opts.serverPid === undefined ? [] : [opts.serverPid]);
  if (serverPids.length === 0) throw new Error("measureLive: serverPid or serverPids");
  const dbFile = opts.dbFile ?? "";
  if (!opts.storedAnswers && !dbFile) throw new Error("measureLive: dbFile or storedAnswers");
  const allMemory = () => serverPids.flatMap((pid) => groupMemory(pid));
  const cpuHogs = opts.cpuHogs ?? (Number(process.env.BENCH_LIVE_CPU_HOGS ?? 0) || 0);
  const controller = new AbortController();
  const { signal } = controller;
  let hogs: ChildProcess[] = [];

  // Memory: sampled every 200 ms from before the first connection to the end.
  const rssBefore = Math.max(0, ...allMemory().map((p) => p.rssKb));
  let peakRss = rssBefore;
  let peakGroupRss = 0;
  const sampler = setInterval(() => {
    const group = allMemory();
    peakRss = Math.max(peakRss, ...group.map((p) => p.rssKb));
    peakGroupRss = Math.max(peakGroupRss, group.reduce((sum, p) => sum + p.rssKb, 0));
  }, 200);

  try {
    // The facilitator's screen: the stream, and its view reloaded at most every 400 ms.
    const seen = new Map<string, number>();
    let facilitatorEvents = 0;
    let connected!: () => void;
    const facilitatorConnected = new Promise<void>((resolve) => (connected = resolve));
    const refetcher = createLiveRefetcher(SCREEN_REFETCH_MS);
    let screenReloads = 0;
    let screenReloadMaxMs = 0;
    let reloading = false;
    let reloadWanted = false;
    const reload = () => {
      if (reloading) {
        reloadWanted = true;
        return;
      }
      reloading = true;
      const startedAt = performance.now();
      void getTrpcBatchOfOne(base, "workshop.live", { network: seed.networkSlug, gatheringId: seed.gatheringId }, opts.cookie)
        .then((status) => {
          if (status !== 200) throw new Error(`workshop.live: ${status}`);
          screenReloads++;
          screenReloadMaxMs = Math.max(screenReloadMaxMs, performance.now() - startedAt);
        })
        .catch((error: unknown) => {
          if (!signal.aborted) log(`live: the facilitator's reload failed: ${String(error)}`);
        })
        .finally(() => {
          reloading = false;
          if (reloadWanted && !signal.aborted) {
            reloadWanted = false;
            refetcher.schedule(reload);
          }
        });
    };
    let screenReloading = false;
    await openStream(
      subscriptionUrl(base, "workshop.events", { network: seed.networkSlug, gatheringId: seed.gatheringId }),
      { cookie: opts.cookie },
      signal,
      (m) => {
        if (m.event === "connected") connected();
        if (!m.id) return;
        facilitatorEvents++;
        seen.set(m.id, performance.now());
        if (screenReloading) refetcher.schedule(reload);
      },
    );
    await facilitatorConnected;

    // Joins, ten at a time.
    const joinStarted = performance.now();
    const tokens: { token: string; partnershipId: string; slice: number }[] = [];
    for (let i = 0; i < participants; i += 10) {
      const batch = Array.from({ length: Math.min(10, participants - i) }, (_, k) => i + k);
      const joined = await Promise.all(
        batch.map(async (n) => {
          const office = seed.offices[n % seed.offices.length]!;
          const slice = n % phoneBases.length;
          const r = await postTrpc(phoneBases[slice]!.base, "workshop.join", {
            code: seed.code,
            name: `Deltaker ${n + 1}`,
            roleGroup: ROLE_GROUPS[n % ROLE_GROUPS.length],
            partnershipId: office.id,
          });
          if (r.status !== 200) throw new Error(`workshop.join: ${r.status} ${JSON.stringify(r.error).slice(0, 300)}`);
          return { token: (r.data as { token: string }).token, partnershipId: office.id, slice };
        }),
      );
      tokens.push(...joined);
    }
    const joinSeconds = (performance.now() - joinStarted) / 1000;

    // Every phone on its own stream; wait until all are connected.
    let phonesConnected = 0;
    await Promise.all(
      tokens.map(({ token, slice }) =>
        openStream(subscriptionUrl(phoneBases[slice]!.base, "workshop.participantEvents", { token }), {}, signal, (m) => {
          if (m.event === "connected") phonesConnected++;
        }),
      ),
    );
    for (let waited = 0; phonesConnected < tokens.length && waited < 10_000; waited += 50) await sleep(50);
    log(
      `live: ${tokens.length} participants joined in ${joinSeconds.toFixed(1)} s, ${phonesConnected} phone streams connected` +
        (phoneBases.length > 1 ? ` (spread over ${phoneBases.map((b) => b.name).join(" and ")})` : ""),
    );

    // The answers: each phone chooses one per area at random moments, and its queue sends them.
    const errorKinds: Record<string, number> = {};
    let submitsSent = 0;
    let submitsOk = 0;
    let answersInSubmits = 0;
    let answersRefused = 0;
    /** Every saved answer: when it was chosen, when its submit was sent, the event that submit returned, and the instance it went to. */
    const saved: { chosenAt: number; sentAt: number; eventId: string; slice: number }[] = [];
    const sliceSubmits = phoneBases.map(() => ({ sent: 0, errors: 0 }));
    const phones = tokens.map(({ token, slice }) => {
      const phoneBase = phoneBases[slice]!.base;
      const chosenAt = new Map<string, number>();
      /** The queue's state, and what was chosen here and is not saved yet. */
      const phone: { state: SendState; unsent: Set<string> } = { state: "idle", unsent: new Set() };
      const queue = createAnswerQueue((state) => (phone.state = state));
      queue.setSubmit(async (answers: Answer[]) => {
        submitsSent++;
        sliceSubmits[slice]!.sent++;
        const sentAt = performance.now();
        let r: Awaited<ReturnType<typeof postTrpcBatchOfOne>>;
        try {
          r = await postTrpcBatchOfOne(phoneBase, "workshop.submit", { token, taskId: seed.taskId, answers });
        } catch (error) {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          const kind = `network ${cause?.code ?? cause?.message ?? String(error)}`;
          errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
          sliceSubmits[slice]!.errors++;
          throw error;
        }
        if (r.status !== 200) {
          errorKinds[String(r.status)] = (errorKinds[String(r.status)] ?? 0) + 1;
          sliceSubmits[slice]!.errors++;
          const message = r.error?.json?.message ?? `HTTP ${r.status}`;
          const refusal = new TRPCClientError(message, { result: { error: { message, code: r.error?.json?.code ?? -32600, data: r.error?.json?.data } } as never });
          // What the queue will not retry is dropped from it: count it as refused.
          const data = r.error?.json?.data;
          if (data && data.code !== "TOO_MANY_REQUESTS" && (data.httpStatus ?? 500) < 500) {
            answersRefused += phone.unsent.size;
            phone.unsent.clear();
          }
          throw refusal;
        }
        submitsOk++;
        answersInSubmits += answers.length;
        const eventId = (r.data as { eventId: string }).eventId;
        for (const a of answers) {
          phone.unsent.delete(a.item);
          saved.push({ chosenAt: chosenAt.get(a.item)!, sentAt, eventId, slice });
        }
      });
      queue.start();
      const choices = Array.from({ length: AREAS }, (_, a) => ({ area: a + 1, at: Math.random() * spreadSeconds * 1000 }));
      const choose = async () => {
        await Promise.all(
          choices.map(async ({ area, at }) => {
            await sleep(at);
            const item = String(area);
            chosenAt.set(item, performance.now());
            phone.unsent.add(item);
            queue.send([{ item, value: SCORES[(area + token.charCodeAt(0)) % SCORES.length]! }]);
          }),
        );
      };
      return { phone, queue, choose };
    });

    const cpu = () => allMemory().reduce((sum, p) => sum + p.cpuMs, 0);
    hogs = startCpuHogs(cpuHogs);
    if (cpuHogs > 0) await sleep(1000);
    const loadBefore = os.loadavg()[0]!;
    const cpuBefore = cpu();
    const started = performance.now();
    screenReloading = true;
    await Promise.all(phones.map(({ choose }) => choose()));
    // Every queue done: all saved, or given up.
    const settleBy = performance.now() + SETTLE_MS;
    while (performance.now() < settleBy && phones.some(({ phone }) => phone.unsent.size > 0 && phone.state !== "error")) await sleep(20);
    const submitSeconds = (performance.now() - started) / 1000;
    const serverCpuMs = cpu() - cpuBefore;
    const loadAfter = os.loadavg()[0]!;
    screenReloading = false;
    for (const { queue } of phones) queue.stop();
    for (const hog of hogs) hog.kill("SIGKILL");
    hogs = [];
    const answersUnsaved = phones.reduce((sum, { phone }) => sum + phone.unsent.size, 0);

    // The last events may still be on their way.
    const eventsBy = performance.now() + 10_000;
    while (performance.now() < eventsBy && saved.some((a) => !seen.has(a.eventId))) await sleep(20);
    const latencies = (answers: typeof saved) => {
      const fromChoice: number[] = [];
      const fromSend: number[] = [];
      let missing = 0;
      for (const a of answers) {
        const received = seen.get(a.eventId);
        if (received === undefined) {
          missing++;
          continue;
        }
        fromChoice.push(received - a.chosenAt);
        fromSend.push(received - a.sentAt);
      }
      fromChoice.sort((a, b) => a - b);
      fromSend.sort((a, b) => a - b);
      return { fromChoice, fromSend, missing };
    };
    const { fromChoice, fromSend, missing } = latencies(saved);
    const answersChosen = tokens.length * AREAS;
    const serverCpuMsPerSubmit = serverCpuMs / Math.max(1, submitsSent);
    log(
      `live: ${answersChosen} answers in ${submitsSent} submits (${submitsOk} ok) in ${submitSeconds.toFixed(1)} s` +
        `${cpuHogs ? ` beside ${cpuHogs} CPU hogs` : ""}, server CPU ${serverCpuMsPerSubmit.toFixed(2)} ms per submit, ` +
        `${(serverCpuMs / answersChosen).toFixed(2)} ms per answer`,
    );

    let answersStored: number;
    if (opts.storedAnswers) answersStored = await opts.storedAnswers();
    else {
      const stored = new BetterSqlite3(dbFile, { readonly: true });
      try {
        answersStored = (stored.prepare("SELECT count(*) AS n FROM workshop_answer WHERE task_id = ?").get(seed.taskId) as { n: number }).n;
      } finally {
        stored.close();
      }
    }

    const group = allMemory();
    const main = group.toSorted((a, b) => b.rssKb - a.rssKb)[0];
    const byInstance: LiveSlice[] | undefined =
      phoneBases.length > 1
        ? phoneBases.map(({ name, base: sliceBase }, slice) => {
            const own = latencies(saved.filter((a) => a.slice === slice));
            return {
              instance: name,
              facilitatorHere: sliceBase === base,
              participants: tokens.filter((t) => t.slice === slice).length,
              submitsSent: sliceSubmits[slice]!.sent,
              submitErrors: sliceSubmits[slice]!.errors,
              answersSaved: saved.filter((a) => a.slice === slice).length,
              answerEventsMissing: own.missing,
              p50: percentile(own.fromChoice, 50),
              p97_5: percentile(own.fromChoice, 97.5),
              max: own.fromChoice.at(-1) ?? NaN,
              sentP97_5: percentile(own.fromSend, 97.5),
            };
          })
        : undefined;
    const submitErrors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
    const p97_5 = percentile(fromChoice, 97.5);
    return {
      participants: tokens.length,
      spreadSeconds,
      answersChosen,
      submitsSent,
      submitsOk,
      answersPerSubmit: answersInSubmits / Math.max(1, submitsOk),
      submitErrors,
      errorKinds,
      answersRefused,
      answersUnsaved,
      answersExpected: answersChosen,
      answersStored,
      facilitatorEvents,
      answerEventsMissing: missing,
      screenReloads,
      screenReloadMaxMs,
      p50: percentile(fromChoice, 50),
      p97_5,
      max: fromChoice.at(-1) ?? NaN,
      sentP50: percentile(fromSend, 50),
      sentP97_5: percentile(fromSend, 97.5),
      joinSeconds,
      peakRssMb: peakRss / 1024,
      peakGroupRssMb: peakGroupRss / 1024,
      rssBeforeMb: rssBefore / 1024,
      hwmMb: (main?.hwmKb ?? 0) / 1024,
      serverCpuMs,
      serverCpuMsPerSubmit,
      serverCpuMsPerAnswer: serverCpuMs / answersChosen,
      cpuHogs,
      loadBefore,
      loadAfter,
      submitSeconds,
      serverProcess: group.map((p) => `${p.name} (${p.pid}): RSS ${(p.rssKb / 1024).toFixed(0)} MB`).join(", "),
      ...(byInstance ? { byInstance } : {}),
      targetMet:
        p97_5 < LIVE_TARGET_P97_5_MS && answersRefused === 0 && answersUnsaved === 0 && missing === 0 && answersStored === answersChosen,
    };
  } finally {
    clearInterval(sampler);
    for (const hog of hogs) hog.kill("SIGKILL");
    controller.abort();
  }
}

export function liveTable(m: LiveMeasurement): string {
  const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");
  const errors = m.submitErrors ? ` (${Object.entries(m.errorKinds).map(([k, v]) => `${k}: ${v}`).join(", ")}; retried by the phones)` : "";
  const lost = [m.answersRefused && `${m.answersRefused} refused`, m.answersUnsaved && `${m.answersUnsaved} never saved`].filter(Boolean).join(", ");
  return [
    "| Live samling | Participants | Answers stored / chosen | Submits sent (answers per submit) | Failed submits | Facilitator events | Server CPU per submit / per answer | p50 ms | p97.5 ms | Max ms | p97.5 from send ms | Peak server RSS | Target met |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    `| answer chosen → facilitator's SSE event (${m.participants} phones on SSE, ${AREAS} answers each within ${m.spreadSeconds} s` +
      `${m.cpuHogs ? `, beside ${m.cpuHogs} CPU hogs` : ""}) | ${m.participants} | ${m.answersStored} / ${m.answersChosen}${lost ? ` (${lost})` : ""} | ` +
      `${m.submitsSent} (${m.answersPerSubmit.toFixed(2)}) | ${m.submitErrors}${errors} | ` +
      `${m.facilitatorEvents}${m.answerEventsMissing ? ` (${m.answerEventsMissing} answers' events never arrived)` : ""} | ` +
      `${m.serverCpuMsPerSubmit.toFixed(2)} / ${m.serverCpuMsPerAnswer.toFixed(2)} ms | ${ms(m.p50)} | ${ms(m.p97_5)} | ${ms(m.max)} | ${ms(m.sentP97_5)} | ` +
      `${m.peakRssMb.toFixed(0)} MB | ${m.targetMet ? "yes" : "**no**"} |`,
  ].join("\n");
}

export function liveNote(m: LiveMeasurement): string {
  return (
    `Live samling: the facilitator's screen on \`workshop.events\` (SSE, signed in; its view reloaded at most every ${SCREEN_REFETCH_MS} ms while events came, ` +
    `${m.screenReloads} reloads, the slowest ${m.screenReloadMaxMs.toFixed(0)} ms), ${m.participants} guests joined with the code ` +
    `(${m.joinSeconds.toFixed(1)} s, ten at a time) and each held its own \`workshop.participantEvents\` stream, then chose ${AREAS} self-assessment answers ` +
    `at random moments within ${m.spreadSeconds} s, sent by the page's own answer queue (one submit in flight per phone; what was chosen meanwhile goes ` +
    `in the next submit; failures retried with its pauses)${m.cpuHogs ? `, beside ${m.cpuHogs} busy loops taking CPU from the server (BENCH_LIVE_CPU_HOGS)` : ""}. ` +
    `Latency: per answer, from choosing it to the facilitator's stream receiving the event whose id its submit returned (p50 from send ${m.sentP50.toFixed(0)} ms). ` +
    `Stored: workshop_answer rows of the task at the end (one per participant and area). Facilitator events: every tracked event on its stream (one per join ` +
    `and per submit). Server CPU: user + system time of the server's processes from the first choice until every queue was done ` +
    `(${m.submitSeconds.toFixed(1)} s, ${(m.serverCpuMs / 1000).toFixed(1)} s of CPU; it includes the SSE fan-out and the facilitator's reloads), ` +
    `per submit request and per answer; 1-minute load average ${m.loadBefore.toFixed(1)} before, ${m.loadAfter.toFixed(1)} after. ` +
    `Memory: RSS of the server's processes sampled every 200 ms during the scenario, the largest process ` +
    `(${m.rssBeforeMb.toFixed(0)} MB before; all of the server's processes together at most ${m.peakGroupRssMb.toFixed(0)} MB; the kernel's high-water mark of the ` +
    `server process since it started ${m.hwmMb.toFixed(0)} MB; at the end: ${m.serverProcess}). ` +
    (m.byInstance
      ? `Instances: the phones were spread over ${m.byInstance.length} instances on one database (phone n on instance n mod ${m.byInstance.length}), ` +
        `the facilitator's screen on ${m.byInstance.find((b) => b.facilitatorHere)?.instance ?? "another"}; server CPU and memory are over all of them. Per instance submitted on: ` +
        m.byInstance
          .map(
            (b) =>
              `${b.instance}${b.facilitatorHere ? " (the facilitator's)" : ""}: ${b.participants} phones, ${b.answersSaved} answers saved in ${b.submitsSent} submits ` +
              `(${b.submitErrors} failed), p50 ${b.p50.toFixed(0)} ms, p97.5 ${b.p97_5.toFixed(0)} ms, max ${b.max.toFixed(0)} ms` +
              `${b.answerEventsMissing ? `, ${b.answerEventsMissing} answers' events never arrived` : ""}`,
          )
          .join("; ") +
        ". "
      : "") +
    `Target: p97.5 < ${LIVE_TARGET_P97_5_MS} ms with every answer stored and none refused.`
  );
}
