import { relations } from "drizzle-orm";
import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { malformer } from "../enums";
import { createdAt, id } from "./columns";

export const fylke = sqliteTable("fylke", {
  id: id(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  createdAt: createdAt(),
});

export const kommune = sqliteTable(
  "kommune",
  {
    id: id(),
    /** Official four-digit kommunenummer, e.g. "4202" for Grimstad. */
    number: text().notNull().unique(),
    name: text().notNull(),
    /** The kommune's official written language; its people see nynorsk by default when «nynorsk». */
    malform: text({ enum: malformer }).notNull().default("bokmal"),
    fylkeId: text()
      .notNull()
      .references(() => fylke.id),
    createdAt: createdAt(),
  },
  (t) => [index("kommune_fylke_idx").on(t.fylkeId)],
);

export const fylkeRelations = relations(fylke, ({ many }) => ({
  kommuner: many(kommune),
}));

export const kommuneRelations = relations(kommune, ({ one }) => ({
  fylke: one(fylke, { fields: [kommune.fylkeId], references: [fylke.id] }),
}));
