/**
 * Live samling events (ADR 0009, ADR 0017). Every event gets an id that grows; a reconnecting
 * screen or phone sends the last id it saw and gets the events after it (those its audience
 * hears), or a "resync" when that id cannot be resumed (unknown, not issued here, or older than
 * what is kept): the client then reloads its state. Where events are kept: ./event-log.ts.
 *
 * Live delivery: on SQLite one process owns the file, so the publisher hands the event to this
 * process's subscribers. On PostgreSQL the insert and a `pg_notify` are one statement; every
 * instance LISTENs on a dedicated connection (server/instances/postgres-listener.ts) and fans the
 * notification out to its own subscribers, the publisher's instance included. A notification
 * missed while that connection was down loses nothing: when it is back, every subscriber re-reads
 * the rows after the last id it delivered.
 *
 * Answers are never carried by events: they are stored by their own mutation before the event is
 * published, so a dropped stream cannot lose an answer.
 */
import { dialectOfDatabase, type Database } from "~/db/connection";
import { listenOn, type PostgresListener } from "~/server/instances/postgres-listener";
import { CHANNEL, heardBy, memoryEventLog, tableEventLog, type Audience, type EventLog, type StoredEvent, type WorkshopEvent } from "./event-log";
import { errorFields, log } from "~/server/ops/log";

export { forParticipants, type Audience, type StoredEvent, type WorkshopEvent } from "./event-log";

/** Events older than this are pruned; a client away longer gets a resync. A samling is a day at most. */
export const KEEP_EVENTS_MS = 12 * 60 * 60_000;
const PRUNE_EVERY_MS = 10 * 60_000;
/** A client that missed more than this gets a resync instead of the replay. */
export const MAX_REPLAY = 2000;

const logs = new WeakMap<Database, EventLog>();

/** The connection's event log: the table on PostgreSQL, memory on SQLite (./event-log.ts). */
export function eventLogOf(db: Database): EventLog {
  let log = logs.get(db);
  if (!log) {
    log = dialectOfDatabase(db) === "postgres" ? tableEventLog(db) : memoryEventLog();
    logs.set(db, log);
  }
  return log;
}

// --- Subscribers in this process --------------------------------------------------------------

interface Subscriber {
  gatheringId: string;
  audience: Audience;
  queue: StoredEvent[];
  /** Set when notifications may have been missed: re-read the rows after the last id delivered. */
  reread: boolean;
  /** Set when the connection's events are closed (closeWorkshopEvents): the stream ends. */
  closed: boolean;
  wake: (() => void) | null;
}

/** The subscribers of one connection in this process, by samling; on PostgreSQL also its listener. */
interface Hub {
  subscribers: Map<string, Set<Subscriber>>;
  listener: PostgresListener | null;
  /** Closes the listener a while after the last subscriber left. */
  idle: NodeJS.Timeout | null;
}

const hubs = new WeakMap<Database, Hub>();

/** How long the LISTEN connection stays after the last subscriber of this process left. */
const LISTENER_IDLE_MS = 30_000;

function hubOf(db: Database): Hub {
  let hub = hubs.get(db);
  if (!hub) {
    hub = { subscribers: new Map(), listener: null, idle: null };
    hubs.set(db, hub);
  }
  return hub;
}

/** On PostgreSQL, makes sure this process LISTENs while it has subscribers. */
function listenWhileSubscribed(db: Database, hub: Hub) {
  if (hub.idle) clearTimeout(hub.idle);
  hub.idle = null;
  if (hub.listener || dialectOfDatabase(db) !== "postgres") return;
  hub.listener = listenOn(db, CHANNEL, {
    onNotification: (payload) => {
      const parsed = parseNotification(payload);
      if (parsed) deliver(hub, parsed.gatheringId, parsed.stored);
    },
    // Whatever was notified while the connection was away (or not yet listening) is in the table: every subscriber re-reads.
    onReady: () => {
      for (const set of hub.subscribers.values()) for (const subscriber of set) requestReread(subscriber);
    },
  });
}

