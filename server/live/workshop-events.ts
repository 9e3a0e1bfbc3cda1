/**
 * In-process publish/subscribe for live samlinger (ADR 0009). One server process owns the
 * SQLite file, so one process also owns the events. Every event has an id "<boot>-<n>";
 * a reconnecting client sends the last id it saw and gets what it missed from a
 * per-samling ring buffer, or a "resync" when the gap is too old (or the server restarted).
 */
import { randomUUID } from "node:crypto";
import { EventEmitter, on } from "node:events";

export type WorkshopEvent =
  | { type: "answers"; taskId: string; respondents: number }
  | { type: "tasks" }
  | { type: "themes"; taskId: string }
  | { type: "live"; liveStatus: "ikke_startet" | "apen" | "avsluttet" }
  /** The client missed events it cannot get back: it should reload its state. */
  | { type: "resync" };

export interface StoredEvent {
  id: string;
  seq: number;
  event: WorkshopEvent;
}

/** Who listens: the facilitator's screen hears everything, a participant's phone only what it needs. */
export type Audience = "facilitator" | "participant";

/** What a phone hears: the tasks and the samling's state, never other people's answers or themes. */
export const forParticipants = (event: WorkshopEvent) => event.type === "tasks" || event.type === "live" || event.type === "resync";

const heardBy = (audience: Audience, event: WorkshopEvent) => audience === "facilitator" || forParticipants(event);

/**
 * Phones listen on a channel of their own, so an answer wakes the facilitator's screen only: with
 * one channel, each of 150 phones woke up for every answer and threw it away.
 */
const channel = (gatheringId: string, audience: Audience) => (audience === "facilitator" ? gatheringId : `${gatheringId}\0participant`);

const BOOT = randomUUID().slice(0, 8);
const BUFFER_SIZE = 2000;

let lastSeq = 0;
const buffers = new Map<string, StoredEvent[]>();
const emitter = new EventEmitter();
emitter.setMaxListeners(0);

export function publishWorkshopEvent(gatheringId: string, event: WorkshopEvent): string {
  const stored: StoredEvent = { id: `${BOOT}-${++lastSeq}`, seq: lastSeq, event };
  const buffer = buffers.get(gatheringId) ?? [];
  buffer.push(stored);
  if (buffer.length > BUFFER_SIZE) buffer.splice(0, buffer.length - BUFFER_SIZE);
  buffers.set(gatheringId, buffer);
  emitter.emit(channel(gatheringId, "facilitator"), stored);
  if (forParticipants(event)) emitter.emit(channel(gatheringId, "participant"), stored);
  return stored.id;
}

function seqOf(eventId: string): number | null {
  const [boot, seq] = eventId.split("-");
  return boot === BOOT && /^\d+$/.test(seq ?? "") ? Number(seq) : null;
}

/** What a client that last saw `lastEventId` has missed: the events after it (those its audience hears), or a resync. */
export function missedEvents(gatheringId: string, lastEventId: string, audience: Audience = "facilitator"): StoredEvent[] {
  return allMissed(gatheringId, lastEventId).filter((e) => heardBy(audience, e.event));
}

function allMissed(gatheringId: string, lastEventId: string): StoredEvent[] {
  const after = seqOf(lastEventId);
  const buffer = buffers.get(gatheringId) ?? [];
  const resync: StoredEvent = { id: `${BOOT}-${lastSeq}`, seq: lastSeq, event: { type: "resync" } };
  if (after === null) return [resync];
  const oldest = buffer[0];
  if (oldest && oldest.seq > after + 1 && after < lastSeq) {
    // Events between `after` and the oldest kept may have been for this samling; we cannot tell.
    return [resync, ...buffer.filter((e) => e.seq > after)];
  }
  return buffer.filter((e) => e.seq > after);
}

/**
 * The samling's events for `audience` from now on, after those missed since lastEventId; ends
 * when the signal aborts.
 */
export async function* workshopEvents(
  gatheringId: string,
  lastEventId: string | null | undefined,
  signal: AbortSignal | undefined,
  audience: Audience = "facilitator",
): AsyncGenerator<StoredEvent> {
  // A client gone before the stream started: end quietly (node's on() would throw an AbortError here).
  if (signal?.aborted) return;
  // Listen before replaying, so nothing published in between is lost; duplicates are skipped by seq.
  const live = on(emitter, channel(gatheringId, audience), signal ? { signal } : {}) as AsyncIterableIterator<[StoredEvent]>;
  let seen = lastSeq;
  if (lastEventId) {
    for (const missed of missedEvents(gatheringId, lastEventId, audience)) {
      seen = Math.max(seen, missed.seq);
      yield missed;
    }
  }
  try {
    for await (const [stored] of live) {
      if (stored.seq <= seen) continue;
      seen = stored.seq;
      yield stored;
    }
  } catch (error) {
    if ((error as { name?: string }).name !== "AbortError") throw error;
  }
}

/** For tests: forget everything. */
export function resetWorkshopEvents() {
  buffers.clear();
  emitter.removeAllListeners();
}
