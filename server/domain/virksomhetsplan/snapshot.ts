/**
 * The plan version as one tree: what the page shows, what exports print and what version
 * comparison reads. Loaded in a fixed number of queries whatever the plan's size.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import {
  businessPlan,
  businessPlanVersion,
  planActivity,
  planFocusArea,
  planFoundation,
  planGoal,
  planIndicator,
  planIndicatorValue,
} from "~/db/schema";

export type PlanVersionRow = typeof businessPlanVersion.$inferSelect;
export type FoundationRow = typeof planFoundation.$inferSelect;
export type ActivityRow = typeof planActivity.$inferSelect;
export type IndicatorRow = typeof planIndicator.$inferSelect;
export type GoalRow = typeof planGoal.$inferSelect;
export type FocusAreaRow = typeof planFocusArea.$inferSelect;

export interface IndicatorValue {
  period: string;
  value: number;
  version: number;
}

export type GoalNode = GoalRow & { activities: ActivityRow[] };
export type FocusAreaNode = FocusAreaRow & { goals: GoalNode[] };
export type IndicatorNode = IndicatorRow & { values: IndicatorValue[] };

export interface PlanSnapshot {
  plan: typeof businessPlan.$inferSelect;
  version: PlanVersionRow;
  foundations: FoundationRow[];
  focusAreas: FocusAreaNode[];
  indicators: IndicatorNode[];
}

export function loadSnapshot(db: Executor, versionId: string): PlanSnapshot | undefined {
  const version = db.select().from(businessPlanVersion).where(eq(businessPlanVersion.id, versionId)).get();
  if (!version) return undefined;
  const plan = db.select().from(businessPlan).where(eq(businessPlan.id, version.planId)).get()!;
  const foundations = db
    .select()
    .from(planFoundation)
    .where(eq(planFoundation.versionId, versionId))
    .orderBy(asc(planFoundation.position))
    .all();
  const areas = db
    .select()
    .from(planFocusArea)
    .where(eq(planFocusArea.versionId, versionId))
    .orderBy(asc(planFocusArea.position))
    .all();
  const goals = db.select().from(planGoal).where(eq(planGoal.versionId, versionId)).orderBy(asc(planGoal.position)).all();
  const activities = db
    .select()
    .from(planActivity)
    .where(eq(planActivity.versionId, versionId))
    .orderBy(asc(planActivity.position))
    .all();
  const indicators = db
    .select()
    .from(planIndicator)
    .where(eq(planIndicator.versionId, versionId))
    .orderBy(asc(planIndicator.position))
    .all();
  const values = db
    .select()
    .from(planIndicatorValue)
    .where(eq(planIndicatorValue.planId, plan.id))
    .orderBy(asc(planIndicatorValue.period))
    .all();

  const activitiesByGoal = groupBy(activities, (a) => a.goalId);
  const goalsByArea = groupBy(goals, (g) => g.focusAreaId);
  const valuesByKey = groupBy(values, (v) => v.indicatorKey);
  return {
    plan,
    version,
    foundations,
    focusAreas: areas.map((area) => ({
      ...area,
      goals: (goalsByArea.get(area.id) ?? []).map((goal) => ({ ...goal, activities: activitiesByGoal.get(goal.id) ?? [] })),
    })),
    indicators: indicators.map((indicator) => ({
      ...indicator,
      values: (valuesByKey.get(indicator.key) ?? []).map((v) => ({ period: v.period, value: v.value, version: v.version })),
    })),
  };
}

/** The plan's versions for a year, newest first. */
export function listVersions(db: Executor, planId: string) {
  return db
    .select()
    .from(businessPlanVersion)
    .where(eq(businessPlanVersion.planId, planId))
    .orderBy(asc(businessPlanVersion.versionNo))
    .all()
    .reverse();
}

export function findPlan(db: Executor, partnershipId: string, year: number) {
  return db
    .select()
    .from(businessPlan)
    .where(and(eq(businessPlan.partnershipId, partnershipId), eq(businessPlan.year, year)))
    .get();
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string) {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}