function unsubscribe(hub: Hub, subscriber: Subscriber) {
  const set = hub.subscribers.get(subscriber.gatheringId);
  if (!set) return;
  set.delete(subscriber);
  if (set.size === 0) hub.subscribers.delete(subscriber.gatheringId);
  if (hub.subscribers.size > 0 || !hub.listener || hub.idle) return;
  hub.idle = setTimeout(() => {
    hub.idle = null;
    const listener = hub.listener;
    hub.listener = null;
    void listener?.close();
  }, LISTENER_IDLE_MS);
  hub.idle.unref();
}

function deliver(hub: Hub, gatheringId: string, stored: StoredEvent) {
  const set = hub.subscribers.get(gatheringId);
  if (!set) return;
  for (const subscriber of set) {
    if (!heardBy(subscriber.audience, stored.event)) continue;
    subscriber.queue.push(stored);
    subscriber.wake?.();
  }
}

function requestReread(subscriber: Subscriber) {
  subscriber.reread = true;
  subscriber.wake?.();
}

function parseNotification(payload: string): { gatheringId: string; stored: StoredEvent } | null {
  try {
    const { g, id, e } = JSON.parse(payload) as { g?: unknown; id?: unknown; e?: unknown };
    if (typeof g !== "string" || typeof id !== "number" || typeof e !== "object" || e === null) return null;
    return { gatheringId: g, stored: { id: String(id), seq: id, event: e as WorkshopEvent } };
  } catch {
    return null;
  }
}

// --- Publishing -------------------------------------------------------------------------------

/**
 * Keeps the event and sends it to every subscriber of the samling, on every instance. Call it
 * after the change it announces is committed. Returns the event's id.
 */
export async function publishWorkshopEvent(db: Database, gatheringId: string, event: WorkshopEvent): Promise<string> {
  const id = await eventLogOf(db).append(gatheringId, event);
  // PostgreSQL: every instance's listener delivers it, this one's too. SQLite: this process is all there is.
  if (dialectOfDatabase(db) !== "postgres") {
    const hub = hubs.get(db);
    if (hub) deliver(hub, gatheringId, { id: String(id), seq: id, event });
  }
  pruneNow(db);
  return String(id);
}

const lastPrune = new WeakMap<Database, number>();

/** Now and then (at most every PRUNE_EVERY_MS per connection), in the background: forgets old events. */
function pruneNow(db: Database) {
  const now = Date.now();
  const previous = lastPrune.get(db);
  if (previous !== undefined && now - previous < PRUNE_EVERY_MS) return;
  lastPrune.set(db, now);
  if (previous === undefined) return;
  void pruneWorkshopEvents(db, new Date(now - KEEP_EVENTS_MS)).catch((error: unknown) =>
    log("error", "pruning live events failed", errorFields(error)),
  );
}

/** Forgets events created before `before` (the newest is always kept: it tells which ids are current). */
export async function pruneWorkshopEvents(db: Database, before: Date): Promise<void> {
  await eventLogOf(db).prune(before);
}

// --- Reading --------------------------------------------------------------------------------

const parseId = (eventId: string) => (/^\d{1,16}$/.test(eventId) && Number.isSafeInteger(Number(eventId)) ? Number(eventId) : null);

/**
 * What a client that last saw `lastEventId` has missed: the samling's events after it (those its
 * audience hears), or a resync — alone when the id is unknown, not yet issued, or too much was
 * missed; followed by what is kept when older events after it were pruned.
 */
export async function missedEvents(db: Database, gatheringId: string, lastEventId: string, audience: Audience = "facilitator"): Promise<StoredEvent[]> {
  return (await resumeFrom(db, gatheringId, lastEventId, audience)).events;
}

/** The missed events, and the id the client is at once it has them (for later re-reads). */
async function resumeFrom(db: Database, gatheringId: string, lastEventId: string, audience: Audience): Promise<{ events: StoredEvent[]; position: number }> {
  const log = eventLogOf(db);
  const after = parseId(lastEventId);
  const { oldest, newest } = await log.horizon(gatheringId);
  const resync: StoredEvent = { id: String(newest), seq: newest, event: { type: "resync" } };
  if (after === null || after > newest) return { events: [resync], position: newest };
  const rows = await log.after(gatheringId, audience, after, MAX_REPLAY + 1);
  if (rows.length > MAX_REPLAY) return { events: [resync], position: newest };
  const position = Math.max(after, ...rows.map((row) => row.seq));
  // Ids between `after` and the oldest kept may have been this samling's; we cannot tell.
  if (after + 1 < oldest) return { events: [resync, ...rows], position };
  return { events: rows, position };
}

