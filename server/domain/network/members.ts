/**
 * A partnership's place in a network: invited by a facilitator, accepted (with what it shares)
 * or declined by its Nav-leder or rådmann, sharing changed, left. Every change is audited on the
 * partnership, so it shows in that partnership's own history.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/db/connection";
import { assessment, fylke, network, networkMember, partnership } from "~/db/schema";
import { diffFields, recordAudit, type Actor, type AuditAction, type AuditChangesWithout } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import type { NetworkScope, PartnershipScope } from "~/server/domain/scope";
import { entityId, versionInput } from "~/lib/validation";
import { DEFAULT_SHARING, type MemberStatus, type Sharing } from "~/lib/network/labels";
import { networkInvitation } from "~/server/domain/notifications/network-events";

type MemberRow = typeof networkMember.$inferSelect;

function auditMember(
  tx: Executor,
  actor: Actor,
  row: { id: string; partnershipId: string; networkId: string },
  action: AuditAction,
  changes: AuditChangesWithout<"network_member", "networkId" | "networkName">,
) {
  const net = tx.select({ name: network.name }).from(network).where(eq(network.id, row.networkId)).get();
  recordAudit(tx, actor, {
    partnershipId: row.partnershipId,
    entity: "network_member",
    entityId: row.id,
    action,
    changes: { networkId: row.networkId, networkName: net?.name ?? "", ...changes },
  });
}

/** Bumps the member row's version, requiring the one the caller read. */
function bumpMember(tx: Executor, row: MemberRow, expected: number, set: Partial<typeof networkMember.$inferInsert>) {
  const updated = tx
    .update(networkMember)
    .set({ ...set, version: sql`${networkMember.version} + 1` })
    .where(and(eq(networkMember.id, row.id), eq(networkMember.version, expected)))
    .returning({ version: networkMember.version })
    .get();
  if (!updated) throw staleVersion();
  return updated;
}

// --- The facilitator's side ----------------------------------------------------------

export const invitePartnershipInput = z.object({ partnershipId: entityId });

/** Invites a partnership; one that declined or left may be invited again. */
export function invitePartnership(scope: NetworkScope, input: z.infer<typeof invitePartnershipInput>, now = new Date()) {
  const { db, actor, network: { id: networkId } } = scope;
  return db.transaction((tx) => {
    const target = tx.select({ id: partnership.id }).from(partnership).where(eq(partnership.id, input.partnershipId)).get();
    if (!target) throw notFound("Fant ikke partnerskapet.");
    const existing = tx
      .select()
      .from(networkMember)
      .where(and(eq(networkMember.networkId, networkId), eq(networkMember.partnershipId, target.id)))
      .get();
    if (existing?.status === "invitert") throw invalid("Partnerskapet er allerede invitert.", "partnershipId");
    if (existing?.status === "medlem") throw invalid("Partnerskapet er allerede medlem av nettverket.", "partnershipId");
    const fresh = { status: "invitert" as const, ...DEFAULT_SHARING, invitedByUserId: actor.userId, invitedAt: now, respondedByUserId: null, respondedAt: null };
    if (existing) {
      const { version } = bumpMember(tx, existing, existing.version, fresh);
      auditMember(tx, actor, existing, "update", { status: { from: existing.status, to: "invitert" } });
      networkInvitation(tx, actor, { ...existing, invitedAt: now });
      return { id: existing.id, version };
    }
    const created = tx.insert(networkMember).values({ networkId, partnershipId: target.id, ...fresh }).returning().get();
    auditMember(tx, actor, created, "create", { status: "invitert" });
    networkInvitation(tx, actor, { ...created, invitedAt: now });
    return { id: created.id, version: created.version };
  });
}

export const memberTransitionInput = z.object({ memberId: entityId, version: versionInput });

/** An invitation not yet answered can be taken back; the row goes, as if never sent. */
export function withdrawInvitation(scope: NetworkScope, input: z.infer<typeof memberTransitionInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return db.transaction((tx) => {
    const row = tx
      .select()
      .from(networkMember)
      .where(and(eq(networkMember.id, input.memberId), eq(networkMember.networkId, networkId)))
      .get();
    if (!row) throw notFound("Fant ikke invitasjonen.");
    if (row.version !== input.version) throw staleVersion();
    if (row.status !== "invitert") throw invalid("Bare invitasjoner som ikke er besvart, kan trekkes tilbake.");
    tx.delete(networkMember).where(eq(networkMember.id, row.id)).run();
    auditMember(tx, actor, row, "delete", { status: { from: "invitert", to: null } });
  });
}

