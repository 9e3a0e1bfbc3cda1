import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { createTestDatabase, createTestSqliteDatabase } from "~/test/database";
import { MEMORY_EVENTS_PER_SAMLING, memoryEventLog } from "./event-log";
import { scratchPostgres } from "~/server/instances/test-postgres";
import { instanceTables } from "~/server/instances/tables";
import {
  closeWorkshopEvents,
  MAX_REPLAY,
  missedEvents,
  pruneWorkshopEvents,
  publishWorkshopEvent,
  workshopEvents,
  workshopEventsListening,
  type StoredEvent,
  type WorkshopEvent,
} from "./workshop-events";

let counter = 0;
let G = "";
let OTHER = "";
/** Fresh samling ids per test: all tests share the file's database. */
beforeEach(() => {
  counter += 1;
  G = `samling-${counter}-a`;
  OTHER = `samling-${counter}-b`;
});

const answers = (respondents: number) => ({ type: "answers" as const, taskId: "t1", respondents });

/** The next value, or a failure after `ms` (so a lost event fails the test instead of hanging it). */
async function nextWithin(iterator: AsyncGenerator<StoredEvent>, ms = 5_000): Promise<StoredEvent> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms)));
  try {
    const next = await Promise.race([iterator.next(), timeout]);
    if (next.done) throw new Error("the stream ended");
    return next.value;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Lets notifications already on their way land first (PostgreSQL delivers them just after the
 * commit): an event published before subscribing may otherwise still arrive, harmlessly, after it.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Takes `n` events from the iterator, then ends it. */
async function take(iterator: AsyncGenerator<StoredEvent>, n: number): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  while (out.length < n) {
    const next = await iterator.next();
    if (next.done) break;
    out.push(next.value);
  }
  await iterator.return(undefined);
  return out;
}

