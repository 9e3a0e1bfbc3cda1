import { and, asc, count, eq, gte, inArray, isNull, lte } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import {
  agreementPoint,
  assessment,
  assessmentArea,
  businessPlan,
  businessPlanVersion,
  fylke,
  leaderAgreementVersion,
  meeting,
  meetingParticipant,
  partnership,
  partnershipService,
  planApproval,
  roleAssignment,
  user,
} from "~/db/schema";
import { isoToday } from "~/lib/dates";
import type { AgreementYearStatus } from "~/lib/leader-agreement";
import { agreementYearStatus, latestAgreementsOfYear } from "~/server/domain/leader-agreement/view";
import { notFound } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import { listPartnershipKommuner } from "~/server/domain/partnership/overview";
import { STATE_SEAT } from "~/server/domain/access/seats";
import { defaultOverviewYear, waitingForFylke, yearChoices, type PlanState, type YearFacts } from "~/lib/fylke/year-view";

export async function findFylkeBySlug(db: Executor, slug: string) {
  const [found] = await db.select().from(fylke).where(eq(fylke.slug, slug)).limit(1);
  return found;
}

/**
 * One row per partnership in the fylke: the fylkesdirektør's tables. `year` chooses the plan and
 * lederavtale shown (default: defaultOverviewYear). Every fact is loaded for all partnerships at
 * once, so the number of queries does not grow with the number of partnerships.
 */
export async function getFylkeOverview(db: Executor, fylkeId: string, year?: number, today = isoToday()) {
  const [target] = await db.select().from(fylke).where(eq(fylke.id, fylkeId)).limit(1);
  if (!target) throw notFound(text("fylke.errors.notFound"));

  const rows = await db
    .select({
      id: partnership.id,
      slug: partnership.slug,
      officeName: partnership.officeName,
      leaderModel: partnership.leaderModel,
      statePositions: partnership.statePositions,
      municipalPositions: partnership.municipalPositions,
      agreementNextRevision: partnership.agreementNextRevision,
    })
    .from(partnership)
    .where(eq(partnership.fylkeId, fylkeId))
    .orderBy(asc(partnership.officeName));
  const ids = rows.map((r) => r.id);
  const kommuner = await listPartnershipKommuner(db, ids);

  const leaders = new Map<string, string[]>();
  const clarified = new Map<string, number>();
  const services = new Map<string, number>();
  if (ids.length > 0) {
    for (const r of await db
      .select({ partnershipId: roleAssignment.partnershipId, name: user.name })
      .from(roleAssignment)
      .innerJoin(user, eq(user.id, roleAssignment.userId))
      .where(and(inArray(roleAssignment.partnershipId, ids), eq(roleAssignment.role, "nav_leder")))
      .orderBy(asc(user.name))) {
      leaders.set(r.partnershipId!, [...(leaders.get(r.partnershipId!) ?? []), r.name]);
    }
    for (const r of await db
      .select({ partnershipId: agreementPoint.partnershipId, n: count() })
      .from(agreementPoint)
      .where(and(inArray(agreementPoint.partnershipId, ids), eq(agreementPoint.status, "avklart")))
      .groupBy(agreementPoint.partnershipId)) {
      clarified.set(r.partnershipId, r.n);
    }
    for (const r of await db
      .select({ partnershipId: partnershipService.partnershipId, n: count() })
      .from(partnershipService)
      .where(and(inArray(partnershipService.partnershipId, ids), eq(partnershipService.enabled, true)))
      .groupBy(partnershipService.partnershipId)) {
      services.set(r.partnershipId, r.n);
    }
  }

  const agreementYear = year ?? defaultOverviewYear(today);
  const [plans, agreements, assessments, meetings, minutes, years] = await Promise.all([
    planStates(db, ids, agreementYear),
    agreementStates(db, ids, agreementYear),
    latestAssessments(db, ids, `${agreementYear}-12-31`),
    nextMeetings(db, ids, today),
    minutesAwaitingFylke(db, fylkeId, ids, `${agreementYear}-12-31`),
    dataYears(db, ids),
  ]);

  return {
    fylke: { id: target.id, slug: target.slug, name: target.name },
    agreementYear,
    years: yearChoices(years, today, agreementYear),
    partnerships: rows.map((r) => {
      const facts: YearFacts = {
        plan: plans.get(r.id) ?? NO_PLAN,
        agreement: agreements.get(r.id) ?? NO_AGREEMENT,
        minutesAwaitingFylke: minutes.get(r.id) ?? [],
      };
      return {
        ...r,
        kommuner: (kommuner.get(r.id) ?? []).map((k) => k.name),
        navLedere: leaders.get(r.id) ?? [],
        agreementPointsClarified: clarified.get(r.id) ?? 0,
        optionalServicesEnabled: services.get(r.id) ?? 0,
        leaderAgreement: facts.agreement.status,
        plan: plans.get(r.id) ?? NO_PLAN,
        agreement: agreements.get(r.id) ?? NO_AGREEMENT,
        latestAssessment: assessments.get(r.id) ?? null,
        nextMeeting: meetings.get(r.id) ?? null,
        waiting: waitingForFylke(facts),
      };
    }),
  };
}

