/**
 * Oppfølgingspunkter: agreed in a meeting's minutes, owned by a person of the partnership, and
 * carried on the owner's start page and the next meeting's agenda until closed. The text, owner
 * and deadline are part of the minutes (they lock with them); the status is follow-up and can
 * change any time, by the owner or the office.
 */
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { followUpStatuses } from "~/db/schema/enums";
import { inTransaction, type Executor } from "~/db/connection";
import { followUp } from "~/db/schema";
import { can } from "~/server/domain/access/permissions";
import { diffFields } from "~/server/domain/audit/record";
import { DomainError, invalid, notFound, staleVersion } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import { isoDate, entityId, requiredText, rule, versionInput } from "~/lib/validation";
import { checkItemOfMeeting } from "./minutes";
import type { PartnershipRef, PartnershipScope } from "~/server/domain/scope";
import { auditMeeting, loadMeeting, partnershipPeopleIds } from "./meetings";
import { requireEditable } from "./rules";
import { followUpAssigned } from "~/server/domain/notifications/meeting-events";

async function loadFollowUp(tx: Executor, partnershipId: string, followUpId: string) {
  const [row] = await tx
    .select()
    .from(followUp)
    .where(and(eq(followUp.id, followUpId), eq(followUp.partnershipId, partnershipId)))
    .limit(1);
  if (!row) throw notFound(text("meetings.errors.followUpNotFound"));
  return row;
}

async function checkOwner(tx: Executor, target: PartnershipRef, ownerUserId: string | null) {
  if (ownerUserId && !(await partnershipPeopleIds(tx, target)).has(ownerUserId)) {
    throw invalid(text("meetings.errors.ownerNeedsRole"), "ownerUserId");
  }
}

const statusInput = z.enum(followUpStatuses, rule("meetings.errors.pickStatus"));

const followUpFields = {
  text: requiredText("errors.labels.followUp", 1000),
  ownerUserId: entityId.nullable(),
  deadline: isoDate("errors.labels.deadlineDefinite").nullable(),
};

export const addFollowUpInput = z.object({ meetingId: entityId, agendaItemId: entityId.nullable(), ...followUpFields });

export function addFollowUp(scope: PartnershipScope, input: z.infer<typeof addFollowUpInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const m = await loadMeeting(tx, target.id, input.meetingId);
    requireEditable(m);
    const agendaItemId = await checkItemOfMeeting(tx, m, input.agendaItemId);
    await checkOwner(tx, target, input.ownerUserId);
    const [created] = await tx
      .insert(followUp)
      .values({
        partnershipId: target.id,
        meetingId: m.id,
        agendaItemId,
        text: input.text,
        ownerUserId: input.ownerUserId,
        deadline: input.deadline,
      })
      .returning();
    await auditMeeting(tx, actor, target.id, "follow_up", created!.id, "create", {
      meetingId: m.id,
      text: input.text,
      ownerUserId: input.ownerUserId,
      deadline: input.deadline,
    });
    if (input.ownerUserId) await followUpAssigned(tx, actor, target, { ...created!, ownerUserId: input.ownerUserId });
    return { id: created!.id };
  });
}

export const updateFollowUpInput = z.object({ followUpId: entityId, version: versionInput, ...followUpFields });

/** The office corrects the text, owner or deadline while the minutes are a draft. */
export function updateFollowUp(scope: PartnershipScope, input: z.infer<typeof updateFollowUpInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadFollowUp(tx, target.id, input.followUpId);
    requireEditable(await loadMeeting(tx, target.id, row.meetingId));
    await checkOwner(tx, target, input.ownerUserId);
    const fields = { text: input.text, ownerUserId: input.ownerUserId, deadline: input.deadline };
    const [updated] = await tx
      .update(followUp)
      .set({ ...fields, version: sql`${followUp.version} + 1` })
      .where(and(eq(followUp.id, row.id), eq(followUp.version, input.version)))
      .returning({ version: followUp.version });
    if (!updated) throw staleVersion();
    await auditMeeting(tx, actor, target.id, "follow_up", row.id, "update", { meetingId: row.meetingId, text: input.text, ...diffFields(row, fields) });
    if (input.ownerUserId && input.ownerUserId !== row.ownerUserId) {
      await followUpAssigned(tx, actor, target, { ...row, ...fields, ownerUserId: input.ownerUserId });
    }
    return updated;
  });
}

export const followUpStatusInput = z.object({ followUpId: entityId, version: versionInput, status: statusInput });

/** The owner, or the office (a meeting editor by the role matrix), moves a follow-up between åpen, pågår and lukket. */
export function setFollowUpStatus(scope: PartnershipScope, input: z.infer<typeof followUpStatusInput>, now = new Date()) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadFollowUp(tx, target.id, input.followUpId);
    if (!can(scope.access, "meeting:manage") && row.ownerUserId !== actor.userId) {
      throw new DomainError("forbidden", text("meetings.errors.statusOwnerOnly"));
    }
    const [updated] = await tx
      .update(followUp)
      .set({
        status: input.status,
        closedAt: input.status === "lukket" ? (row.closedAt ?? now) : null,
        version: sql`${followUp.version} + 1`,
      })
      .where(and(eq(followUp.id, row.id), eq(followUp.version, input.version)))
      .returning({ version: followUp.version });
    if (!updated) throw staleVersion();
    await auditMeeting(tx, actor, target.id, "follow_up", row.id, "update", {
      meetingId: row.meetingId,
      text: row.text,
      status: { from: row.status, to: input.status },
    });
    return updated;
  });
}

export const removeFollowUpInput = z.object({ followUpId: entityId, version: versionInput });

export function removeFollowUp(scope: PartnershipScope, input: z.infer<typeof removeFollowUpInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadFollowUp(tx, target.id, input.followUpId);
    requireEditable(await loadMeeting(tx, target.id, row.meetingId));
    if (row.version !== input.version) throw staleVersion();
    await tx.delete(followUp).where(eq(followUp.id, row.id));
    await auditMeeting(tx, actor, target.id, "follow_up", row.id, "delete", { meetingId: row.meetingId, text: row.text });
  });
}
