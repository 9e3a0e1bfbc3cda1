import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./columns";

/**
 * What several instances share beyond the domain (ADR 0017). On SQLite one process owns the file,
 * but the tables are the same (../pg/instances.ts), so one code path serves both.
 */

/** Live samling events (server/live/workshop-events.ts), for resuming from the last id seen. */
export const liveEvent = sqliteTable(
  "live_event",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    gatheringId: text().notNull(),
    /** The event's type: phones hear only some types (forParticipants). */
    type: text().notNull(),
    /** The whole event, small JSON ({ type, taskId, respondents, … }). */
    payload: text({ mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("live_event_gathering_idx").on(t.gatheringId, t.id), index("live_event_created_idx").on(t.createdAt)],
);

/** Token buckets of the abuse limits, when kept in the database (server/live/rate-limit.ts). */
export const limitBucket = sqliteTable(
  "limit_bucket",
  {
    /** The limiter: "workshop-answer", "workshop-join", "workshop-wrong-code". */
    name: text().notNull(),
    key: text().notNull(),
    tokens: real().notNull(),
    /** Epoch milliseconds of the last refill. */
    refilledAtMs: real().notNull(),
  },
  (t) => [primaryKey({ columns: [t.name, t.key] }), index("limit_bucket_refilled_idx").on(t.refilledAtMs)],
);

/** Failed sign-ins per account in the current window (server/auth/account-limit.ts). */
export const signInFailure = sqliteTable(
  "sign_in_failure",
  {
    /** The e-mail, trimmed and lower-cased. */
    key: text().primaryKey(),
    failures: integer().notNull(),
    windowStartedAt: timestamp().notNull(),
  },
  (t) => [index("sign_in_failure_started_idx").on(t.windowStartedAt)],
);

/** Background work that runs once across instances (server/instances/run-once.ts): who last ran it, when. */
export const jobRun = sqliteTable("job_run", {
  name: text().primaryKey(),
  startedAt: timestamp().notNull(),
  startedBy: text().notNull(),
});