/**
 * The samling's events for `audience` from now on, after those missed since lastEventId; ends
 * when the signal aborts.
 */
export async function* workshopEvents(
  db: Database,
  gatheringId: string,
  lastEventId: string | null | undefined,
  signal: AbortSignal | undefined,
  audience: Audience = "facilitator",
): AsyncGenerator<StoredEvent> {
  // A client gone before the stream started: end quietly.
  if (signal?.aborted) return;
  const hub = hubOf(db);
  // Subscribe before reading the table, so nothing published in between is lost; duplicates are skipped.
  const subscriber: Subscriber = { gatheringId, audience, queue: [], reread: false, closed: false, wake: null };
  const set = hub.subscribers.get(gatheringId) ?? new Set<Subscriber>();
  set.add(subscriber);
  hub.subscribers.set(gatheringId, set);
  listenWhileSubscribed(db, hub);
  // Without lastEventId, a re-read (after a lost LISTEN connection) starts from what was current at subscription.
  const floor = lastEventId ? null : eventLogOf(db).horizon(gatheringId).then((range) => range.newest);
  floor?.catch(() => undefined);

  const delivered = new Set<number>();
  /** The highest id delivered (or resumed past). */
  let last = 0;
  /** A resuming client has everything up to here: a late notification of an older event is not news. */
  let resumedThrough = 0;
  const fresh = (stored: StoredEvent) => {
    // A resync carries the current id, which may also be a real event's: it is never a duplicate.
    if (stored.event.type === "resync") return true;
    if (stored.seq <= resumedThrough || delivered.has(stored.seq)) return false;
    delivered.add(stored.seq);
    if (delivered.size > 4 * MAX_REPLAY) for (const seq of delivered) if (seq < last - MAX_REPLAY) delivered.delete(seq);
    last = Math.max(last, stored.seq);
    return true;
  };
  const onAbort = () => subscriber.wake?.();
  signal?.addEventListener("abort", onAbort);

  try {
    if (lastEventId) {
      const { events, position } = await resumeFrom(db, gatheringId, lastEventId, audience);
      for (const missed of events) {
        if (signal?.aborted) return;
        if (fresh(missed)) yield missed;
      }
      last = Math.max(last, position);
      resumedThrough = position;
    }
    while (!signal?.aborted && !subscriber.closed) {
      if (subscriber.reread) {
        subscriber.reread = false;
        const from = Math.max(last, (await floor) ?? 0);
        for (const missed of await eventLogOf(db).after(gatheringId, audience, from, MAX_REPLAY)) {
          if (signal?.aborted) return;
          if (fresh(missed)) yield missed;
        }
        continue;
      }
      const next = subscriber.queue.shift();
      if (next) {
        if (fresh(next)) yield next;
        continue;
      }
      await new Promise<void>((resolve) => (subscriber.wake = resolve));
      subscriber.wake = null;
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    unsubscribe(hub, subscriber);
  }
}

/** Resolves when this process LISTENs for the connection's events (PostgreSQL, while it has subscribers); at once otherwise. */
export async function workshopEventsListening(db: Database): Promise<void> {
  await hubs.get(db)?.listener?.ready;
}

/** Stops this connection's listener and forgets its subscribers (tests, shutdown). */
export async function closeWorkshopEvents(db: Database): Promise<void> {
  const hub = hubs.get(db);
  if (!hub) return;
  hubs.delete(db);
  if (hub.idle) clearTimeout(hub.idle);
  for (const set of hub.subscribers.values())
    for (const subscriber of set) {
      subscriber.closed = true;
      subscriber.wake?.();
    }
  hub.subscribers.clear();
  await hub.listener?.close();
}