const NO_PLAN = { status: "mangler" as PlanState, versionNo: null as number | null, stateSeatApproved: false };
const NO_AGREEMENT = { status: "mangler" as AgreementYearStatus, versionNo: null as number | null, unsignedStateParties: [] as string[] };

/** Years with a plan or an agreement in these partnerships: the year links offered. */
async function dataYears(db: Executor, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const planYears = await db
    .selectDistinct({ year: businessPlan.year })
    .from(businessPlan)
    .where(inArray(businessPlan.partnershipId, [...ids]));
  const agreementYears = await db
    .selectDistinct({ year: leaderAgreementVersion.year })
    .from(leaderAgreementVersion)
    .where(inArray(leaderAgreementVersion.partnershipId, [...ids]));
  return [...planYears, ...agreementYears].map((r) => r.year);
}

/** The newest plan version of the year per partnership, and whether the state seat has approved it. */
async function planStates(db: Executor, ids: readonly string[], year: number) {
  const result = new Map<string, typeof NO_PLAN>();
  if (ids.length === 0) return result;
  const versions = await db
    .select({
      id: businessPlanVersion.id,
      partnershipId: businessPlan.partnershipId,
      versionNo: businessPlanVersion.versionNo,
      status: businessPlanVersion.status,
      reviewRound: businessPlanVersion.reviewRound,
    })
    .from(businessPlanVersion)
    .innerJoin(businessPlan, eq(businessPlan.id, businessPlanVersion.planId))
    .where(and(inArray(businessPlan.partnershipId, [...ids]), eq(businessPlan.year, year)));
  const latest = new Map<string, (typeof versions)[number]>();
  for (const v of versions) if ((latest.get(v.partnershipId)?.versionNo ?? 0) < v.versionNo) latest.set(v.partnershipId, v);
  const onReview = [...latest.values()].filter((v) => v.status === "til_godkjenning");
  const decisions =
    onReview.length === 0
      ? []
      : await db
          .select({ versionId: planApproval.versionId, round: planApproval.round })
          .from(planApproval)
          .where(
            and(
              inArray(
                planApproval.versionId,
                onReview.map((v) => v.id),
              ),
              eq(planApproval.seat, STATE_SEAT),
              eq(planApproval.decision, "godkjent"),
            ),
          );
  const stateApproved = new Set(
    decisions
      // Only this round's decision counts: sending again asks everyone anew.
      .filter((d) => onReview.some((v) => v.id === d.versionId && v.reviewRound === d.round))
      .map((d) => d.versionId),
  );
  for (const [pid, v] of latest) {
    result.set(pid, { status: v.status, versionNo: v.versionNo, stateSeatApproved: v.status !== "til_godkjenning" || stateApproved.has(v.id) });
  }
  return result;
}

/** The newest lederavtale version of the year per partnership, and which state parties have not signed it. */
async function agreementStates(db: Executor, ids: readonly string[], year: number) {
  const result = new Map<string, typeof NO_AGREEMENT>();
  for (const [pid, v] of await latestAgreementsOfYear(db, ids, year)) {
    const unsignedStateParties = v.status === "signert" ? [] : v.parties.filter((p) => p.party === "stat" && !v.signedBy.has(p.userId)).map((p) => p.name);
    result.set(pid, { status: agreementYearStatus(v), versionNo: v.versionNo, unsignedStateParties });
  }
  return result;
}

