import { integer, text, timestamp as pgTimestamp } from "drizzle-orm/pg-core";

/** Primary key shared by our own tables: random, so ids in URLs reveal nothing. */
export const id = () =>
  text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

/** Milliseconds, as JavaScript dates keep them (and as the SQLite schema stores them). */
export const timestamp = () => pgTimestamp({ withTimezone: true, precision: 3 });

export const createdAt = () =>
  timestamp()
    .notNull()
    .$defaultFn(() => new Date());

export const updatedAt = () =>
  timestamp()
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date());

/** Optimistic-concurrency counter: a save must name the version it edited. */
export const version = () => integer().notNull().default(1);