/** Partnerships a facilitator can invite: every one not already invited to or in the network, by office name. */
export function listInvitablePartnerships(scope: NetworkScope) {
  const { db, network: { id: networkId } } = scope;
  const taken = new Set(
    db
      .select({ id: networkMember.partnershipId })
      .from(networkMember)
      .where(and(eq(networkMember.networkId, networkId), inArray(networkMember.status, ["invitert", "medlem"])))
      .all()
      .map((r) => r.id),
  );
  return db
    .select({ id: partnership.id, officeName: partnership.officeName, fylkeName: fylke.name })
    .from(partnership)
    .innerJoin(fylke, eq(fylke.id, partnership.fylkeId))
    .orderBy(asc(fylke.name), asc(partnership.officeName))
    .all()
    .filter((p) => !taken.has(p.id));
}

// --- The partnership's side ------------------------------------------------------------

/** A membership row of this partnership; another partnership's id is not found. */
function loadOwnMember(tx: Executor, partnershipId: string, memberId: string) {
  const row = tx
    .select()
    .from(networkMember)
    .where(and(eq(networkMember.id, memberId), eq(networkMember.partnershipId, partnershipId)))
    .get();
  if (!row) throw notFound("Fant ikke nettverket.");
  return row;
}

const sharingFields = {
  shareStatuses: z.boolean({ error: "Velg om status skal deles." }).default(DEFAULT_SHARING.shareStatuses),
  sharePriorities: z.boolean({ error: "Velg om prioriteringer skal deles." }).default(DEFAULT_SHARING.sharePriorities),
  shareNotes: z.boolean({ error: "Velg om beskrivelser skal deles." }).default(DEFAULT_SHARING.shareNotes),
  sharePlans: z.boolean({ error: "Velg om lokalt arbeid skal deles." }).default(DEFAULT_SHARING.sharePlans),
};

export const respondInput = z.object({
  memberId: entityId,
  version: versionInput,
  accept: z.boolean({ error: "Velg om dere vil bli med." }),
  ...sharingFields,
});

/** Accept (with what to share; defaults: statuses and priorities) or decline. The caller checks the role. */
export function respondToInvitation(scope: PartnershipScope, input: z.infer<typeof respondInput>, now = new Date()) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return db.transaction((tx) => {
    const row = loadOwnMember(tx, partnershipId, input.memberId);
    if (row.status !== "invitert") throw invalid("Invitasjonen er allerede besvart eller trukket tilbake.");
    const status: MemberStatus = input.accept ? "medlem" : "avslatt";
    const sharing: Sharing = input.accept
      ? { shareStatuses: input.shareStatuses, sharePriorities: input.sharePriorities, shareNotes: input.shareNotes, sharePlans: input.sharePlans }
      : { shareStatuses: false, sharePriorities: false, shareNotes: false, sharePlans: false };
    const updated = bumpMember(tx, row, input.version, { status, ...sharing, respondedByUserId: actor.userId, respondedAt: now });
    auditMember(tx, actor, row, "update", { status: { from: row.status, to: status }, ...(input.accept ? { sharing } : {}) });
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
function requireShareableAssessment(tx: Executor, partnershipId: string, assessmentId: string | null) {
  if (assessmentId === null) return;
  const row = tx
    .select({ status: assessment.status })
    .from(assessment)
    .where(and(eq(assessment.id, assessmentId), eq(assessment.partnershipId, partnershipId)))
    .get();
  if (!row) throw notFound("Fant ikke vurderingen.");
  if (row.status !== "closed") throw invalid("Bare en avsluttet vurdering kan deles med nettverket.", "sharedAssessmentId");
}

export function updateSharing(scope: PartnershipScope, input: z.infer<typeof updateSharingInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return db.transaction((tx) => {
    const row = loadOwnMember(tx, partnershipId, input.memberId);
    if (row.status !== "medlem") throw invalid("Partnerskapet er ikke medlem av nettverket.");
    const { memberId: _m, version, ...sharing } = input;
    requireShareableAssessment(tx, partnershipId, sharing.sharedAssessmentId);
    const updated = bumpMember(tx, row, version, sharing);
    auditMember(tx, actor, row, "update", diffFields(row, sharing));
    return updated;
  });
}

/** Leaving stops all sharing at once; a facilitator can invite the partnership again. */
export function leaveNetwork(scope: PartnershipScope, input: z.infer<typeof memberTransitionInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return db.transaction((tx) => {
    const row = loadOwnMember(tx, partnershipId, input.memberId);
    if (row.status !== "medlem") throw invalid("Partnerskapet er ikke medlem av nettverket.");
    const updated = bumpMember(tx, row, input.version, {
      status: "utmeldt",
      shareStatuses: false,
      sharePriorities: false,
      shareNotes: false,
      sharePlans: false,
    });
    auditMember(tx, actor, row, "update", { status: { from: "medlem", to: "utmeldt" } });
    return updated;
  });
}
