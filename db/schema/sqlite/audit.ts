import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { id, timestamp } from "./columns";
import { user } from "./auth";

/**
 * Append-only trail of every change: who, when, which entity, what changed.
 * No foreign key to partnership: the trail must outlive what it describes.
 */
export const auditEvent = sqliteTable(
  "audit_event",
  {
    id: id(),
    at: timestamp()
      .notNull()
      .$defaultFn(() => new Date()),
    actorUserId: text().references(() => user.id, { onDelete: "set null" }),
    partnershipId: text(),
    fylkeId: text(),
    entity: text().notNull(),
    entityId: text().notNull(),
    action: text({ enum: ["create", "update", "delete"] }).notNull(),
    /** JSON: { field: { from, to } } for updates, the new values for creates. */
    changes: text({ mode: "json" }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    index("audit_event_partnership_idx").on(t.partnershipId, t.at),
    index("audit_event_entity_idx").on(t.entity, t.entityId),
  ],
);
