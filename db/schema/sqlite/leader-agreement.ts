import { relations, sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { user } from "./auth";
import { createdAt, id, timestamp, updatedAt, version } from "./columns";
import { agreementParties, leaderAgreementStatuses } from "../enums";
import type { AgreementPartyEntry, DutyItem } from "../values";
import { partnership } from "./partnership";


/**
 * One version of a partnership's lederavtale for a year. Version 1 is the first draft; an
 * amendment (endring) of a signed version is the next number. A signed version never changes.
 */
export const leaderAgreementVersion = sqliteTable(
  "leader_agreement_version",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    versionNo: integer().notNull(),
    status: text({ enum: leaderAgreementStatuses }).notNull().default("utkast"),
    officeName: text().notNull(),
    parties: text({ mode: "json" }).$type<AgreementPartyEntry[]>().notNull(),
    purpose: text().notNull(),
    leaderDuties: text({ mode: "json" }).$type<DutyItem[]>().notNull(),
    ownerDuties: text({ mode: "json" }).$type<DutyItem[]>().notNull(),
    changeClause: text().notNull(),
    place: text().notNull().default(""),
    signingDate: text(),
    amendmentOf: text(),
    /** SHA-256 of the canonical text, fixed when the last party signs. */
    signedHash: text(),
    signedAt: timestamp(),
    createdByUserId: text().references(() => user.id, { onDelete: "set null" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("leader_agreement_version_no_idx").on(t.partnershipId, t.year, t.versionNo),
    index("leader_agreement_partnership_year_idx").on(t.partnershipId, t.year),
    check("leader_agreement_year_range", sql`${t.year} BETWEEN 2000 AND 2100`),
  ],
);

/** A party's signature on one version, with the hash of exactly the text they saw. */
export const leaderAgreementSignature = sqliteTable(
  "leader_agreement_signature",
  {
    id: id(),
    versionId: text()
      .notNull()
      .references(() => leaderAgreementVersion.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => user.id),
    party: text({ enum: agreementParties }).notNull(),
    name: text().notNull(),
    title: text().notNull(),
    textHash: text().notNull(),
    signedAt: timestamp().notNull(),
  },
  (t) => [uniqueIndex("leader_agreement_signature_user_idx").on(t.versionId, t.userId)],
);

export const leaderAgreementVersionRelations = relations(leaderAgreementVersion, ({ one, many }) => ({
  partnership: one(partnership, { fields: [leaderAgreementVersion.partnershipId], references: [partnership.id] }),
  signatures: many(leaderAgreementSignature),
}));

export const leaderAgreementSignatureRelations = relations(leaderAgreementSignature, ({ one }) => ({
  version: one(leaderAgreementVersion, {
    fields: [leaderAgreementSignature.versionId],
    references: [leaderAgreementVersion.id],
  }),
}));
