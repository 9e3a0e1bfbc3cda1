import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { user } from "./auth";
import { createdAt, id, timestamp, updatedAt, version } from "./columns";
import { followUpStatuses, meetingStatuses, minutesStatuses } from "../enums";
import type { AgendaLink } from "../values";
import { partnership } from "./partnership";


/** A partnerskapsmøte: the Nav-leder calls it, owns the agenda and writes the minutes. */
export const meeting = sqliteTable(
  "meeting",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    title: text().notNull(),
    /** yyyy-mm-dd and hh:mm, Oslo time. */
    date: text().notNull(),
    startTime: text(),
    endTime: text(),
    place: text().notNull().default(""),
    status: text({ enum: meetingStatuses }).notNull().default("planlagt"),
    invitationSentAt: timestamp(),
    minutesStatus: text({ enum: minutesStatuses }).notNull().default("utkast"),
    minutesLockedAt: timestamp(),
    createdByUserId: text().references(() => user.id, { onDelete: "set null" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("meeting_partnership_date_idx").on(t.partnershipId, t.date),
    check("meeting_title_length", sql`length(${t.title}) BETWEEN 1 AND 200`),
  ],
);

/** Who is invited; attendance is recorded at or after the meeting, and each approves the minutes. */
export const meetingParticipant = sqliteTable(
  "meeting_participant",
  {
    id: id(),
    meetingId: text()
      .notNull()
      .references(() => meeting.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** null until recorded. */
    attended: integer({ mode: "boolean" }),
    minutesApprovedAt: timestamp(),
    /** «Jeg har merknader»: what the participant wants changed; not an approval. Cleared when the minutes are sent again. */
    minutesRemark: text().notNull().default(""),
    minutesRemarkAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("meeting_participant_user_idx").on(t.meetingId, t.userId)],
);

export const agendaItem = sqliteTable(
  "agenda_item",
  {
    id: id(),
    meetingId: text()
      .notNull()
      .references(() => meeting.id, { onDelete: "cascade" }),
    position: integer().notNull().default(0),
    /** hh:mm, optional. */
    time: text(),
    title: text().notNull(),
    responsible: text().notNull().default(""),
    description: text().notNull().default(""),
    links: text({ mode: "json" }).$type<AgendaLink[]>().notNull().default(sql`'[]'`),
    /** Which standard item it came from (e.g. "mulighetsrom"), so the app can add its own link. */
    standardKey: text(),
    minutes: text().notNull().default(""),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [index("agenda_item_meeting_idx").on(t.meetingId, t.position)],
);

/** A decision (vedtak) made under an agenda item. */
export const meetingDecision = sqliteTable(
  "meeting_decision",
  {
    id: id(),
    meetingId: text()
      .notNull()
      .references(() => meeting.id, { onDelete: "cascade" }),
    agendaItemId: text().references(() => agendaItem.id, { onDelete: "set null" }),
    text: text().notNull(),
    position: integer().notNull().default(0),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index("meeting_decision_meeting_idx").on(t.meetingId)],
);

/** An oppfølgingspunkt: stays on owners' dashboards and the next agenda until closed. */
export const followUp = sqliteTable(
  "follow_up",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    meetingId: text()
      .notNull()
      .references(() => meeting.id, { onDelete: "cascade" }),
    agendaItemId: text().references(() => agendaItem.id, { onDelete: "set null" }),
    text: text().notNull(),
    ownerUserId: text().references(() => user.id, { onDelete: "set null" }),
    deadline: text(),
    status: text({ enum: followUpStatuses }).notNull().default("apen"),
    closedAt: timestamp(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("follow_up_partnership_idx").on(t.partnershipId, t.status),
    index("follow_up_owner_idx").on(t.ownerUserId, t.status),
  ],
);

/** A correction to locked minutes: the original stays, the correction is shown beside it. */
export const minutesCorrection = sqliteTable(
  "minutes_correction",
  {
    id: id(),
    meetingId: text()
      .notNull()
      .references(() => meeting.id, { onDelete: "cascade" }),
    agendaItemId: text().references(() => agendaItem.id, { onDelete: "set null" }),
    text: text().notNull(),
    authorUserId: text().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("minutes_correction_meeting_idx").on(t.meetingId)],
);
