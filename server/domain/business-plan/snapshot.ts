/**
 * The plan version as one tree: what the page shows, what exports print and what version
 * comparison reads. Loaded in a fixed number of queries whatever the plan's size.
 */
import { and, asc, desc, eq, inArray, lt } from "drizzle-orm";
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
import { comparePeriods } from "~/lib/business-plan/targets";

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
/** A measurement recorded in an earlier year's plan for the same indicator (same key). */
export interface EarlierIndicatorValue {
  period: string;
  value: number;
  /** The year of the plan it was recorded in. */
  planYear: number;
}

/**
 * `values` are this plan's own measurements (the ones follow-up edits); `earlier` are those of
 * earlier years' plans the indicator continues from, for periods this plan has no value for.
 */
export type IndicatorNode = IndicatorRow & { values: IndicatorValue[]; earlier: EarlierIndicatorValue[] };

export interface PlanSnapshot {
  plan: typeof businessPlan.$inferSelect;
  version: PlanVersionRow;
  foundations: FoundationRow[];
  focusAreas: FocusAreaNode[];
  indicators: IndicatorNode[];
}

export async function loadSnapshot(db: Executor, versionId: string): Promise<PlanSnapshot | undefined> {
  const [version] = await db.select().from(businessPlanVersion).where(eq(businessPlanVersion.id, versionId)).limit(1);
  if (!version) return undefined;
  const plan = (await db.select().from(businessPlan).where(eq(businessPlan.id, version.planId)).limit(1))[0]!;
  const foundations = await db
    .select()
    .from(planFoundation)
    .where(eq(planFoundation.versionId, versionId))
    .orderBy(asc(planFoundation.position));
  const areas = await db
    .select()
    .from(planFocusArea)
    .where(eq(planFocusArea.versionId, versionId))
    .orderBy(asc(planFocusArea.position));
  const goals = await db.select().from(planGoal).where(eq(planGoal.versionId, versionId)).orderBy(asc(planGoal.position));
  const activities = await db
    .select()
    .from(planActivity)
    .where(eq(planActivity.versionId, versionId))
    .orderBy(asc(planActivity.position));
  const indicators = await db
    .select()
    .from(planIndicator)
    .where(eq(planIndicator.versionId, versionId))
    .orderBy(asc(planIndicator.position));
  const values = await db
    .select()
    .from(planIndicatorValue)
    .where(eq(planIndicatorValue.planId, plan.id))
    .orderBy(asc(planIndicatorValue.period));

  // An indicator carried into a new year keeps its key, so last year's measurements are found by it.
  const earlierValues =
    indicators.length === 0
      ? []
      : await db
          .select({ indicatorKey: planIndicatorValue.indicatorKey, period: planIndicatorValue.period, value: planIndicatorValue.value, planYear: businessPlan.year })
          .from(planIndicatorValue)
          .innerJoin(businessPlan, eq(businessPlan.id, planIndicatorValue.planId))
          .where(
            and(
              eq(businessPlan.partnershipId, plan.partnershipId),
              lt(businessPlan.year, plan.year),
              inArray(planIndicatorValue.indicatorKey, indicators.map((i) => i.key)),
            ),
          )
          .orderBy(desc(businessPlan.year));

  const activitiesByGoal = groupBy(activities, (a) => a.goalId);
  const goalsByArea = groupBy(goals, (g) => g.focusAreaId);
  const valuesByKey = groupBy(values, (v) => v.indicatorKey);
  const earlierByKey = groupBy(earlierValues, (v) => v.indicatorKey);
  /** One value per period: this plan's own wins, then the newest earlier plan's. */
  const earlierOf = (key: string) => {
    const seen = new Set((valuesByKey.get(key) ?? []).map((v) => v.period));
    const out: EarlierIndicatorValue[] = [];
    for (const v of earlierByKey.get(key) ?? []) {
      if (seen.has(v.period)) continue;
      seen.add(v.period);
      out.push({ period: v.period, value: v.value, planYear: v.planYear });
    }
    return out.sort((a, b) => comparePeriods(a.period, b.period));
  };
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
      earlier: earlierOf(indicator.key),
    })),
  };
}

/** The plan's versions for a year, newest first. */
export async function listVersions(db: Executor, planId: string) {
  const versions = await db
    .select()
    .from(businessPlanVersion)
    .where(eq(businessPlanVersion.planId, planId))
    .orderBy(asc(businessPlanVersion.versionNo));
  return versions.reverse();
}

export async function findPlan(db: Executor, partnershipId: string, year: number) {
  const [plan] = await db
    .select()
    .from(businessPlan)
    .where(and(eq(businessPlan.partnershipId, partnershipId), eq(businessPlan.year, year)))
    .limit(1);
  return plan;
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
