import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { createdAt, id, timestamp, updatedAt, version } from "./columns";
import { cycleCategories, cycleDateKinds, cycleLinkKinds } from "../enums";
import { fylke } from "./organisation";
import { partnership } from "./partnership";

/**
 * A fylke's version of the default annual cycle. Rows exist only once the fylke has adjusted
 * its template; until then the app's default (server/domain/annual-cycle/default-template.ts) applies.
 * `key` names the event across the template and every partnership's copy of it.
 */
export const cycleTemplateEvent = pgTable(
  "cycle_template_event",
  {
    id: id(),
    fylkeId: text()
      .notNull()
      .references(() => fylke.id, { onDelete: "cascade" }),
    key: text().notNull(),
    title: text().notNull(),
    category: text({ enum: cycleCategories }).notNull(),
    /** 1–12. With no day the event is "some time in the month". */
    month: integer().notNull(),
    day: integer(),
    /** For a period: where it ends; an end month before the start month means the next year. */
    endMonth: integer(),
    endDay: integer(),
    responsible: text().notNull().default(""),
    description: text().notNull().default(""),
    position: integer().notNull().default(0),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("cycle_template_event_key_idx").on(t.fylkeId, t.key),
    check("cycle_template_month", sql`${t.month} BETWEEN 1 AND 12 AND (${t.endMonth} IS NULL OR ${t.endMonth} BETWEEN 1 AND 12)`),
    check("cycle_template_day", sql`(${t.day} IS NULL OR ${t.day} BETWEEN 1 AND 31) AND (${t.endDay} IS NULL OR ${t.endDay} BETWEEN 1 AND 31)`),
  ],
);

/** A partnership's årshjul for one year exists once it has been started from the template. */
export const cycleYear = pgTable(
  "cycle_year",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    createdByUserId: text().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("cycle_year_idx").on(t.partnershipId, t.year),
    check("cycle_year_range", sql`${t.year} BETWEEN 2000 AND 2100`),
  ],
);

/** One event in a partnership's årshjul. */
export const cycleEvent = pgTable(
  "cycle_event",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    title: text().notNull(),
    category: text({ enum: cycleCategories }).notNull(),
    dateKind: text({ enum: cycleDateKinds }).notNull(),
    /** yyyy-mm-dd for "dato" and "periode". */
    startDate: text(),
    endDate: text(),
    /** 1–12 for "maned". */
    month: integer(),
    responsible: text().notNull().default(""),
    description: text().notNull().default(""),
    /** The template event this came from; null for the partnership's own events. */
    templateKey: text(),
    /** Changed by the partnership since it was copied: template changes no longer reach it. */
    customised: boolean().notNull().default(false),
    linkKind: text({ enum: cycleLinkKinds }),
    linkId: text(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("cycle_event_year_idx").on(t.partnershipId, t.year),
    index("cycle_event_template_idx").on(t.templateKey),
    check("cycle_event_month", sql`${t.month} IS NULL OR ${t.month} BETWEEN 1 AND 12`),
    check("cycle_event_period", sql`${t.endDate} IS NULL OR ${t.startDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
);

/**
 * A person's private calendar subscription. Only the hash of the secret is stored; the URL
 * shows it once. Revoking sets revokedAt and the URL stops working.
 */
export const calendarToken = pgTable(
  "calendar_token",
  {
    id: id(),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    createdAt: createdAt(),
    revokedAt: timestamp(),
    lastUsedAt: timestamp(),
  },
  (t) => [index("calendar_token_user_idx").on(t.userId)],
);
