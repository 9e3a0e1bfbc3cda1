/** Read models for the network pages and the partnership's "Nettverk" section. */
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { assessment, gathering, network, networkFacilitator, networkMember, partnership, programmeItem, roleAssignment, user } from "~/db/schema";
import { addDays } from "~/lib/dates";
import { networkInvitationAskedRoles } from "~/server/domain/access/seats";
import { text } from "~/lib/i18n/text";
import { notFound } from "~/server/domain/errors";
import type { NetworkScope, PartnershipScope } from "~/server/domain/scope";
import { reachableNetworkIds } from "./access";
import { loadGathering } from "./scope";
import { byOfficeName } from "./overview";

/** The networks a person can open: those they facilitate and those a partnership of theirs belongs to. */
export async function listMyNetworks(db: Executor, userId: string) {
  const ids = await reachableNetworkIds(db, userId);
  if (ids.length === 0) return [];
  const rows = await db.select().from(network).where(inArray(network.id, ids)).orderBy(asc(network.periodStart), asc(network.name));
  const facilitatedRows = await db
    .select({ id: networkFacilitator.networkId })
    .from(networkFacilitator)
    .where(and(eq(networkFacilitator.userId, userId), inArray(networkFacilitator.networkId, ids)));
  const facilitated = new Set(facilitatedRows.map((r) => r.id));
  const memberRows = await db
    .select({ id: networkMember.networkId, n: count() })
    .from(networkMember)
    .where(and(inArray(networkMember.networkId, ids), eq(networkMember.status, "medlem")))
    .groupBy(networkMember.networkId);
  const memberCounts = new Map(memberRows.map((r) => [r.id, r.n] as const));
  const gatheringRows = await db
    .select({ id: gathering.networkId, n: count() })
    .from(gathering)
    .where(inArray(gathering.networkId, ids))
    .groupBy(gathering.networkId);
  const gatheringCounts = new Map(gatheringRows.map((r) => [r.id, r.n] as const));
  return rows.map((n) => ({
    id: n.id,
    slug: n.slug,
    name: n.name,
    periodStart: n.periodStart,
    periodEnd: n.periodEnd,
    isFacilitator: facilitated.has(n.id),
    members: memberCounts.get(n.id) ?? 0,
    gatherings: gatheringCounts.get(n.id) ?? 0,
  }));
}

/**
 * The network page: details, facilitators, members and samlinger. Facilitators see every
 * invitation and answer; others see the members only.
 */
export async function getNetworkView(scope: NetworkScope) {
  const { db, network: { id: networkId }, networkAccess: access } = scope;
  const [row] = await db.select().from(network).where(eq(network.id, networkId)).limit(1);
  if (!row) throw notFound(text("network.errors.networkNotFound"));
  const facilitators = await db
    .select({ userId: user.id, name: user.name, email: user.email })
    .from(networkFacilitator)
    .innerJoin(user, eq(user.id, networkFacilitator.userId))
    .where(eq(networkFacilitator.networkId, networkId))
    .orderBy(asc(user.name));
  const memberRows = await db
    .select({
      id: networkMember.id,
      version: networkMember.version,
      partnershipId: networkMember.partnershipId,
      slug: partnership.slug,
      officeName: partnership.officeName,
      status: networkMember.status,
      shareStatuses: networkMember.shareStatuses,
      sharePriorities: networkMember.sharePriorities,
      shareNotes: networkMember.shareNotes,
      sharePlans: networkMember.sharePlans,
      sharedAssessmentId: networkMember.sharedAssessmentId,
      invitedAt: networkMember.invitedAt,
      respondedAt: networkMember.respondedAt,
    })
    .from(networkMember)
    .innerJoin(partnership, eq(partnership.id, networkMember.partnershipId))
    .where(
      access.isFacilitator
        ? eq(networkMember.networkId, networkId)
        : and(eq(networkMember.networkId, networkId), eq(networkMember.status, "medlem")),
    );
  const members = memberRows.sort((a, b) => byOfficeName.compare(a.officeName, b.officeName));
  const gatherings = await db
    .select({
      id: gathering.id,
      title: gathering.title,
      startsOn: gathering.startsOn,
      endsOn: gathering.endsOn,
      place: gathering.place,
      liveStatus: gathering.liveStatus,
    })
    .from(gathering)
    .where(eq(gathering.networkId, networkId))
    .orderBy(asc(gathering.startsOn), asc(gathering.title));
  return {
    network: {
      id: row.id,
      slug: row.slug,
      name: row.name,
      description: row.description,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      version: row.version,
    },
    facilitators,
    members,
    gatherings,
    canEdit: access.isFacilitator,
    ownPartnershipIds: access.ownPartnershipIds,
  };
}