/** Behaviour on the dialect of the Vitest project (in-memory SQLite, or the file's PostgreSQL database). */
describe("live events on one instance", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => closeWorkshopEvents(db));

  /** A subscription that is live (on PostgreSQL: its LISTEN is in place) before the test publishes. */
  async function subscribe(gatheringId: string, lastEventId: string | null, audience: "facilitator" | "participant" = "facilitator", signal?: AbortSignal) {
    const iterator = workshopEvents(db, gatheringId, lastEventId, signal, audience);
    const first = iterator.next();
    await workshopEventsListening(db);
    return { iterator, first };
  }

  it("gives every event an increasing decimal id, comparable across samlinger", async () => {
    const a = await publishWorkshopEvent(db, G, { type: "tasks" });
    const b = await publishWorkshopEvent(db, OTHER, { type: "tasks" });
    const c = await publishWorkshopEvent(db, G, answers(1));
    for (const id of [a, b, c]) expect(id).toMatch(/^\d+$/);
    expect(Number(a)).toBeLessThan(Number(b));
    expect(Number(b)).toBeLessThan(Number(c));
  });

  it("replays the samling's events after lastEventId, then continues live", async () => {
    const first = await publishWorkshopEvent(db, G, { type: "tasks" });
    await publishWorkshopEvent(db, OTHER, { type: "tasks" });
    const second = await publishWorkshopEvent(db, G, answers(1));
    const third = await publishWorkshopEvent(db, G, answers(2));
    const iterator = workshopEvents(db, G, first, undefined);
    const replayed = [await nextWithin(iterator), await nextWithin(iterator)];
    expect(replayed.map((r) => r.id)).toEqual([second, third]);
    expect(replayed[1]!.event).toEqual(answers(2));
    const pending = nextWithin(iterator);
    await workshopEventsListening(db);
    await publishWorkshopEvent(db, OTHER, answers(9));
    const fourth = await publishWorkshopEvent(db, G, { type: "themes", taskId: "t1" });
    expect((await pending).id).toBe(fourth);
    await iterator.return(undefined);
  });

  it("replays nothing when the client is up to date", async () => {
    await publishWorkshopEvent(db, G, { type: "tasks" });
    const last = await publishWorkshopEvent(db, G, { type: "tasks" });
    expect(await missedEvents(db, G, last)).toEqual([]);
  });

  it("answers an unknown id, an id not yet issued, or one of the old <boot>-<n> form with a resync at the current id", async () => {
    const newest = await publishWorkshopEvent(db, G, { type: "tasks" });
    for (const id of ["nonsense", "", "deadbeef-1", "12345678-x", "-1", "1.5", String(Number(newest) + 1000), "9".repeat(20)]) {
      const missed = await missedEvents(db, G, id);
      expect(missed).toEqual([{ id: newest, seq: Number(newest), event: { type: "resync" } }]);
    }
    const [event] = await take(workshopEvents(db, G, "deadbeef-3", undefined), 1);
    expect(event!.event).toEqual({ type: "resync" });
  });

  it("without lastEventId, yields only what is published after subscribing", async () => {
    await publishWorkshopEvent(db, G, { type: "tasks" });
    await settle();
    const { iterator, first } = await subscribe(G, null);
    const id = await publishWorkshopEvent(db, G, answers(1));
    const next = await first;
    expect(next.value).toEqual({ id, seq: Number(id), event: answers(1) });
    await iterator.return(undefined);
  });

  it("delivers to every subscriber of the samling, and to no one else", async () => {
    const a = await subscribe(G, null);
    const b = await subscribe(G, null);
    const other = await subscribe(OTHER, null);
    let otherGot = false;
    void other.first.then(() => (otherGot = true));
    const id = await publishWorkshopEvent(db, G, { type: "live", liveStatus: "avsluttet" });
    const [ra, rb] = [await a.first, await b.first];
    expect([(ra.value as StoredEvent).id, (rb.value as StoredEvent).id]).toEqual([id, id]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(otherGot).toBe(false);
    await Promise.all([a.iterator.return(undefined), b.iterator.return(undefined)]);
  });

  it("gives a participant's phone the tasks and the samling's state, never answers or themes, live and replayed", async () => {
    const start = await publishWorkshopEvent(db, G, { type: "tasks" });
    await publishWorkshopEvent(db, G, answers(1));
    await publishWorkshopEvent(db, G, { type: "themes", taskId: "t1" });
    const opened = await publishWorkshopEvent(db, G, { type: "live", liveStatus: "apen" });
    expect((await missedEvents(db, G, start, "participant")).map((e) => e.id)).toEqual([opened]);
    expect((await missedEvents(db, G, "deadbeef-1", "participant")).map((e) => e.event)).toEqual([{ type: "resync" }]);

    const phone = workshopEvents(db, G, start, undefined, "participant");
    expect(await nextWithin(phone)).toMatchObject({ id: opened });
    const phoneNext = nextWithin(phone);
    const facilitator = await subscribe(G, null);
    const answered = await publishWorkshopEvent(db, G, answers(2));
    const tasks = await publishWorkshopEvent(db, G, { type: "tasks" });
    expect(((await facilitator.first).value as StoredEvent).id).toBe(answered);
    expect((await phoneNext).id).toBe(tasks);
    await Promise.all([phone.return(undefined), facilitator.iterator.return(undefined)]);
  });

  it("ends when the signal aborts", async () => {
    const controller = new AbortController();
    const iterator = workshopEvents(db, G, null, controller.signal);
    const pending = iterator.next();
    await workshopEventsListening(db);
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("ends at once for a signal that already aborted, even with events to replay", async () => {
    const first = await publishWorkshopEvent(db, G, { type: "tasks" });
    await publishWorkshopEvent(db, G, { type: "tasks" });
    const controller = new AbortController();
    controller.abort();
    expect(await take(workshopEvents(db, G, first, controller.signal), 5)).toEqual([]);
  });
});

/** SQLite keeps events in memory (./event-log.ts), whichever project runs the file. */
describe("live events on SQLite: kept in memory", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestSqliteDatabase();
  });
  afterAll(() => closeWorkshopEvents(db));

  it("sends a resync, then what it kept, when the samling's buffer has moved past the client's id", async () => {
    const first = await publishWorkshopEvent(db, G, answers(0));
    for (let i = 1; i <= MEMORY_EVENTS_PER_SAMLING + 100; i++) await publishWorkshopEvent(db, G, answers(i));
    const missed = await missedEvents(db, G, first);
    expect(missed[0]!.event).toEqual({ type: "resync" });
    expect(missed).toHaveLength(1 + MEMORY_EVENTS_PER_SAMLING);
    expect(missed.at(-1)!.event).toEqual(answers(MEMORY_EVENTS_PER_SAMLING + 100));
  });

  it("ids of an earlier boot are older than anything kept: a resync, then this boot's events", async () => {
    const before = memoryEventLog(Date.now() * 1000 - 5_000_000);
    const old = await before.append(G, { type: "tasks" });
    const id = await publishWorkshopEvent(db, G, { type: "tasks" });
    expect(Number(id)).toBeGreaterThan(old);
    const missed = await missedEvents(db, G, String(old));
    expect(missed[0]!.event).toEqual({ type: "resync" });
    expect(missed.at(-1)!.id).toBe(id);
  });

  it("forgets samlinger without events since the cutoff, and a client of one gets a resync", async () => {
    const seen = await publishWorkshopEvent(db, OTHER, { type: "tasks" });
    await publishWorkshopEvent(db, OTHER, { type: "tasks" });
    await pruneWorkshopEvents(db, new Date(Date.now() + 60_000));
    expect((await missedEvents(db, OTHER, seen)).map((e) => e.event)).toEqual([{ type: "resync" }]);
    const later = await publishWorkshopEvent(db, OTHER, { type: "tasks" });
    expect(await missedEvents(db, OTHER, later)).toEqual([]);
  });
});

