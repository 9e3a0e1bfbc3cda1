import { relations } from "drizzle-orm";
import { boolean, doublePrecision, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns";
import { leaderModels } from "../enums";
import { fylke, kommune } from "./organisation";

export { leaderModels };


/** One Nav office and the state–municipal partnership that runs it. */
export const partnership = pgTable(
  "partnership",
  {
    id: id(),
    /** URL segment, named after the office: /partnerskap/grimstad. */
    slug: text().notNull().unique(),
    officeName: text().notNull(),
    fylkeId: text()
      .notNull()
      .references(() => fylke.id),
    leaderModel: text({ enum: leaderModels }).notNull().default("en_leder"),
    statePositions: doublePrecision(),
    municipalPositions: doublePrecision(),
    /** ISO dates (yyyy-mm-dd): a calendar date has no time zone. */
    agreementDate: text(),
    agreementNextRevision: text(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("partnership_fylke_idx").on(t.fylkeId)],
);

/** The kommuner in a partnership; a vertskommune office has several, one of them the host. */
export const partnershipKommune = pgTable(
  "partnership_kommune",
  {
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    kommuneId: text()
      .notNull()
      .references(() => kommune.id),
    isHost: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.kommuneId] }),
    index("partnership_kommune_kommune_idx").on(t.kommuneId),
  ],
);

export const partnershipRelations = relations(partnership, ({ one, many }) => ({
  fylke: one(fylke, { fields: [partnership.fylkeId], references: [fylke.id] }),
  kommuner: many(partnershipKommune),
}));

export const partnershipKommuneRelations = relations(partnershipKommune, ({ one }) => ({
  partnership: one(partnership, {
    fields: [partnershipKommune.partnershipId],
    references: [partnership.id],
  }),
  kommune: one(kommune, { fields: [partnershipKommune.kommuneId], references: [kommune.id] }),
}));