export type NetworkView = Awaited<ReturnType<typeof getNetworkView>>;

/** Every day from first to last, as yyyy-mm-dd. */
export function daysOf(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  for (let day = startsOn; day <= endsOn && days.length < 31; day = addDays(day, 1)) days.push(day);
  return days;
}

/** A samling's programme, by day and start time. */
export async function listProgramme(db: Executor, gatheringId: string) {
  return db
    .select({
      id: programmeItem.id,
      version: programmeItem.version,
      day: programmeItem.day,
      startTime: programmeItem.startTime,
      endTime: programmeItem.endTime,
      title: programmeItem.title,
      speaker: programmeItem.speaker,
      kind: programmeItem.kind,
    })
    .from(programmeItem)
    .where(eq(programmeItem.gatheringId, gatheringId))
    .orderBy(asc(programmeItem.day), asc(programmeItem.startTime), asc(programmeItem.createdAt));
}

/** One samling with its programme by day (each day of the samling, also empty ones), by start time. */
export async function getGatheringView(scope: NetworkScope, input: { gatheringId: string }) {
  const { db, network: { id: networkId }, networkAccess: access } = scope;
  const { gatheringId } = input;
  const row = await loadGathering(db, networkId, gatheringId);
  const items = await listProgramme(db, row.id);
  return {
    gathering: {
      id: row.id,
      version: row.version,
      title: row.title,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      place: row.place,
      description: row.description,
      language: row.language,
      liveStatus: row.liveStatus,
    },
    days: daysOf(row.startsOn, row.endsOn).map((day) => ({ day, items: items.filter((i) => i.day === day) })),
    canEdit: access.isFacilitator,
  };
}

export type GatheringView = Awaited<ReturnType<typeof getGatheringView>>;

/** The partnership side: its open invitations and memberships, with what it shares. */
export async function networksOfPartnership(scope: PartnershipScope) {
  const { db, partnership: { id: partnershipId } } = scope;
  const rows = await db
    .select({
      memberId: networkMember.id,
      version: networkMember.version,
      status: networkMember.status,
      shareStatuses: networkMember.shareStatuses,
      sharePriorities: networkMember.sharePriorities,
      shareNotes: networkMember.shareNotes,
      sharePlans: networkMember.sharePlans,
      sharedAssessmentId: networkMember.sharedAssessmentId,
      invitedAt: networkMember.invitedAt,
      respondedAt: networkMember.respondedAt,
      networkSlug: network.slug,
      networkName: network.name,
      description: network.description,
      periodStart: network.periodStart,
      periodEnd: network.periodEnd,
    })
    .from(networkMember)
    .innerJoin(network, eq(network.id, networkMember.networkId))
    .where(and(eq(networkMember.partnershipId, partnershipId), inArray(networkMember.status, ["invitert", "medlem"])))
    .orderBy(asc(network.name));
  // What a member may choose to share instead of its latest assessment in the network's period.
  const closedAssessments = await db
    .select({ id: assessment.id, occasion: assessment.occasion, heldOn: assessment.heldOn })
    .from(assessment)
    .where(and(eq(assessment.partnershipId, partnershipId), eq(assessment.status, "closed")))
    .orderBy(desc(assessment.heldOn));
  return {
    closedAssessments,
    invitations: rows.filter((r) => r.status === "invitert"),
    memberships: rows.filter((r) => r.status === "medlem"),
  };
}

/**
 * For the start page: network invitations awaiting an answer in partnerships where the person
 * is Nav-leder or rådmann (roles held in the partnership itself).
 */
export async function networkInvitationsAwaiting(db: Executor, userId: string) {
  return db
    .selectDistinct({
      memberId: networkMember.id,
      invitedAt: networkMember.invitedAt,
      networkName: network.name,
      slug: partnership.slug,
      officeName: partnership.officeName,
    })
    .from(roleAssignment)
    .innerJoin(networkMember, eq(networkMember.partnershipId, roleAssignment.partnershipId))
    .innerJoin(network, eq(network.id, networkMember.networkId))
    .innerJoin(partnership, eq(partnership.id, networkMember.partnershipId))
    .where(
      and(
        eq(roleAssignment.userId, userId),
        inArray(roleAssignment.role, [...networkInvitationAskedRoles]),
        eq(networkMember.status, "invitert"),
      ),
    );
}