/** PostgreSQL across instances, whichever project runs the file: two connections are two instances. */
describe("live events across instances (PostgreSQL)", () => {
  let a: Database;
  let b: Database;
  let c: Database;
  const scratch = scratchPostgres();
  beforeAll(async () => {
    a = await scratch.connect();
    [b, c] = await Promise.all([scratch.connect(), scratch.connect()]);
  });
  afterAll(async () => {
    await Promise.all([a, b, c].map((db) => closeWorkshopEvents(db)));
  });

  it("stores the event with its samling and type", async () => {
    const id = await publishWorkshopEvent(a, G, { type: "themes", taskId: "t9" });
    const { liveEvent } = instanceTables(a);
    const rows = await a.select().from(liveEvent).where(sql`${liveEvent.id} = ${Number(id)}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ gatheringId: G, type: "themes", payload: { type: "themes", taskId: "t9" } });
    expect(rows[0]!.createdAt).toBeInstanceOf(Date);
  });

  it("sends a resync, then what is kept, when events after the client's id were pruned", async () => {
    const first = await publishWorkshopEvent(a, G, answers(0));
    await publishWorkshopEvent(a, G, answers(1));
    await publishWorkshopEvent(a, OTHER, answers(1));
    await pruneWorkshopEvents(a, new Date(Date.now() + 60_000));
    const kept = await publishWorkshopEvent(a, G, answers(2));
    const missed = await missedEvents(a, G, first);
    expect(missed.map((e) => e.event)).toEqual([{ type: "resync" }, answers(2)]);
    expect(missed.at(-1)!.id).toBe(kept);
    const stream = workshopEvents(a, G, first, undefined);
    expect((await take(stream, 2)).map((e) => e.event)).toEqual([{ type: "resync" }, answers(2)]);
  });

  it("pruning keeps the newest event, so the current id is still known", async () => {
    const newest = await publishWorkshopEvent(a, G, { type: "tasks" });
    await pruneWorkshopEvents(a, new Date(Date.now() + 60_000));
    expect(await missedEvents(a, G, newest)).toEqual([]);
    expect(await missedEvents(a, OTHER, newest)).toEqual([]);
  });

  it("answers a client that missed more than can be replayed with a resync alone", async () => {
    const first = await publishWorkshopEvent(a, G, answers(0));
    const { liveEvent } = instanceTables(a);
    const many = Array.from({ length: MAX_REPLAY + 4 }, (_, i) => ({ gatheringId: G, type: "answers", payload: answers(i + 1) }));
    await a.insert(liveEvent).values(many);
    const newest = await publishWorkshopEvent(a, G, answers(MAX_REPLAY + 5));
    expect(await missedEvents(a, G, first)).toEqual([{ id: newest, seq: Number(newest), event: { type: "resync" } }]);
    const almost = String(Number(newest) - 3);
    expect((await missedEvents(a, G, almost)).map((e) => e.event)).toEqual([answers(MAX_REPLAY + 3), answers(MAX_REPLAY + 4), answers(MAX_REPLAY + 5)]);
  }, 60_000);


  const terminateListeners = (db: Database) =>
    db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'LISTEN live_event'`);

  it("an event published on instance A reaches the facilitator on instance B and the phone on C", async () => {
    const screen = workshopEvents(b, G, null, undefined);
    const screenNext = nextWithin(screen);
    const phone = workshopEvents(c, G, null, undefined, "participant");
    const phoneNext = nextWithin(phone);
    await Promise.all([workshopEventsListening(b), workshopEventsListening(c)]);
    const answered = await publishWorkshopEvent(a, G, answers(1));
    const tasks = await publishWorkshopEvent(a, G, { type: "tasks" });
    expect(await screenNext).toEqual({ id: answered, seq: Number(answered), event: answers(1) });
    expect(await nextWithin(screen)).toMatchObject({ id: tasks, event: { type: "tasks" } });
    expect(await phoneNext).toMatchObject({ id: tasks, event: { type: "tasks" } });
    await Promise.all([screen.return(undefined), phone.return(undefined)]);
  });

  it("a client resumes on B from an id it got on A", async () => {
    const seen = await publishWorkshopEvent(a, G, { type: "tasks" });
    const missed = await publishWorkshopEvent(a, G, answers(3));
    const resumed = workshopEvents(b, G, seen, undefined);
    expect(await nextWithin(resumed)).toMatchObject({ id: missed, event: answers(3) });
    await resumed.return(undefined);
  });

  it("concurrent publishers on two instances: every subscriber gets each event once, in id order", async () => {
    const screens = [workshopEvents(a, G, null, undefined), workshopEvents(c, G, null, undefined)];
    const firsts = screens.map((s) => nextWithin(s, 15_000));
    await Promise.all([workshopEventsListening(a), workshopEventsListening(c)]);
    const burst = (db: Database, from: number) =>
      Promise.all(Array.from({ length: 40 }, (_, i) => publishWorkshopEvent(db, G, answers(from + i))));
    const ids = (await Promise.all([burst(a, 0), burst(b, 100)])).flat().map(Number).sort((x, y) => x - y);
    for (const [n, screen] of screens.entries()) {
      const got = [await firsts[n]!];
      while (got.length < ids.length) got.push(await nextWithin(screen));
      expect(got.map((e) => e.seq)).toEqual(ids);
    }
    await Promise.all(screens.map((s) => s.return(undefined)));
  }, 30_000);

  it("loses nothing when the LISTEN connection drops: the subscriber re-reads after it reconnects", async () => {
    const before = await publishWorkshopEvent(a, G, answers(0));
    const screen = workshopEvents(b, G, before, undefined);
    const firstLive = nextWithin(screen, 15_000);
    await workshopEventsListening(b);
    const published: string[] = [];
    published.push(await publishWorkshopEvent(a, G, answers(1)));
    await terminateListeners(a);
    // Published while B's listener is down: no notification reaches B.
    for (let i = 2; i <= 5; i++) published.push(await publishWorkshopEvent(a, G, answers(i)));
    const got = [await firstLive];
    while (got.length < published.length) got.push(await nextWithin(screen, 15_000));
    expect(got.map((e) => e.id)).toEqual(published);
    // And it is live again after the reconnect.
    const after = await publishWorkshopEvent(c, G, { type: "tasks" });
    expect((await nextWithin(screen, 15_000)).id).toBe(after);
    await screen.return(undefined);
  }, 30_000);

  it("a subscriber without lastEventId re-reads only what came after it subscribed", async () => {
    await publishWorkshopEvent(a, G, answers(0));
    await settle();
    const screen = workshopEvents(b, G, null, undefined);
    const firstLive = nextWithin(screen, 15_000);
    await workshopEventsListening(b);
    await terminateListeners(a);
    const missed = await publishWorkshopEvent(a, G, answers(1));
    expect(await firstLive).toMatchObject({ id: missed, event: answers(1) });
    await screen.return(undefined);
  }, 30_000);

  it("carries only small notifications: a samling's event is a few hundred bytes", async () => {
    const payloads: string[] = [];
    const { listenOn } = await import("~/server/instances/postgres-listener");
    const listener = listenOn(c, "live_event", { onNotification: (p) => payloads.push(p), onReady: () => undefined });
    await listener.ready;
    const event: WorkshopEvent = { type: "answers", taskId: "x".repeat(40), respondents: 150 };
    const id = await publishWorkshopEvent(a, G, event);
    for (let i = 0; i < 100 && payloads.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await listener.close();
    expect(JSON.parse(payloads[0]!)).toEqual({ g: G, id: Number(id), e: event });
    expect(Buffer.byteLength(payloads[0]!)).toBeLessThan(8000);
  });
});
