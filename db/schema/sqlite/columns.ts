import { integer, text } from "drizzle-orm/sqlite-core";

/** Primary key shared by our own tables: random, so ids in URLs reveal nothing. */
export const id = () =>
  text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

export const timestamp = () => integer({ mode: "timestamp_ms" });

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
