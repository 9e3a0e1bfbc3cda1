import { relations, sql } from "drizzle-orm";
import { check, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, id, updatedAt, version } from "./columns";
import { partnership } from "./partnership";
import { user } from "./auth";
import { agreementPointKeys, agreementPointStatuses } from "../enums";

export { agreementPointKeys, agreementPointStatuses };


export const agreementPoint = sqliteTable(
  "agreement_point",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    point: text({ enum: agreementPointKeys }).notNull(),
    status: text({ enum: agreementPointStatuses }).notNull().default("ikke_avklart"),
    note: text().notNull().default(""),
    updatedByUserId: text().references(() => user.id, { onDelete: "set null" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("agreement_point_partnership_point_idx").on(t.partnershipId, t.point),
    check("agreement_point_note_length", sql`length(${t.note}) <= 2000`),
  ],
);

export const agreementPointRelations = relations(agreementPoint, ({ one }) => ({
  partnership: one(partnership, {
    fields: [agreementPoint.partnershipId],
    references: [partnership.id],
  }),
}));
