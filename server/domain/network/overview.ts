/**
 * Loads what member partnerships share with their network, and nothing else: each query
 * selects only the columns of the members that share them (notes are not even read for a
 * member that keeps them to itself). The aggregation is in overview-model.ts.
 */
import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { assessment, assessmentArea, developmentAction, developmentPlan, network, networkMember, partnership } from "~/db/schema";
import type { AreaScore } from "~/lib/mulighetsrom/areas";
import type { NetworkScope } from "~/server/domain/scope";
import { buildOverview, planProgress, type MemberAssessment, type OverviewSort } from "./overview-model";

/** The network's members (status "medlem") with their sharing choices, by office name. */
export async function loadMembersWithSharing(db: Executor, networkId: string) {
  const rows = await db
    .select({
      partnershipId: networkMember.partnershipId,
      slug: partnership.slug,
      officeName: partnership.officeName,
      shareStatuses: networkMember.shareStatuses,
      sharePriorities: networkMember.sharePriorities,
      shareNotes: networkMember.shareNotes,
      sharePlans: networkMember.sharePlans,
      sharedAssessmentId: networkMember.sharedAssessmentId,
    })
    .from(networkMember)
    .innerJoin(partnership, eq(partnership.id, networkMember.partnershipId))
    .where(and(eq(networkMember.networkId, networkId), eq(networkMember.status, "medlem")));
  return rows.sort((a, b) => byOfficeName.compare(a.officeName, b.officeName));
}

/** Norwegian order (Æ, Ø, Å last), which SQLite's binary order does not give. */
export const byOfficeName = new Intl.Collator("nb");

type Member = Awaited<ReturnType<typeof loadMembersWithSharing>>[number];

/** A network's period as yyyy-mm-dd, both days included. */
export interface NetworkPeriod {
  periodStart: string;
  periodEnd: string;
}

/**
 * Each partnership's latest closed assessment held within the network's period (by date held),
 * as partnershipId → { id, heldOn }. A network is about its years: an assessment from before or
 * after them says nothing about what the office brought to it.
 */
export async function latestClosedAssessments(db: Executor, partnershipIds: readonly string[], period: NetworkPeriod) {
  const latest = new Map<string, { id: string; heldOn: string }>();
  if (partnershipIds.length === 0) return latest;
  const rows = await db
    .select({ id: assessment.id, partnershipId: assessment.partnershipId, heldOn: assessment.heldOn })
    .from(assessment)
    .where(
      and(
        inArray(assessment.partnershipId, [...partnershipIds]),
        eq(assessment.status, "closed"),
        gte(assessment.heldOn, period.periodStart),
        lte(assessment.heldOn, period.periodEnd),
      ),
    )
    .orderBy(desc(assessment.heldOn), sql`${assessment.closedAt} desc nulls last`, desc(assessment.createdAt));
  for (const r of rows) if (!latest.has(r.partnershipId)) latest.set(r.partnershipId, { id: r.id, heldOn: r.heldOn });
  return latest;
}

async function loadPeriod(db: Executor, networkId: string): Promise<NetworkPeriod> {
  // An unknown network has no members either, so an empty period only keeps the types honest.
  const [period] = await db.select({ periodStart: network.periodStart, periodEnd: network.periodEnd }).from(network).where(eq(network.id, networkId)).limit(1);
  return period ?? { periodStart: "9999-12-31", periodEnd: "0000-01-01" };
}

/**
 * The members' assessments the network may use: the one a member chose to share with it, or
 * else its latest closed one within the network's period.
 */
async function assessmentsInPeriod(db: Executor, networkId: string, members: readonly Member[]) {
  const latest = await latestClosedAssessments(db, members.map((m) => m.partnershipId), await loadPeriod(db, networkId));
  const chosenIds = members.flatMap((m) => (m.sharedAssessmentId ? [m.sharedAssessmentId] : []));
  if (chosenIds.length === 0) return latest;
  const chosen = await db
    .select({ id: assessment.id, partnershipId: assessment.partnershipId, heldOn: assessment.heldOn })
    .from(assessment)
    .where(and(inArray(assessment.id, chosenIds), eq(assessment.status, "closed")));
  for (const m of members) {
    const pick = chosen.find((a) => a.id === m.sharedAssessmentId && a.partnershipId === m.partnershipId);
    if (pick) latest.set(m.partnershipId, { id: pick.id, heldOn: pick.heldOn });
  }
  return latest;
}

const sharedAssessmentIds = (members: readonly Member[], latest: Map<string, { id: string }>, shares: (m: Member) => boolean) =>
  members.filter(shares).flatMap((m) => (latest.has(m.partnershipId) ? [latest.get(m.partnershipId)!.id] : []));

