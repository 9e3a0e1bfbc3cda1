/**
 * A partnership's place in a network: invited by a facilitator, accepted (with what it shares)
 * or declined by its Nav-leder or rådmann, sharing changed, left. Every change is audited on the
 * partnership, so it shows in that partnership's own history.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { assessment, fylke, network, networkMember, partnership } from "~/db/schema";
import { diffFields, recordAudit, type Actor, type AuditAction, type AuditChangesWithout } from "~/server/domain/audit/record";
import { text } from "~/lib/i18n/text";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import type { NetworkScope, PartnershipScope } from "~/server/domain/scope";
import { entityId, versionInput, rule } from "~/lib/validation";
import { DEFAULT_SHARING, type MemberStatus, type Sharing } from "~/lib/network/labels";
import { networkInvitation } from "~/server/domain/notifications/network-events";

type MemberRow = typeof networkMember.$inferSelect;

async function auditMember(
  tx: Executor,
  actor: Actor,
  row: { id: string; partnershipId: string; networkId: string },
  action: AuditAction,
  changes: AuditChangesWithout<"network_member", "networkId" | "networkName">,
) {
  const [net] = await tx.select({ name: network.name }).from(network).where(eq(network.id, row.networkId)).limit(1);
  await recordAudit(tx, actor, {
    partnershipId: row.partnershipId,
    entity: "network_member",
    entityId: row.id,
    action,
    changes: { networkId: row.networkId, networkName: net?.name ?? "", ...changes },
  });
}

/** Bumps the member row's version, requiring the one the caller read. */
async function bumpMember(tx: Executor, row: MemberRow, expected: number, set: Partial<typeof networkMember.$inferInsert>) {
  const [updated] = await tx
    .update(networkMember)
    .set({ ...set, version: sql`${networkMember.version} + 1` })
    .where(and(eq(networkMember.id, row.id), eq(networkMember.version, expected)))
    .returning({ version: networkMember.version });
  if (!updated) throw staleVersion();
  return updated;
}

// --- The facilitator's side ----------------------------------------------------------

export const invitePartnershipInput = z.object({ partnershipId: entityId });

/** Invites a partnership; one that declined or left may be invited again. */
export async function invitePartnership(scope: NetworkScope, input: z.infer<typeof invitePartnershipInput>, now = new Date()) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const [target] = await tx.select({ id: partnership.id }).from(partnership).where(eq(partnership.id, input.partnershipId)).limit(1);
    if (!target) throw notFound(text("network.errors.partnershipNotFound"));
    const [existing] = await tx
      .select()
      .from(networkMember)
      .where(and(eq(networkMember.networkId, networkId), eq(networkMember.partnershipId, target.id)))
      .limit(1);
    if (existing?.status === "invitert") throw invalid(text("network.errors.alreadyInvited"), "partnershipId");
    if (existing?.status === "medlem") throw invalid(text("network.errors.alreadyMember"), "partnershipId");
    const fresh = { status: "invitert" as const, ...DEFAULT_SHARING, invitedByUserId: actor.userId, invitedAt: now, respondedByUserId: null, respondedAt: null };
    if (existing) {
      const { version } = await bumpMember(tx, existing, existing.version, fresh);
      await auditMember(tx, actor, existing, "update", { status: { from: existing.status, to: "invitert" } });
      await networkInvitation(tx, actor, { ...existing, invitedAt: now });
      return { id: existing.id, version };
    }
    const [made] = await tx.insert(networkMember).values({ networkId, partnershipId: target.id, ...fresh }).returning();
    const created = made!;
    await auditMember(tx, actor, created, "create", { status: "invitert" });
    await networkInvitation(tx, actor, { ...created, invitedAt: now });
    return { id: created.id, version: created.version };
  });
}

export const memberTransitionInput = z.object({ memberId: entityId, version: versionInput });

/** An invitation not yet answered can be taken back; the row goes, as if never sent. */
export async function withdrawInvitation(scope: NetworkScope, input: z.infer<typeof memberTransitionInput>): Promise<void> {
  const { db, actor, network: { id: networkId } } = scope;
  await inTransaction(db, async (tx) => {
    const [row] = await tx
      .select()
      .from(networkMember)
      .where(and(eq(networkMember.id, input.memberId), eq(networkMember.networkId, networkId)))
      .limit(1);
    if (!row) throw notFound(text("network.errors.invitationNotFound"));
    if (row.version !== input.version) throw staleVersion();
    if (row.status !== "invitert") throw invalid(text("network.errors.onlyOpenInvitations"));
    await tx.delete(networkMember).where(eq(networkMember.id, row.id));
    await auditMember(tx, actor, row, "delete", { status: { from: "invitert", to: null } });
  });
}

