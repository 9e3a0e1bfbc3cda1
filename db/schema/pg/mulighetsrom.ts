import { relations, sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { createdAt, id, timestamp, updatedAt, version } from "./columns";
import { actionStatuses, areaScores, assessmentStatuses, roles, sides } from "../enums";
import { partnership } from "./partnership";

/**
 * One round of the mulighetsrom model for a partnership: participants score the
 * 20 areas privately, then the group agrees statuses and priorities.
 */
export const assessment = pgTable(
  "assessment",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    heldOn: text().notNull(),
    occasion: text().notNull(),
    status: text({ enum: assessmentStatuses }).notNull().default("open"),
    createdByUserId: text().references(() => user.id, { onDelete: "set null" }),
    closedAt: timestamp(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("assessment_partnership_idx").on(t.partnershipId, t.heldOn),
    check("assessment_occasion_length", sql`length(${t.occasion}) BETWEEN 1 AND 200`),
  ],
);

/** A person invited to score. Side and role are copied at invitation so history stays true. */
export const assessmentParticipant = pgTable(
  "assessment_participant",
  {
    id: id(),
    assessmentId: text()
      .notNull()
      .references(() => assessment.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text({ enum: roles }).notNull(),
    side: text({ enum: sides }).notNull(),
    /** The participant agreed that owners and the Nav-leder may see their answers by name. */
    shareNamed: boolean().notNull().default(false),
    submittedAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("assessment_participant_user_idx").on(t.assessmentId, t.userId)],
);

/** One participant's private score of one item: an area ("1".."20") or a condition ("b1".."b4"). */
export const assessmentAnswer = pgTable(
  "assessment_answer",
  {
    id: id(),
    assessmentId: text()
      .notNull()
      .references(() => assessment.id, { onDelete: "cascade" }),
    participantId: text()
      .notNull()
      .references(() => assessmentParticipant.id, { onDelete: "cascade" }),
    item: text().notNull(),
    score: text({ enum: areaScores }).notNull(),
    comment: text().notNull().default(""),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("assessment_answer_item_idx").on(t.participantId, t.item),
    index("assessment_answer_assessment_idx").on(t.assessmentId),
    check("assessment_answer_comment_length", sql`length(${t.comment}) <= 1000`),
  ],
);

/** What the group agreed for one area: its colour, whether it is considered or prioritised. */
export const assessmentArea = pgTable(
  "assessment_area",
  {
    id: id(),
    assessmentId: text()
      .notNull()
      .references(() => assessment.id, { onDelete: "cascade" }),
    areaNo: integer().notNull(),
    status: text({ enum: areaScores }).notNull().default("ikke_vurdert"),
    considered: boolean().notNull().default(false),
    prioritised: boolean().notNull().default(false),
    main: boolean().notNull().default(false),
    desiredSituation: text().notNull().default(""),
    barriers: text().notNull().default(""),
    drivers: text().notNull().default(""),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("assessment_area_no_idx").on(t.assessmentId, t.areaNo),
    check("assessment_area_no_range", sql`${t.areaNo} BETWEEN 1 AND 20`),
    check("assessment_area_main_is_prioritised", sql`NOT ${t.main} OR ${t.prioritised}`),
  ],
);

/** The six-question plan for one prioritised area. */
export const developmentPlan = pgTable(
  "development_plan",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    assessmentId: text()
      .notNull()
      .references(() => assessment.id, { onDelete: "cascade" }),
    areaNo: integer().notNull(),
    why: text().notNull().default(""),
    whatAndWhen: text().notNull().default(""),
    approach: text().notNull().default(""),
    involved: text().notNull().default(""),
    responsibleUserId: text().references(() => user.id, { onDelete: "set null" }),
    followUp: text().notNull().default(""),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("development_plan_area_idx").on(t.assessmentId, t.areaNo),
    index("development_plan_partnership_idx").on(t.partnershipId),
  ],
);

/** An action in a development plan; its id is stable so the virksomhetsplan can link to it. */
export const developmentAction = pgTable(
  "development_action",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    planId: text()
      .notNull()
      .references(() => developmentPlan.id, { onDelete: "cascade" }),
    text: text().notNull(),
    owner: text().notNull().default(""),
    deadline: text(),
    status: text({ enum: actionStatuses }).notNull().default("ikke_startet"),
    position: integer().notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("development_action_plan_idx").on(t.planId, t.position),
    check("development_action_text_length", sql`length(${t.text}) BETWEEN 1 AND 500`),
  ],
);

export const assessmentRelations = relations(assessment, ({ one, many }) => ({
  partnership: one(partnership, { fields: [assessment.partnershipId], references: [partnership.id] }),
  participants: many(assessmentParticipant),
  areas: many(assessmentArea),
  plans: many(developmentPlan),
}));

export const assessmentParticipantRelations = relations(assessmentParticipant, ({ one, many }) => ({
  assessment: one(assessment, { fields: [assessmentParticipant.assessmentId], references: [assessment.id] }),
  user: one(user, { fields: [assessmentParticipant.userId], references: [user.id] }),
  answers: many(assessmentAnswer),
}));

export const assessmentAnswerRelations = relations(assessmentAnswer, ({ one }) => ({
  participant: one(assessmentParticipant, {
    fields: [assessmentAnswer.participantId],
    references: [assessmentParticipant.id],
  }),
}));

export const assessmentAreaRelations = relations(assessmentArea, ({ one }) => ({
  assessment: one(assessment, { fields: [assessmentArea.assessmentId], references: [assessment.id] }),
}));

export const developmentPlanRelations = relations(developmentPlan, ({ one, many }) => ({
  assessment: one(assessment, { fields: [developmentPlan.assessmentId], references: [assessment.id] }),
  actions: many(developmentAction),
}));

export const developmentActionRelations = relations(developmentAction, ({ one }) => ({
  plan: one(developmentPlan, { fields: [developmentAction.planId], references: [developmentPlan.id] }),
}));
