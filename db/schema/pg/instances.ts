import { bigint, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamp } from "./columns";

/**
 * What several instances share beyond the domain (ADR 0017). The SQLite twin is
 * ../sqlite/instances.ts.
 */

/**
 * Live samling events (server/live/workshop-events.ts): a reconnecting screen or phone resumes
 * from the id it last saw by reading the rows after it. Ids come from one sequence, so they compare
 * across instances. Kept for hours, not forever; no foreign key (an event may outlive its samling
 * by the time it is pruned, and publishing must never wait on the samling's row).
 */
export const liveEvent = pgTable(
  "live_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    gatheringId: text().notNull(),
    /** The event's type: phones hear only some types (forParticipants). */
    type: text().notNull(),
    /** The whole event, small JSON ({ type, taskId, respondents, … }). */
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("live_event_gathering_idx").on(t.gatheringId, t.id), index("live_event_created_idx").on(t.createdAt)],
);

/**
 * Token buckets of the abuse limits (server/live/rate-limit.ts) when they are kept in the
 * database. The clock is milliseconds as a number: the refill is computed in the one atomic
 * UPDATE that takes a token.
 */
export const limitBucket = pgTable(
  "limit_bucket",
  {
    /** The limiter: "workshop-answer", "workshop-join", "workshop-wrong-code". */
    name: text().notNull(),
    key: text().notNull(),
    tokens: doublePrecision().notNull(),
    /** Epoch milliseconds of the last refill. */
    refilledAtMs: doublePrecision().notNull(),
  },
  (t) => [primaryKey({ columns: [t.name, t.key] }), index("limit_bucket_refilled_idx").on(t.refilledAtMs)],
);

/** Failed sign-ins per account in the current window (server/auth/account-limit.ts). */
export const signInFailure = pgTable(
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
export const jobRun = pgTable("job_run", {
  name: text().primaryKey(),
  startedAt: timestamp().notNull(),
  startedBy: text().notNull(),
});