/** Partnerships a facilitator can invite: every one not already invited to or in the network, by office name. */
export async function listInvitablePartnerships(scope: NetworkScope) {
  const { db, network: { id: networkId } } = scope;
  const members = await db
    .select({ id: networkMember.partnershipId })
    .from(networkMember)
    .where(and(eq(networkMember.networkId, networkId), inArray(networkMember.status, ["invitert", "medlem"])));
  const taken = new Set(members.map((r) => r.id));
  const all = await db
    .select({ id: partnership.id, officeName: partnership.officeName, fylkeName: fylke.name })
    .from(partnership)
    .innerJoin(fylke, eq(fylke.id, partnership.fylkeId))
    .orderBy(asc(fylke.name), asc(partnership.officeName));
  return all.filter((p) => !taken.has(p.id));
}

// --- The partnership's side ------------------------------------------------------------

/** A membership row of this partnership; another partnership's id is not found. */
async function loadOwnMember(tx: Executor, partnershipId: string, memberId: string) {
  const [row] = await tx
    .select()
    .from(networkMember)
    .where(and(eq(networkMember.id, memberId), eq(networkMember.partnershipId, partnershipId)))
    .limit(1);
  if (!row) throw notFound(text("network.errors.networkNotFound"));
  return row;
}

const sharingFields = {
  shareStatuses: z.boolean(rule("network.errors.pickShareStatuses")).default(DEFAULT_SHARING.shareStatuses),
  sharePriorities: z.boolean(rule("network.errors.pickSharePriorities")).default(DEFAULT_SHARING.sharePriorities),
  shareNotes: z.boolean(rule("network.errors.pickShareNotes")).default(DEFAULT_SHARING.shareNotes),
  sharePlans: z.boolean(rule("network.errors.pickSharePlans")).default(DEFAULT_SHARING.sharePlans),
};

export const respondInput = z.object({
  memberId: entityId,
  version: versionInput,
  accept: z.boolean(rule("network.errors.pickAccept")),
  ...sharingFields,
});

/** Accept (with what to share; defaults: statuses and priorities) or decline. The caller checks the role. */
export async function respondToInvitation(scope: PartnershipScope, input: z.infer<typeof respondInput>, now = new Date()) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadOwnMember(tx, partnershipId, input.memberId);
    if (row.status !== "invitert") throw invalid(text("network.errors.invitationAnswered"));
    const status: MemberStatus = input.accept ? "medlem" : "avslatt";
    const sharing: Sharing = input.accept
      ? { shareStatuses: input.shareStatuses, sharePriorities: input.sharePriorities, shareNotes: input.shareNotes, sharePlans: input.sharePlans }
      : { shareStatuses: false, sharePriorities: false, shareNotes: false, sharePlans: false };
    const updated = await bumpMember(tx, row, input.version, { status, ...sharing, respondedByUserId: actor.userId, respondedAt: now });
    await auditMember(tx, actor, row, "update", { status: { from: row.status, to: status }, ...(input.accept ? { sharing } : {}) });
    return updated;
  });
}

export const updateSharingInput = z.object({
  memberId: entityId,
  version: versionInput,
  ...sharingFields,
  /** A closed assessment of the partnership to show instead of the latest one in the network's period. */
  sharedAssessmentId: entityId.nullable().default(null),
});

/** Only the partnership's own closed assessments can be shared: an open one still changes. */
async function requireShareableAssessment(tx: Executor, partnershipId: string, assessmentId: string | null) {
  if (assessmentId === null) return;
  const [row] = await tx
    .select({ status: assessment.status })
    .from(assessment)
    .where(and(eq(assessment.id, assessmentId), eq(assessment.partnershipId, partnershipId)))
    .limit(1);
  if (!row) throw notFound(text("network.errors.assessmentNotFound"));
  if (row.status !== "closed") throw invalid(text("network.errors.onlyClosedAssessment"), "sharedAssessmentId");
}

export async function updateSharing(scope: PartnershipScope, input: z.infer<typeof updateSharingInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadOwnMember(tx, partnershipId, input.memberId);
    if (row.status !== "medlem") throw invalid(text("network.errors.notMember"));
    const { memberId: _m, version, ...sharing } = input;
    await requireShareableAssessment(tx, partnershipId, sharing.sharedAssessmentId);
    const updated = await bumpMember(tx, row, version, sharing);
    await auditMember(tx, actor, row, "update", diffFields(row, sharing));
    return updated;
  });
}

/** Leaving stops all sharing at once; a facilitator can invite the partnership again. */
export async function leaveNetwork(scope: PartnershipScope, input: z.infer<typeof memberTransitionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadOwnMember(tx, partnershipId, input.memberId);
    if (row.status !== "medlem") throw invalid(text("network.errors.notMember"));
    const updated = await bumpMember(tx, row, input.version, {
      status: "utmeldt",
      shareStatuses: false,
      sharePriorities: false,
      shareNotes: false,
      sharePlans: false,
    });
    await auditMember(tx, actor, row, "update", { status: { from: "medlem", to: "utmeldt" } });
    return updated;
  });
}
