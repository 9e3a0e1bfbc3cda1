/** Read models for the mulighetsrom pages: history, one assessment, one plan. */
import { and, asc, count, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { assessment, assessmentAnswer, assessmentParticipant, developmentAction, developmentPlan, user } from "~/db/schema";
import { can } from "~/server/domain/access/permissions";
import type { Side } from "~/lib/roles";
import { statusHistory, summariseAnswers, type ItemSummary } from "./aggregation";
import { areas, conditions, scoredItems, type AreaScore } from "~/lib/mulighetsrom/areas";
import { areaRows, eligibleParticipants, findParticipant, loadAssessment } from "./assessments";
import { listActions } from "./plans";
import { activitiesLinkedTo } from "~/server/domain/business-plan/view";
import type { PartnershipScope } from "~/server/domain/scope";

/** All assessments of the partnership, newest first, with the count of who has answered. */
export async function listAssessments(scope: PartnershipScope) {
  const { db, partnership: { id: partnershipId } } = scope;
  const rows = await db
    .select()
    .from(assessment)
    .where(eq(assessment.partnershipId, partnershipId))
    .orderBy(desc(assessment.heldOn), desc(assessment.createdAt));
  const ids = rows.map((r) => r.id);
  const counts = new Map<string, { invited: number; submitted: number }>();
  if (ids.length > 0) {
    for (const c of await db
      .select({
        assessmentId: assessmentParticipant.assessmentId,
        invited: count(),
        submitted: count(assessmentParticipant.submittedAt),
      })
      .from(assessmentParticipant)
      .where(inArray(assessmentParticipant.assessmentId, ids))
      .groupBy(assessmentParticipant.assessmentId)) {
      counts.set(c.assessmentId, { invited: c.invited, submitted: c.submitted });
    }
  }
  const areasByAssessment = new Map<string, Awaited<ReturnType<typeof areaRows>>>();
  for (const area of await areaRows(db, ids)) {
    const list = areasByAssessment.get(area.assessmentId) ?? [];
    list.push(area);
    areasByAssessment.set(area.assessmentId, list);
  }
  return rows.map((r) => {
    const areaList = areasByAssessment.get(r.id) ?? [];
    return {
      id: r.id,
      heldOn: r.heldOn,
      occasion: r.occasion,
      status: r.status,
      invited: counts.get(r.id)?.invited ?? 0,
      submitted: counts.get(r.id)?.submitted ?? 0,
      prioritised: areaList.filter((a) => a.prioritised).map((a) => a.areaNo).sort((a, b) => a - b),
      main: areaList.find((a) => a.main)?.areaNo ?? null,
      statuses: new Map(areaList.map((a) => [a.areaNo, a.status] as const)),
    };
  });
}

/** Per area, how the agreed status moved from one assessment to the next (oldest first). */
export async function getHistory(scope: PartnershipScope) {
  return historyOf(await listAssessments(scope));
}

/** The history from an already loaded list (newest first), so a page reads the list once. */
export function historyOf(newestFirst: Awaited<ReturnType<typeof listAssessments>>) {
  const list = [...newestFirst].reverse();
  const history = statusHistory(
    areas.map((a) => a.no),
    list,
  );
  return {
    assessments: list.map(({ statuses: _s, ...rest }) => rest),
    areas: areas.map((a) => ({
      no: a.no,
      steps: history.get(a.no) ?? [],
      prioritisedIn: list.filter((x) => x.prioritised.includes(a.no)).map((x) => x.id),
    })),
  };
}

export interface NamedAnswer {
  name: string;
  side: Side;
  score: AreaScore;
  comment: string;
}

/** One assessment as its page shows it. Named answers only for those allowed to see them. */
export async function getAssessmentView(scope: PartnershipScope, input: { assessmentId: string; withNames?: boolean }) {
  const { db, actor, access, partnership: target } = scope;
  const { assessmentId, withNames = true } = input;
  const row = await loadAssessment(db, target.id, assessmentId);
  const participants = await db
    .select({
      id: assessmentParticipant.id,
      userId: assessmentParticipant.userId,
      name: user.name,
      role: assessmentParticipant.role,
      side: assessmentParticipant.side,
      shareNamed: assessmentParticipant.shareNamed,
      submittedAt: assessmentParticipant.submittedAt,
    })
    .from(assessmentParticipant)
    .innerJoin(user, eq(user.id, assessmentParticipant.userId))
    .where(eq(assessmentParticipant.assessmentId, row.id))
    .orderBy(asc(user.name));

  // Only handed-in answers count; drafts stay private to their author. Counted in SQL: with
  // 30 participants this is about 100 groups instead of 720 rows.
  const handedIn = and(eq(assessmentAnswer.assessmentId, row.id), isNotNull(assessmentParticipant.submittedAt));
  const groups = await db
    .select({
      item: assessmentAnswer.item,
      score: assessmentAnswer.score,
      side: assessmentParticipant.side,
      shareNamed: assessmentParticipant.shareNamed,
      n: count(),
    })
    .from(assessmentAnswer)
    .innerJoin(assessmentParticipant, eq(assessmentParticipant.id, assessmentAnswer.participantId))
    .where(handedIn)
    .groupBy(assessmentAnswer.item, assessmentAnswer.score, assessmentParticipant.side, assessmentParticipant.shareNamed);
  const summaries = summariseAnswers(
    scoredItems.map((i) => i.key),
    groups.flatMap((g) => Array.from({ length: g.n }, () => ({ item: g.item, score: g.score, side: g.side }))),
  );

  const showNames = can(access, "assessment:seeNames");
  const namedCount = (item: string) =>
    showNames ? groups.filter((g) => g.item === item && g.shareNamed).reduce((sum, g) => sum + g.n, 0) : 0;
  // The page fetches names on demand (they are most of its weight); the printed report includes them.
  const named =
    showNames && withNames
      ? await db
          .select({
            item: assessmentAnswer.item,
            name: user.name,
            side: assessmentParticipant.side,
            score: assessmentAnswer.score,
            comment: assessmentAnswer.comment,
          })
          .from(assessmentAnswer)
          .innerJoin(assessmentParticipant, eq(assessmentParticipant.id, assessmentAnswer.participantId))
          .innerJoin(user, eq(user.id, assessmentParticipant.userId))
          .where(and(handedIn, eq(assessmentParticipant.shareNamed, true)))
          .orderBy(asc(user.name))
      : [];
  const namedAnswers = (item: string): NamedAnswer[] =>
    named.filter((a) => a.item === item).map(({ item: _item, ...answer }) => answer);

  const outcome = new Map((await areaRows(db, [row.id])).map((a) => [a.areaNo, a]));
  const plans = await db
    .select({ id: developmentPlan.id, areaNo: developmentPlan.areaNo })
    .from(developmentPlan)
    .where(eq(developmentPlan.assessmentId, row.id));
  const progress = await planProgress(
    db,
    plans.map((p) => p.id),
  );
  const me = await findParticipant(db, row.id, actor.userId);
  const eligible = await eligibleParticipants(scope);

  return {
    assessment: {
      id: row.id,
      heldOn: row.heldOn,
      occasion: row.occasion,
      status: row.status,
      closedAt: row.closedAt,
      version: row.version,
    },
    participants: participants.map(({ id: _id, shareNamed: _s, ...p }) => ({ ...p, submitted: p.submittedAt !== null })),
    me: me ? { submitted: me.submittedAt !== null, shareNamed: me.shareNamed } : null,
    canSeeNames: showNames,
    conditions: conditions.map((c) => ({
      key: c.key,
      results: summaries.get(c.key) as ItemSummary,
      namedCount: namedCount(c.key),
      namedAnswers: namedAnswers(c.key),
    })),
    areas: areas.map((a) => {
      const o = outcome.get(a.no);
      const plan = plans.find((p) => p.areaNo === a.no);
      return {
        ...a,
        status: o?.status ?? "ikke_vurdert",
        considered: o?.considered ?? false,
        prioritised: o?.prioritised ?? false,
        main: o?.main ?? false,
        desiredSituation: o?.desiredSituation ?? "",
        barriers: o?.barriers ?? "",
        drivers: o?.drivers ?? "",
        notesVersion: o?.version ?? 0,
        results: summaries.get(String(a.no)) as ItemSummary,
        namedCount: namedCount(String(a.no)),
        namedAnswers: namedAnswers(String(a.no)),
        plan: plan ? { id: plan.id, ...(progress.get(plan.id) ?? { done: 0, total: 0 }) } : null,
      };
    }),
    eligible: eligible.filter((p) => !participants.some((x) => x.userId === p.userId)),
  };
}

export type AssessmentView = Awaited<ReturnType<typeof getAssessmentView>>;

/** Actions done and in total, per plan. */
async function planProgress(db: Executor, planIds: readonly string[]) {
  const result = new Map<string, { done: number; total: number }>();
  if (planIds.length === 0) return result;
  for (const action of await db
    .select({ planId: developmentAction.planId, status: developmentAction.status })
    .from(developmentAction)
    .where(inArray(developmentAction.planId, [...planIds]))) {
    const entry = result.get(action.planId) ?? { done: 0, total: 0 };
    entry.total += 1;
    if (action.status === "fullfort") entry.done += 1;
    result.set(action.planId, entry);
  }
  return result;
}

/** One development plan with its actions and the people who can be responsible. */
export async function getPlanView(scope: PartnershipScope, input: { planId: string }) {
  const { db, partnership: target } = scope;
  const { planId } = input;
  const [plan] = await db
    .select()
    .from(developmentPlan)
    .where(and(eq(developmentPlan.id, planId), eq(developmentPlan.partnershipId, target.id)))
    .limit(1);
  if (!plan) return null;
  const parent = await loadAssessment(db, target.id, plan.assessmentId);
  const area = (await areaRows(db, [parent.id])).find((a) => a.areaNo === plan.areaNo);
  return {
    plan,
    assessment: { id: parent.id, heldOn: parent.heldOn, occasion: parent.occasion, status: parent.status },
    area: { ...areas.find((a) => a.no === plan.areaNo)!, main: area?.main ?? false, prioritised: area?.prioritised ?? false },
    actions: await withPlanActivities(db, target.id, await listActions(db, plan.id)),
    people: (await eligibleParticipants(scope)).map((p) => ({ userId: p.userId, name: p.name, role: p.role })),
  };
}

/** Each action with the virksomhetsplan activities that link to it, so the link shows on both sides. */
async function withPlanActivities<T extends { id: string }>(db: Executor, partnershipId: string, actions: T[]) {
  const linked = await activitiesLinkedTo(
    db,
    partnershipId,
    actions.map((a) => a.id),
  );
  return actions.map((a) => ({ ...a, planActivities: linked.get(a.id) ?? [] }));
}

/** All plans of one assessment with their actions, for the printed report. */
export async function listPlansWithActions(scope: PartnershipScope, input: { assessmentId: string }) {
  const { db, partnership: { id: partnershipId } } = scope;
  const { assessmentId } = input;
  const plans = await db
    .select({ plan: developmentPlan, responsibleName: user.name })
    .from(developmentPlan)
    .leftJoin(user, eq(user.id, developmentPlan.responsibleUserId))
    .where(and(eq(developmentPlan.assessmentId, assessmentId), eq(developmentPlan.partnershipId, partnershipId)))
    .orderBy(asc(developmentPlan.areaNo));
  return Promise.all(
    plans.map(async ({ plan, responsibleName }) => ({
      ...plan,
      responsibleName,
      actions: await listActions(db, plan.id),
    })),
  );
}

/** Every development plan of the partnership with its progress, newest assessment first. */
export async function listPlans(scope: PartnershipScope) {
  const { db, partnership: { id: partnershipId } } = scope;
  const plans = await db
    .select({
      id: developmentPlan.id,
      areaNo: developmentPlan.areaNo,
      assessmentId: assessment.id,
      heldOn: assessment.heldOn,
      occasion: assessment.occasion,
      responsibleName: user.name,
    })
    .from(developmentPlan)
    .innerJoin(assessment, eq(assessment.id, developmentPlan.assessmentId))
    .leftJoin(user, eq(user.id, developmentPlan.responsibleUserId))
    .where(eq(developmentPlan.partnershipId, partnershipId))
    .orderBy(desc(assessment.heldOn), asc(developmentPlan.areaNo));
  const progress = await planProgress(
    db,
    plans.map((p) => p.id),
  );
  return plans.map((p) => ({
    ...p,
    ...(progress.get(p.id) ?? { done: 0, total: 0 }),
  }));
}
