/**
 * Where live samling events are kept for resuming (ADR 0017), behind one small interface so that
 * server/live/workshop-events.ts has one code path for delivery and resume:
 *
 * - **PostgreSQL**: the table `live_event`. Ids come from its identity sequence, so they compare
 *   across instances. Appending is one statement that also sends the NOTIFY the other instances
 *   wait for, committed asynchronously (an event is a hint to reload, not data: a crash of the
 *   database server may lose the last fraction of a second of hints, never an answer).
 * - **SQLite**: memory, as before issue 17. One process owns the file and hears every event; an
 *   insert and fsync per event would have undone group commit (ADR 0015). Ids start at the boot
 *   time in microseconds, so an id from before a restart is older than anything kept (a resync),
 *   and ids never repeat across restarts. The `live_event` table exists on SQLite too (the
 *   schemas are the same) and stays empty.
 */
import { and, asc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { instanceTables } from "~/server/instances/tables";

export type WorkshopEvent =
  | { type: "answers"; taskId: string; respondents: number }
  | { type: "tasks" }
  | { type: "themes"; taskId: string }
  | { type: "live"; liveStatus: "ikke_startet" | "apen" | "avsluttet" }
  /** The client missed events it cannot get back: it should reload its state. */
  | { type: "resync" };

export interface StoredEvent {
  /** The id as a decimal string (what `tracked` sends and the client sends back). */
  id: string;
  seq: number;
  event: WorkshopEvent;
}

/** Who listens: the facilitator's screen hears everything, a participant's phone only what it needs. */
export type Audience = "facilitator" | "participant";

/** The types a phone hears: the tasks and the samling's state, never other people's answers or themes. */
export const PARTICIPANT_TYPES: readonly WorkshopEvent["type"][] = ["tasks", "live", "resync"];

export const forParticipants = (event: WorkshopEvent) => PARTICIPANT_TYPES.includes(event.type);

export const heardBy = (audience: Audience, event: WorkshopEvent) => audience === "facilitator" || forParticipants(event);

export interface EventLog {
  /** Keeps the event; answers its id. On PostgreSQL this also notifies every instance. */
  append(gatheringId: string, event: WorkshopEvent): Promise<number>;
  /** The samling's events after `after` that `audience` hears, in id order, at most `limit`. */
  after(gatheringId: string, audience: Audience, after: number, limit: number): Promise<StoredEvent[]>;
  /**
   * The newest id issued (the current position, also for a resync), and the oldest id from which
   * on the samling's events are all kept: a client whose last id is older may have missed some.
   */
  horizon(gatheringId: string): Promise<{ oldest: number; newest: number }>;
  /** Forgets events created before `before` (keeping what tells the current position). */
  prune(before: Date): Promise<void>;
}

/** The NOTIFY channel (one per database). */
export const CHANNEL = "live_event";
/** Advisory-lock class for "one publisher per samling at a time" (two-int key space; any fixed number). */
const PUBLISH_LOCK_CLASS = 7317;

export function tableEventLog(db: Database): EventLog {
  const { liveEvent: t } = instanceTables(db);
  return {
    /**
     * One statement: take the samling's publish lock, insert, notify. The lock (held to the
     * commit) makes a samling's ids commit in id order, and PostgreSQL delivers notifications in
     * commit order, so every instance sees a samling's events in id order, and "the rows after
     * the last id seen" never skips one that committed late.
     */
    async append(gatheringId, event) {
      const result = await db.execute<{ id: string | number }>(sql`
        with locked as (
          select pg_advisory_xact_lock(${PUBLISH_LOCK_CLASS}, hashtext(${gatheringId})), set_config('synchronous_commit', 'off', true)
        ),
        inserted as (
          insert into live_event (gathering_id, type, payload, created_at)
          select ${gatheringId}, ${event.type}, cast(${JSON.stringify(event)} as jsonb), now() from locked
          returning id, gathering_id, payload
        )
        select id, pg_notify(${CHANNEL}, json_build_object('g', gathering_id, 'id', id, 'e', payload)::text) from inserted`);
      return Number(result.rows[0]!.id);
    },
    async after(gatheringId, audience, after, limit) {
      const rows = await db
        .select({ id: t.id, payload: t.payload })
        .from(t)
        .where(
          and(
            eq(t.gatheringId, gatheringId),
            gt(t.id, after),
            audience === "participant" ? inArray(t.type, PARTICIPANT_TYPES as WorkshopEvent["type"][]) : undefined,
          ),
        )
        .orderBy(asc(t.id))
        .limit(limit);
      return rows.map((row) => ({ id: String(row.id), seq: Number(row.id), event: row.payload as WorkshopEvent }));
    },
    async horizon() {
      const asNumber = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
      const [range] = await db
        .select({ oldest: sql<number>`min(${t.id})`.mapWith(asNumber), newest: sql<number>`max(${t.id})`.mapWith(asNumber) })
        .from(t);
      return { oldest: range?.oldest ?? 0, newest: range?.newest ?? 0 };
    },
    async prune(before) {
      // The newest row stays: it tells which ids are current.
      await db.delete(t).where(and(lt(t.createdAt, before), lt(t.id, sql`(select max(${sql.identifier("id")}) from ${t})`)));
    },
  };
}

/** Events kept per samling in memory (as the ring buffer before issue 17). */
export const MEMORY_EVENTS_PER_SAMLING = 2000;

export function memoryEventLog(boot = Date.now() * 1000): EventLog {
  let last = boot;
  /** The newest id among the samlinger forgotten by prune: a client older than that may have missed some. */
  let prunedThrough = boot;
  /** Per samling: its kept events, the id from which on all of them are kept, when it last had one. */
  const buffers = new Map<string, { stored: StoredEvent[]; from: number; at: number }>();
  return {
    append(gatheringId, event) {
      const stored: StoredEvent = { id: String(++last), seq: last, event };
      const buffer = buffers.get(gatheringId) ?? { stored: [], from: prunedThrough + 1, at: 0 };
      buffer.stored.push(stored);
      buffer.at = Date.now();
      if (buffer.stored.length > MEMORY_EVENTS_PER_SAMLING) {
        buffer.stored.splice(0, buffer.stored.length - MEMORY_EVENTS_PER_SAMLING);
        buffer.from = buffer.stored[0]!.seq;
      }
      buffers.set(gatheringId, buffer);
      return Promise.resolve(last);
    },
    after(gatheringId, audience, after, limit) {
      const kept = buffers.get(gatheringId)?.stored ?? [];
      return Promise.resolve(kept.filter((e) => e.seq > after && heardBy(audience, e.event)).slice(0, limit));
    },
    horizon(gatheringId) {
      const buffer = buffers.get(gatheringId);
      // Everything of this boot is kept, unless the samling's buffer was trimmed or forgotten.
      const oldest = buffer ? buffer.from : prunedThrough + 1;
      return Promise.resolve({ oldest, newest: last });
    },
    prune(before) {
      for (const [gatheringId, buffer] of buffers) {
        if (buffer.at >= before.getTime()) continue;
        prunedThrough = Math.max(prunedThrough, buffer.stored.at(-1)?.seq ?? boot);
        buffers.delete(gatheringId);
      }
      return Promise.resolve();
    },
  };
}
