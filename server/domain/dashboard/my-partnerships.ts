import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { assessment, assessmentParticipant, fylke, partnership, roleAssignment } from "~/db/schema";
import { can } from "~/server/domain/access/permissions";
import { reachedRoles } from "~/server/domain/access/reach";
import { isAskedToTransfer } from "~/server/domain/access/seats";
import { byRoleOrder, roleInfo, type Role } from "~/lib/roles";
import { listPartnershipKommuner } from "~/server/domain/partnership/overview";
import { addDays, isoToday } from "~/lib/dates";
import { agreementsAwaitingSignature } from "~/server/domain/leader-agreement/view";
import { followUpsOwnedBy, minutesAwaitingApproval } from "~/server/domain/meetings/view";
import { pendingTransfersOf } from "~/server/domain/workshop/transfer";
import { networkInvitationsAwaiting } from "~/server/domain/network/view";
import { plansAwaitingApproval } from "~/server/domain/business-plan/view";

const REVISION_NOTICE_DAYS = 90;

/**
 * The start page: the partnerships a person reaches (directly or through a
 * fylke role), their global roles, and what awaits them.
 */
export async function getDashboard(db: Executor, userId: string, today = isoToday()) {
  const assignments = await db
    .select({
      role: roleAssignment.role,
      partnershipId: roleAssignment.partnershipId,
      fylkeId: roleAssignment.fylkeId,
    })
    .from(roleAssignment)
    .where(eq(roleAssignment.userId, userId));

  const fylkeIds = [...new Set(assignments.flatMap((a) => (a.fylkeId ? [a.fylkeId] : [])))];

  const fylker = (
    fylkeIds.length === 0
      ? []
      : await db
          .select({ id: fylke.id, slug: fylke.slug, name: fylke.name })
          .from(fylke)
          .where(inArray(fylke.id, fylkeIds))
          .orderBy(asc(fylke.name))
  ).map((f) => ({
    ...f,
    roles: assignments.filter((a) => a.fylkeId === f.id).map((a) => a.role),
  }));

  const columns = {
    id: partnership.id,
    slug: partnership.slug,
    officeName: partnership.officeName,
    fylkeId: partnership.fylkeId,
    fylkeName: fylke.name,
    agreementNextRevision: partnership.agreementNextRevision,
  };
  const reached = await reachedRoles(db, userId);
  const rolesById = new Map<string, Role[]>();
  for (const r of reached) rolesById.set(r.partnershipId, [...(rolesById.get(r.partnershipId) ?? []), r.role]);
  const byId = new Map(
    (rolesById.size === 0
      ? []
      : await db
          .select(columns)
          .from(partnership)
          .innerJoin(fylke, eq(fylke.id, partnership.fylkeId))
          .where(inArray(partnership.id, [...rolesById.keys()]))
    ).map((p) => [p.id, p]),
  );
  const kommuner = await listPartnershipKommuner(db, [...byId.keys()]);

  const rolesIn = (p: { id: string }): Role[] => [...(rolesById.get(p.id) ?? [])].sort(byRoleOrder);

  const partnerships = [...byId.values()]
    .map((p) => {
      const roles = rolesIn(p);
      return {
        slug: p.slug,
        officeName: p.officeName,
        fylkeId: p.fylkeId,
        fylkeName: p.fylkeName,
        kommuner: (kommuner.get(p.id) ?? []).map((k) => k.name),
        roles: [...new Set(roles)].map((role) => ({
          role,
          viaFylke: roleInfo[role].scope === "fylke",
        })),
        canEdit: can(roles, "partnership:edit"),
        /** Reached only through a fylke role, not a role held in the partnership itself. */
        onlyViaFylke: roles.every((role) => roleInfo[role].scope === "fylke"),
        agreementNextRevision: p.agreementNextRevision,
      };
    })
    .sort((a, b) => a.officeName.localeCompare(b.officeName, "nb"));

  const noticeLimit = addDays(today, REVISION_NOTICE_DAYS);
  const revisions = partnerships
    .filter((p) => p.canEdit && p.agreementNextRevision && p.agreementNextRevision <= noticeLimit)
    .map((p) => ({
      kind: "agreement_revision" as const,
      key: `revisjon-${p.slug}`,
      slug: p.slug,
      officeName: p.officeName,
      date: p.agreementNextRevision!,
      overdue: p.agreementNextRevision! < today,
    }));
  const reachable = [...byId.keys()];
  const approverIn = [...byId.values()].filter((p) => can(rolesIn(p), "minutes:approve")).map((p) => p.id);
  const askedToTransfer = assignments.filter(isAskedToTransfer).flatMap((a) => {
    const office = byId.get(a.partnershipId!);
    return office ? [office] : [];
  });
  const [signatureRows, approvalRows, followUpRows, minutesRows, invitationRows, transferRows, toAnswer] = await Promise.all([
    agreementsAwaitingSignature(db, userId),
    plansAwaitingApproval(db, userId, [...byId.values()]),
    followUpsOwnedBy(db, userId, reachable, today),
    minutesAwaitingApproval(db, userId, approverIn),
    networkInvitationsAwaiting(db, userId),
    Promise.all(askedToTransfer.map(async (office) => ({ office, pending: await pendingTransfersOf(db, office.id) }))),
    assessmentsToAnswer(db, userId, today),
  ]);
  const signatures = signatureRows.map((a) => ({
    kind: "agreement_signature" as const,
    key: `signatur-${a.id}`,
    slug: a.slug,
    officeName: a.officeName,
    year: a.year,
    versionId: a.id,
    date: `${a.year}-01-01`,
    overdue: false,
  }));
  const approvals = approvalRows.map((p) => ({
    kind: "plan_approval" as const,
    key: `godkjenning-${p.versionId}`,
    slug: p.slug,
    officeName: p.officeName,
    year: p.year,
    date: p.sentAt ? p.sentAt.toISOString().slice(0, 10) : `${p.year}-01-01`,
    overdue: false,
  }));
  const followUps = followUpRows.map((f) => ({
    kind: "follow_up" as const,
    key: `oppfolging-${f.id}`,
    slug: f.slug,
    officeName: f.officeName,
    meetingId: f.meetingId,
    followUpId: f.id,
    text: f.text,
    date: f.deadline ?? f.meetingDate,
    hasDeadline: f.deadline !== null,
    overdue: f.overdue,
  }));
  const minutes = minutesRows.map((m) => ({
    kind: "minutes_approval" as const,
    key: `referat-${m.meetingId}`,
    slug: m.slug,
    officeName: m.officeName,
    meetingId: m.meetingId,
    title: m.title,
    date: m.date,
    hasRemark: m.hasRemark,
    overdue: false,
  }));
  const networkInvitations = invitationRows.map((n) => ({
    kind: "network_invitation" as const,
    key: `nettverk-${n.memberId}`,
    slug: n.slug,
    officeName: n.officeName,
    networkName: n.networkName,
    date: n.invitedAt.toISOString().slice(0, 10),
    overdue: false,
  }));
  const transfers = transferRows.flatMap(({ office, pending }) =>
    pending.map((t) => ({
      kind: "workshop_transfer" as const,
      key: `selvvurdering-${t.taskId}-${office.id}`,
      slug: office.slug,
      officeName: office.officeName,
      gatheringTitle: t.gatheringTitle,
      date: t.startsOn,
      overdue: false,
    })),
  );
  const awaiting = [
    ...networkInvitations,
    ...transfers,
    ...approvals,
    ...signatures,
    ...revisions,
    ...toAnswer,
    ...minutes,
    ...followUps,
  ].sort((a, b) =>
    a.date.localeCompare(b.date),
  );

  const globalRoles = assignments
    .filter((a) => !a.partnershipId && !a.fylkeId)
    .map((a) => a.role);

  return {
    partnerships,
    fylker,
    isAdmin: globalRoles.includes("admin"),
    isFacilitator: globalRoles.includes("fasilitator"),
    awaiting,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** Open mulighetsrom assessments the person is invited to and has not handed in. */
async function assessmentsToAnswer(db: Executor, userId: string, today: string) {
  const rows = await db
    .select({
      assessmentId: assessment.id,
      occasion: assessment.occasion,
      heldOn: assessment.heldOn,
      slug: partnership.slug,
      officeName: partnership.officeName,
    })
    .from(assessmentParticipant)
    .innerJoin(assessment, eq(assessment.id, assessmentParticipant.assessmentId))
    .innerJoin(partnership, eq(partnership.id, assessment.partnershipId))
    .where(
      and(
        eq(assessmentParticipant.userId, userId),
        isNull(assessmentParticipant.submittedAt),
        eq(assessment.status, "open"),
      ),
    );
  return rows.map((a) => ({
      kind: "assessment_answer" as const,
      key: `vurdering-${a.assessmentId}`,
      slug: a.slug,
      officeName: a.officeName,
      assessmentId: a.assessmentId,
      occasion: a.occasion,
      date: a.heldOn,
      overdue: a.heldOn < today,
    }));
}
