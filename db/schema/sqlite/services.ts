import { relations, sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, id, updatedAt, version } from "./columns";
import { optionalServiceKeys } from "../enums";
import { partnership } from "./partnership";

export { optionalServiceKeys };


export const partnershipService = sqliteTable(
  "partnership_service",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    serviceKey: text({ enum: optionalServiceKeys }).notNull(),
    /** Only for "annet": the service's own name. */
    customName: text(),
    enabled: integer({ mode: "boolean" }).notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The unique index below is partial, so it cannot serve "all services of a partnership".
    index("partnership_service_partnership_idx").on(t.partnershipId),
    uniqueIndex("partnership_service_catalogue_idx")
      .on(t.partnershipId, t.serviceKey)
      .where(sql`${t.serviceKey} <> 'annet'`),
    check(
      "partnership_service_custom_name",
      sql`(${t.serviceKey} = 'annet') = (${t.customName} IS NOT NULL)`,
    ),
  ],
);

export const partnershipServiceRelations = relations(partnershipService, ({ one }) => ({
  partnership: one(partnership, {
    fields: [partnershipService.partnershipId],
    references: [partnership.id],
  }),
}));