/** Areas × members for the network page and its exports. */
export async function loadNetworkOverview(scope: NetworkScope, sort: OverviewSort = "nr") {
  const { db, network: { id: networkId } } = scope;
  const members = await loadMembersWithSharing(db, networkId);
  const latest = await assessmentsInPeriod(db, networkId, members);

  const statusIds = sharedAssessmentIds(members, latest, (m) => m.shareStatuses);
  const statuses = new Map<string, Map<number, AreaScore>>();
  if (statusIds.length > 0) {
    for (const r of await db
      .select({ assessmentId: assessmentArea.assessmentId, areaNo: assessmentArea.areaNo, status: assessmentArea.status })
      .from(assessmentArea)
      .where(inArray(assessmentArea.assessmentId, statusIds))) {
      const map = statuses.get(r.assessmentId) ?? new Map<number, AreaScore>();
      map.set(r.areaNo, r.status);
      statuses.set(r.assessmentId, map);
    }
  }

  const priorityIds = sharedAssessmentIds(members, latest, (m) => m.sharePriorities);
  type AreaPriority = { considered: boolean; prioritised: boolean; main: boolean };
  const priorities = new Map<string, Map<number, AreaPriority>>();
  if (priorityIds.length > 0) {
    for (const r of await db
      .select({
        assessmentId: assessmentArea.assessmentId,
        areaNo: assessmentArea.areaNo,
        considered: assessmentArea.considered,
        prioritised: assessmentArea.prioritised,
        main: assessmentArea.main,
      })
      .from(assessmentArea)
      .where(inArray(assessmentArea.assessmentId, priorityIds))) {
      const map = priorities.get(r.assessmentId) ?? new Map<number, AreaPriority>();
      map.set(r.areaNo, { considered: r.considered, prioritised: r.prioritised, main: r.main });
      priorities.set(r.assessmentId, map);
    }
  }

  const shared: MemberAssessment[] = members.map((m) => {
    const a = latest.get(m.partnershipId);
    return {
      partnershipId: m.partnershipId,
      slug: m.slug,
      officeName: m.officeName,
      sharing: { shareStatuses: m.shareStatuses, sharePriorities: m.sharePriorities },
      heldOn: a && (m.shareStatuses || m.sharePriorities) ? a.heldOn : null,
      ...(m.shareStatuses ? { statuses: (a && statuses.get(a.id)) ?? new Map() } : {}),
      ...(m.sharePriorities ? { priorities: (a && priorities.get(a.id)) ?? new Map() } : {}),
    };
  });
  return buildOverview(shared, sort);
}

/**
 * What members that share notes wrote about the areas (ønsket situasjon, barrierer, drivere),
 * from their latest closed assessment within the network's period. Members that do not share
 * notes are never queried.
 */
export async function loadSharedNotes(scope: NetworkScope) {
  const { db, network: { id: networkId } } = scope;
  const members = (await loadMembersWithSharing(db, networkId)).filter((m) => m.shareNotes);
  const latest = await assessmentsInPeriod(db, networkId, members);
  const ids = sharedAssessmentIds(members, latest, () => true);
  if (ids.length === 0) return [];
  const officeByAssessment = new Map(members.flatMap((m) => (latest.has(m.partnershipId) ? [[latest.get(m.partnershipId)!.id, m.officeName] as const] : [])));
  const rows = await db
    .select({
      assessmentId: assessmentArea.assessmentId,
      areaNo: assessmentArea.areaNo,
      desiredSituation: assessmentArea.desiredSituation,
      barriers: assessmentArea.barriers,
      drivers: assessmentArea.drivers,
    })
    .from(assessmentArea)
    .where(inArray(assessmentArea.assessmentId, ids))
    .orderBy(asc(assessmentArea.areaNo));
  return rows
    .filter((r) => r.desiredSituation || r.barriers || r.drivers)
    .map(({ assessmentId, ...r }) => ({ officeName: officeByAssessment.get(assessmentId) ?? "", ...r }));
}

/**
 * Lokalt arbeid: for each member that shares its plans, the development plans of its latest
 * closed assessment within the network's period, with actions done / total. Only areas and action statuses are read.
 */
export async function loadLocalWork(scope: NetworkScope) {
  const { db, network: { id: networkId } } = scope;
  const members = (await loadMembersWithSharing(db, networkId)).filter((m) => m.sharePlans);
  const latest = await assessmentsInPeriod(db, networkId, members);
  const ids = sharedAssessmentIds(members, latest, () => true);
  const plans =
    ids.length === 0
      ? []
      : await db
          .select({ planId: developmentPlan.id, assessmentId: developmentPlan.assessmentId, areaNo: developmentPlan.areaNo })
          .from(developmentPlan)
          .where(inArray(developmentPlan.assessmentId, ids));
  const actions =
    plans.length === 0
      ? []
      : await db
          .select({ planId: developmentAction.planId, status: developmentAction.status })
          .from(developmentAction)
          .where(inArray(developmentAction.planId, plans.map((p) => p.planId)));
  return members.map((m) => {
    const a = latest.get(m.partnershipId);
    const own = a ? plans.filter((p) => p.assessmentId === a.id) : [];
    return {
      partnershipId: m.partnershipId,
      slug: m.slug,
      officeName: m.officeName,
      heldOn: a?.heldOn ?? null,
      ...planProgress(own.map((p) => ({ areaNo: p.areaNo, actionStatuses: actions.filter((x) => x.planId === p.planId).map((x) => x.status) }))),
    };
  });
}