/** The newest assessment held by the end of the year, with how many areas it prioritises. */
async function latestAssessments(db: Executor, ids: readonly string[], until: string) {
  const result = new Map<string, { id: string; heldOn: string; open: boolean; prioritised: number }>();
  if (ids.length === 0) return result;
  const rows = await db
    .select({ id: assessment.id, partnershipId: assessment.partnershipId, heldOn: assessment.heldOn, status: assessment.status, createdAt: assessment.createdAt })
    .from(assessment)
    .where(and(inArray(assessment.partnershipId, [...ids]), lte(assessment.heldOn, until)));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const best = latest.get(r.partnershipId);
    if (!best || r.heldOn > best.heldOn || (r.heldOn === best.heldOn && r.createdAt > best.createdAt)) latest.set(r.partnershipId, r);
  }
  const chosen = [...latest.values()];
  const counted =
    chosen.length === 0
      ? []
      : await db
          .select({ assessmentId: assessmentArea.assessmentId, n: count() })
          .from(assessmentArea)
          .where(
            and(
              inArray(
                assessmentArea.assessmentId,
                chosen.map((a) => a.id),
              ),
              eq(assessmentArea.prioritised, true),
            ),
          )
          .groupBy(assessmentArea.assessmentId);
  const counts = new Map(counted.map((c) => [c.assessmentId, c.n] as const));
  for (const a of chosen) {
    result.set(a.partnershipId, { id: a.id, heldOn: a.heldOn, open: a.status === "open", prioritised: counts.get(a.id) ?? 0 });
  }
  return result;
}

/** The first partnerskapsmøte from today that is still to be held (planned or called). */
async function nextMeetings(db: Executor, ids: readonly string[], today: string) {
  const result = new Map<string, { id: string; title: string; date: string; status: "planlagt" | "innkalt" }>();
  if (ids.length === 0) return result;
  const rows = await db
    .select({ id: meeting.id, partnershipId: meeting.partnershipId, title: meeting.title, date: meeting.date, startTime: meeting.startTime, status: meeting.status })
    .from(meeting)
    .where(and(inArray(meeting.partnershipId, [...ids]), gte(meeting.date, today), inArray(meeting.status, ["planlagt", "innkalt"])))
    .orderBy(asc(meeting.date), asc(meeting.startTime));
  for (const r of rows) {
    if (!result.has(r.partnershipId) && (r.status === "planlagt" || r.status === "innkalt")) {
      result.set(r.partnershipId, { id: r.id, title: r.title, date: r.date, status: r.status });
    }
  }
  return result;
}

/** Minutes on approval (of meetings held by the end of the year) that someone from this fylke attended and has not approved. */
async function minutesAwaitingFylke(db: Executor, fylkeId: string, ids: readonly string[], until: string) {
  const result = new Map<string, { meetingId: string; title: string; date: string; names: string[] }[]>();
  if (ids.length === 0) return result;
  const rows = await db
    .selectDistinct({ meetingId: meeting.id, partnershipId: meeting.partnershipId, title: meeting.title, date: meeting.date, userId: user.id, name: user.name })
    .from(meetingParticipant)
    .innerJoin(meeting, eq(meeting.id, meetingParticipant.meetingId))
    .innerJoin(user, eq(user.id, meetingParticipant.userId))
    .innerJoin(roleAssignment, and(eq(roleAssignment.userId, meetingParticipant.userId), eq(roleAssignment.fylkeId, fylkeId)))
    .where(
      and(
        inArray(meeting.partnershipId, [...ids]),
        eq(meeting.minutesStatus, "til_godkjenning"),
        lte(meeting.date, until),
        eq(meetingParticipant.attended, true),
        isNull(meetingParticipant.minutesApprovedAt),
      ),
    )
    .orderBy(asc(meeting.date), asc(user.name));
  for (const r of rows) {
    const list = result.get(r.partnershipId) ?? [];
    let entry = list.find((m) => m.meetingId === r.meetingId);
    if (!entry) {
      entry = { meetingId: r.meetingId, title: r.title, date: r.date, names: [] };
      list.push(entry);
    }
    if (!entry.names.includes(r.name)) entry.names.push(r.name);
    result.set(r.partnershipId, list);
  }
  return result;
}

export type FylkeOverview = Awaited<ReturnType<typeof getFylkeOverview>>;
