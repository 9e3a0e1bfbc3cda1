import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { user } from "./auth";
import { createdAt, id, timestamp, updatedAt, version } from "./columns";
import {
  expectationTargets,
  liveStatuses,
  locales,
  networkMemberStatuses,
  programmeKinds,
  roleGroups,
  workshopTaskKinds,
  workshopTaskStatuses,
} from "../enums";
import { partnership } from "./partnership";
import { assessment } from "./mulighetsrom";

/** A facilitator's network of partnerships (pilotnettverk) that meets in samlinger. */
export const network = sqliteTable(
  "network",
  {
    id: id(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    description: text().notNull().default(""),
    /** yyyy-mm-dd */
    periodStart: text().notNull(),
    periodEnd: text().notNull(),
    createdByUserId: text().references(() => user.id, { onDelete: "set null" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("network_name_length", sql`length(${t.name}) BETWEEN 1 AND 200`),
    check("network_period_order", sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

/** Who runs the network. Every facilitator must hold the global role "fasilitator". */
export const networkFacilitator = sqliteTable(
  "network_facilitator",
  {
    id: id(),
    networkId: text()
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("network_facilitator_user_idx").on(t.networkId, t.userId)],
);

/**
 * A partnership invited to or taking part in a network, and what it lets the
 * network see. Individual answers are never shared; the rest is the partnership's choice.
 */
export const networkMember = sqliteTable(
  "network_member",
  {
    id: id(),
    networkId: text()
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    status: text({ enum: networkMemberStatuses }).notNull().default("invitert"),
    /** The agreed status (sterk / kan styrkes) of each area in the latest assessment. */
    shareStatuses: integer({ mode: "boolean" }).notNull().default(true),
    /** Considered, prioritised and main areas. */
    sharePriorities: integer({ mode: "boolean" }).notNull().default(true),
    /** Ønsket situasjon, barrierer and drivere written for the areas. */
    shareNotes: integer({ mode: "boolean" }).notNull().default(false),
    /** Progress of the development plans (lokalt arbeid): actions done / total. */
    sharePlans: integer({ mode: "boolean" }).notNull().default(false),
    /** The assessment the partnership chose to show the network; null: its latest closed one in the network's period. */
    sharedAssessmentId: text().references(() => assessment.id, { onDelete: "set null" }),
    invitedByUserId: text().references(() => user.id, { onDelete: "set null" }),
    invitedAt: timestamp().notNull().$defaultFn(() => new Date()),
    respondedByUserId: text().references(() => user.id, { onDelete: "set null" }),
    respondedAt: timestamp(),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("network_member_partnership_idx").on(t.networkId, t.partnershipId),
    index("network_member_by_partnership_idx").on(t.partnershipId),
  ],
);

/** A samling: one or more days together, with a programme and (optionally) live tasks. */
export const gathering = sqliteTable(
  "gathering",
  {
    id: id(),
    networkId: text()
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    title: text().notNull(),
    /** yyyy-mm-dd; endsOn equals startsOn for a one-day samling. */
    startsOn: text().notNull(),
    endsOn: text().notNull(),
    place: text().notNull().default(""),
    description: text().notNull().default(""),
    /** The join screen's default language for guests at /delta; each guest may switch. */
    language: text({ enum: locales }).notNull().default("nb"),
    liveStatus: text({ enum: liveStatuses }).notNull().default("ikke_startet"),
    /** Valid only while liveStatus is "apen"; cleared when live mode closes. */
    joinCode: text().unique(),
    liveOpenedAt: timestamp(),
    liveClosedAt: timestamp(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("gathering_network_idx").on(t.networkId, t.startsOn),
    check("gathering_title_length", sql`length(${t.title}) BETWEEN 1 AND 200`),
    check("gathering_date_order", sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

/** One slot of a samling's programme. */
export const programmeItem = sqliteTable(
  "programme_item",
  {
    id: id(),
    gatheringId: text()
      .notNull()
      .references(() => gathering.id, { onDelete: "cascade" }),
    /** yyyy-mm-dd within the samling, hh:mm Oslo time. */
    day: text().notNull(),
    startTime: text().notNull(),
    endTime: text(),
    title: text().notNull(),
    speaker: text().notNull().default(""),
    kind: text({ enum: programmeKinds }).notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index("programme_item_gathering_idx").on(t.gatheringId, t.day, t.startTime),
    check("programme_item_title_length", sql`length(${t.title}) BETWEEN 1 AND 200`),
  ],
);

/** A task participants answer live: self-assessment, priorities, expectations or evaluation. */
export const workshopTask = sqliteTable(
  "workshop_task",
  {
    id: id(),
    gatheringId: text()
      .notNull()
      .references(() => gathering.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    kind: text({ enum: workshopTaskKinds }).notNull(),
    title: text().notNull(),
    /** The evaluation's statements, in order; empty for the other kinds. */
    statements: text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    status: text({ enum: workshopTaskStatuses }).notNull().default("klar"),
    resultsVisible: integer({ mode: "boolean" }).notNull().default(false),
    openedAt: timestamp(),
    closedAt: timestamp(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index("workshop_task_gathering_idx").on(t.gatheringId, t.position),
    check("workshop_task_title_length", sql`length(${t.title}) BETWEEN 1 AND 200`),
  ],
);

/**
 * Someone who joined a samling's live mode with its code: signed in (userId) or a
 * named guest. The token is the participant's secret; only its SHA-256 is kept.
 */
export const workshopParticipant = sqliteTable(
  "workshop_participant",
  {
    id: id(),
    gatheringId: text()
      .notNull()
      .references(() => gathering.id, { onDelete: "cascade" }),
    userId: text().references(() => user.id, { onDelete: "set null" }),
    displayName: text().notNull(),
    roleGroup: text({ enum: roleGroups }).notNull(),
    /** The partnership the participant answers for (self-assessment, priorities); null for fylke people. */
    partnershipId: text().references(() => partnership.id, { onDelete: "set null" }),
    tokenHash: text().notNull().unique(),
    joinedAt: createdAt(),
  },
  (t) => [
    index("workshop_participant_gathering_idx").on(t.gatheringId),
    check("workshop_participant_name_length", sql`length(${t.displayName}) BETWEEN 1 AND 80`),
  ],
);

/** A facilitator's theme that groups expectations of one owner role. */
export const expectationTheme = sqliteTable(
  "expectation_theme",
  {
    id: id(),
    taskId: text()
      .notNull()
      .references(() => workshopTask.id, { onDelete: "cascade" }),
    target: text({ enum: expectationTargets }).notNull(),
    label: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("expectation_theme_label_idx").on(t.taskId, t.target, t.label),
    check("expectation_theme_label_length", sql`length(${t.label}) BETWEEN 1 AND 120`),
  ],
);

/**
 * One participant's answer to one item of a task. A second submit replaces the first
 * (the unique index), so a reconnecting phone can resend safely.
 */
export const workshopAnswer = sqliteTable(
  "workshop_answer",
  {
    id: id(),
    taskId: text()
      .notNull()
      .references(() => workshopTask.id, { onDelete: "cascade" }),
    participantId: text()
      .notNull()
      .references(() => workshopParticipant.id, { onDelete: "cascade" }),
    /** Area number, priority slot, statement index or expectation slot, depending on the task kind. */
    item: text().notNull(),
    value: text().notNull(),
    /** Expectations only: the theme the facilitator put it under. */
    themeId: text().references(() => expectationTheme.id, { onDelete: "set null" }),
    submittedAt: timestamp().notNull().$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex("workshop_answer_item_idx").on(t.taskId, t.participantId, t.item),
    index("workshop_answer_task_idx").on(t.taskId),
  ],
);

/** A partnership's Nav-leder took the samling's self-assessment into the partnership's own assessments. */
export const workshopTransfer = sqliteTable(
  "workshop_transfer",
  {
    id: id(),
    taskId: text()
      .notNull()
      .references(() => workshopTask.id, { onDelete: "cascade" }),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    assessmentId: text().references(() => assessment.id, { onDelete: "set null" }),
    acceptedByUserId: text().references(() => user.id, { onDelete: "set null" }),
    acceptedAt: createdAt(),
  },
  (t) => [uniqueIndex("workshop_transfer_partnership_idx").on(t.taskId, t.partnershipId)],
);
