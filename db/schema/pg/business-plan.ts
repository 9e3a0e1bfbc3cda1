import { relations, sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { createdAt, id, timestamp, updatedAt, version } from "./columns";
import {
  actionStatuses,
  activityTimingKinds,
  businessPlanStatuses,
  indicatorDirections,
  indicatorLimitOperators,
  indicatorPeriodKinds,
  indicatorTargetKinds,
  planApprovalDecisions,
  planCommentTargets,
  planSources,
  steeringLines,
} from "../enums";
import type { PlanBudget } from "../values";
import { kommune } from "./organisation";
import { partnership } from "./partnership";
import { developmentAction } from "./mulighetsrom";


/**
 * The felles virksomhetsplan of one partnership for one year. Its content lives in versions;
 * this row holds what is true across versions (publication choices).
 */
export const businessPlan = pgTable(
  "business_plan",
  {
    id: id(),
    partnershipId: text()
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    /** The public page shows people's names only when the Nav-leder has chosen so. */
    publicShowsNames: boolean().notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("business_plan_year_idx").on(t.partnershipId, t.year),
    check("business_plan_year_range", sql`${t.year} BETWEEN 2000 AND 2100`),
  ],
);

/**
 * One version of the plan. Version 1 is the first draft; editing an approved plan starts the
 * next number, so every approved text is kept as it was approved.
 */
export const businessPlanVersion = pgTable(
  "business_plan_version",
  {
    id: id(),
    planId: text()
      .notNull()
      .references(() => businessPlan.id, { onDelete: "cascade" }),
    versionNo: integer().notNull(),
    status: text({ enum: businessPlanStatuses }).notNull().default("utkast"),
    vision: text().notNull().default(""),
    description: text().notNull().default(""),
    statePositions: doublePrecision(),
    municipalPositions: doublePrecision(),
    budget: jsonb().$type<PlanBudget>().notNull(),
    positionsBudget: doublePrecision(),
    positionsResult: doublePrecision(),
    /** What changed and why, written when a new version is started. */
    changeNote: text().notNull().default(""),
    /** Counts the times the version was sent for approval; decisions belong to one round. */
    reviewRound: integer().notNull().default(0),
    sentAt: timestamp(),
    approvedAt: timestamp(),
    publishedAt: timestamp(),
    createdByUserId: text().references(() => user.id, { onDelete: "set null" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("business_plan_version_no_idx").on(t.planId, t.versionNo)],
);

/**
 * Rows that belong to one version carry a `key` that stays the same when a version is copied,
 * so versions can be compared item by item and comments follow an item across versions.
 */
const itemKey = () =>
  text()
    .notNull()
    .$defaultFn(() => crypto.randomUUID());

/** Grunnlag: a steering document the plan builds on. */
export const planFoundation = pgTable(
  "plan_foundation",
  {
    id: id(),
    versionId: text()
      .notNull()
      .references(() => businessPlanVersion.id, { onDelete: "cascade" }),
    key: itemKey(),
    line: text({ enum: steeringLines }).notNull(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    url: text(),
    position: integer().notNull().default(0),
    version: version(),
  },
  (t) => [index("plan_foundation_version_idx").on(t.versionId, t.position)],
);

/** Satsingsområde: a heading that groups goals. */
export const planFocusArea = pgTable(
  "plan_focus_area",
  {
    id: id(),
    versionId: text()
      .notNull()
      .references(() => businessPlanVersion.id, { onDelete: "cascade" }),
    key: itemKey(),
    title: text().notNull(),
    description: text().notNull().default(""),
    position: integer().notNull().default(0),
    version: version(),
  },
  (t) => [index("plan_focus_area_version_idx").on(t.versionId, t.position)],
);

export const planGoal = pgTable(
  "plan_goal",
  {
    id: id(),
    versionId: text()
      .notNull()
      .references(() => businessPlanVersion.id, { onDelete: "cascade" }),
    focusAreaId: text()
      .notNull()
      .references(() => planFocusArea.id, { onDelete: "cascade" }),
    key: itemKey(),
    text: text().notNull(),
    source: text({ enum: planSources }).notNull(),
    /** The key of the steering document the goal comes from, when given. */
    foundationKey: text(),
    position: integer().notNull().default(0),
    version: version(),
  },
  (t) => [index("plan_goal_area_idx").on(t.focusAreaId, t.position), index("plan_goal_version_idx").on(t.versionId)],
);

export const planActivity = pgTable(
  "plan_activity",
  {
    id: id(),
    versionId: text()
      .notNull()
      .references(() => businessPlanVersion.id, { onDelete: "cascade" }),
    goalId: text()
      .notNull()
      .references(() => planGoal.id, { onDelete: "cascade" }),
    key: itemKey(),
    text: text().notNull(),
    /** A role or team ("Avdelingsleder marked"); always shown, also on the public page. */
    responsible: text().notNull().default(""),
    /** A named person, optional; hidden on the public page unless the Nav-leder shows names. */
    responsiblePerson: text().notNull().default(""),
    timingKind: text({ enum: activityTimingKinds }).notNull().default("fortlopende"),
    /** yyyy-mm-dd for a date, yyyy-mm for a month, yyyy-H1/H2 for a half-year, null for fortløpende. */
    timingValue: text(),
    status: text({ enum: actionStatuses }).notNull().default("ikke_startet"),
    developmentActionId: text().references(() => developmentAction.id, { onDelete: "set null" }),
    position: integer().notNull().default(0),
    version: version(),
  },
  (t) => [
    index("plan_activity_goal_idx").on(t.goalId, t.position),
    index("plan_activity_version_idx").on(t.versionId),
    index("plan_activity_action_idx").on(t.developmentActionId),
  ],
);

export const planIndicator = pgTable(
  "plan_indicator",
  {
    id: id(),
    versionId: text()
      .notNull()
      .references(() => businessPlanVersion.id, { onDelete: "cascade" }),
    key: itemKey(),
    name: text().notNull(),
    source: text({ enum: planSources }).notNull(),
    unit: text().notNull().default(""),
    baseline: doublePrecision(),
    targetKind: text({ enum: indicatorTargetKinds }).notNull(),
    targetValue: doublePrecision(),
    targetDirection: text({ enum: indicatorDirections }),
    targetOperator: text({ enum: indicatorLimitOperators }),
    periodKind: text({ enum: indicatorPeriodKinds }).notNull().default("tertial"),
    position: integer().notNull().default(0),
    version: version(),
  },
  (t) => [index("plan_indicator_version_idx").on(t.versionId, t.position)],
);

/**
 * An actual value of an indicator for one period. Actuals are facts about the year, not plan
 * text, so they belong to the plan and the indicator's key and survive new versions.
 */
export const planIndicatorValue = pgTable(
  "plan_indicator_value",
  {
    id: id(),
    planId: text()
      .notNull()
      .references(() => businessPlan.id, { onDelete: "cascade" }),
    indicatorKey: text().notNull(),
    /** yyyy-mm, yyyy-T1..T3 or yyyy, matching the indicator's period kind. */
    period: text().notNull(),
    value: doublePrecision().notNull(),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("plan_indicator_value_period_idx").on(t.planId, t.indicatorKey, t.period)],
);

/** An owner's decision on a version sent for approval. */
export const planApproval = pgTable(
  "plan_approval",
  {
    id: id(),
    versionId: text()
      .notNull()
      .references(() => businessPlanVersion.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => user.id),
    /** The owner seat the decision fills: "stat" or "kommune:<kommuneId>". */
    seat: text().notNull(),
    kommuneId: text().references(() => kommune.id),
    decision: text({ enum: planApprovalDecisions }).notNull(),
    comment: text().notNull().default(""),
    /** Which round of review (sending again starts a new round). */
    round: integer().notNull(),
    decidedAt: createdAt(),
  },
  (t) => [index("plan_approval_version_idx").on(t.versionId, t.round)],
);

/** A comment on the plan or on one goal, activity or indicator, threaded by parentId. */
export const planComment = pgTable(
  "plan_comment",
  {
    id: id(),
    planId: text()
      .notNull()
      .references(() => businessPlan.id, { onDelete: "cascade" }),
    versionId: text()
      .notNull()
      .references(() => businessPlanVersion.id, { onDelete: "cascade" }),
    targetKind: text({ enum: planCommentTargets }).notNull(),
    /** The item's key; null for a comment on the whole plan. */
    targetKey: text(),
    parentId: text(),
    authorUserId: text().references(() => user.id, { onDelete: "set null" }),
    body: text().notNull(),
    resolvedAt: timestamp(),
    resolvedByUserId: text().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("plan_comment_plan_idx").on(t.planId, t.createdAt),
    check("plan_comment_body_length", sql`length(${t.body}) BETWEEN 1 AND 2000`),
  ],
);

export const businessPlanRelations = relations(businessPlan, ({ one, many }) => ({
  partnership: one(partnership, { fields: [businessPlan.partnershipId], references: [partnership.id] }),
  versions: many(businessPlanVersion),
}));

export const businessPlanVersionRelations = relations(businessPlanVersion, ({ one }) => ({
  plan: one(businessPlan, { fields: [businessPlanVersion.planId], references: [businessPlan.id] }),
}));
