/**
 * The referat: text per agenda item, attendance, decisions, and the approval that locks it.
 * After the lock nothing here changes; corrections are separate, dated rows.
 */
import { and, eq, isNull, max, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { agendaItem, meetingDecision, meetingParticipant, minutesCorrection } from "~/db/schema";
import { can } from "~/server/domain/access/permissions";
import { loadRolesOfPeople } from "~/server/domain/access/load";
import { DomainError, invalid, notFound, staleVersion } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import { entityId, requiredText, rule, versionInput } from "~/lib/validation";
import { loadAgendaItem } from "./agenda";
import type { PartnershipRef, PartnershipScope } from "~/server/domain/scope";
import { auditMeeting, bumpMeeting, loadMeeting, type MeetingRow } from "./meetings";
import { minutesAwaitingApproval } from "~/server/domain/notifications/meeting-events";
import { allPresentApproved, approveRefusal, editRefusal, LOCKED_MESSAGE, minutesTextInput, requireEditable, sendMinutesRefusal, YOU_APPROVED } from "./rules";

/** The meeting's participants, each with whether the role matrix lets them approve minutes. */
async function participantsOf(tx: Executor, target: PartnershipRef, meetingId: string) {
  const rows = await tx.select().from(meetingParticipant).where(eq(meetingParticipant.meetingId, meetingId));
  const roles = await loadRolesOfPeople(tx, rows.map((r) => r.userId), target);
  return rows.map((r) => ({ ...r, mayApprove: can(roles.get(r.userId) ?? [], "minutes:approve") }));
}

// --- Minutes text per agenda item --------------------------------------------------

export const saveMinutesInput = z.object({ itemId: entityId, version: versionInput, minutes: minutesTextInput });

export function saveItemMinutes(scope: PartnershipScope, input: z.infer<typeof saveMinutesInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { item, meeting: m } = await loadAgendaItem(tx, target.id, input.itemId);
    requireEditable(m);
    const [updated] = await tx
      .update(agendaItem)
      .set({ minutes: input.minutes, version: sql`${agendaItem.version} + 1` })
      .where(and(eq(agendaItem.id, item.id), eq(agendaItem.version, input.version)))
      .returning({ version: agendaItem.version });
    if (!updated) throw staleVersion();
    await auditMeeting(tx, actor, target.id, "agenda_item", item.id, "update", {
      meetingId: m.id,
      title: item.title,
      minutes: { from: item.minutes, to: input.minutes },
    });
    return updated;
  });
}

// --- Attendance ------------------------------------------------------------------------

export const attendanceInput = z.object({
  meetingId: entityId,
  version: versionInput,
  attendance: z
    .array(z.object({ userId: entityId, attended: z.boolean(rule("meetings.errors.pickAttended")).nullable() }))
    .max(100),
});

export function setAttendance(scope: PartnershipScope, input: z.infer<typeof attendanceInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadMeeting(tx, target.id, input.meetingId);
    requireEditable(row);
    const participants = await participantsOf(tx, target, row.id);
    const changes: Record<string, { from: boolean | null; to: boolean | null }> = {};
    for (const entry of input.attendance) {
      const participant = participants.find((p) => p.userId === entry.userId);
      if (!participant) throw invalid(text("meetings.errors.notInvited"), "attendance");
      if (participant.attended !== entry.attended) {
        await tx.update(meetingParticipant).set({ attended: entry.attended }).where(eq(meetingParticipant.id, participant.id));
        changes[entry.userId] = { from: participant.attended, to: entry.attended };
      }
    }
    const version = await bumpMeeting(tx, row, input.version);
    await auditMeeting(tx, actor, target.id, "meeting", row.id, "update", { attendance: changes });
    return { version };
  });
}

// --- Decisions (vedtak) ----------------------------------------------------------------

async function loadDecision(tx: Executor, partnershipId: string, decisionId: string) {
  const [row] = await tx.select().from(meetingDecision).where(eq(meetingDecision.id, decisionId)).limit(1);
  if (!row) throw notFound(text("meetings.errors.decisionNotFound"));
  const m = await loadMeeting(tx, partnershipId, row.meetingId);
  return { decision: row, meeting: m };
}

/** An agenda item named in the input must belong to the same meeting. */
export async function checkItemOfMeeting(tx: Executor, m: MeetingRow, itemId: string | null | undefined) {
  if (!itemId) return null;
  const [item] = await tx.select({ id: agendaItem.id }).from(agendaItem).where(and(eq(agendaItem.id, itemId), eq(agendaItem.meetingId, m.id))).limit(1);
  if (!item) throw notFound(text("meetings.errors.itemNotFound"));
  return item.id;
}

const decisionText = requiredText("errors.labels.decision", 2000);

export const addDecisionInput = z.object({ meetingId: entityId, agendaItemId: entityId.nullable(), text: decisionText });

export function addDecision(scope: PartnershipScope, input: z.infer<typeof addDecisionInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const m = await loadMeeting(tx, target.id, input.meetingId);
    requireEditable(m);
    const agendaItemId = await checkItemOfMeeting(tx, m, input.agendaItemId);
    const [last] = await tx
      .select({ max: max(meetingDecision.position) })
      .from(meetingDecision)
      .where(eq(meetingDecision.meetingId, m.id));
    const [created] = await tx
      .insert(meetingDecision)
      .values({ meetingId: m.id, agendaItemId, text: input.text, position: (last?.max ?? -1) + 1 })
      .returning();
    await auditMeeting(tx, actor, target.id, "meeting_decision", created!.id, "create", { meetingId: m.id, agendaItemId, text: input.text });
    return { id: created!.id };
  });
}

export const updateDecisionInput = z.object({ decisionId: entityId, version: versionInput, text: decisionText });

export function updateDecision(scope: PartnershipScope, input: z.infer<typeof updateDecisionInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { decision, meeting: m } = await loadDecision(tx, target.id, input.decisionId);
    requireEditable(m);
    const [updated] = await tx
      .update(meetingDecision)
      .set({ text: input.text, version: sql`${meetingDecision.version} + 1` })
      .where(and(eq(meetingDecision.id, decision.id), eq(meetingDecision.version, input.version)))
      .returning({ version: meetingDecision.version });
    if (!updated) throw staleVersion();
    await auditMeeting(tx, actor, target.id, "meeting_decision", decision.id, "update", {
      meetingId: m.id,
      text: { from: decision.text, to: input.text },
    });
    return updated;
  });
}

export const removeDecisionInput = z.object({ decisionId: entityId, version: versionInput });

export function removeDecision(scope: PartnershipScope, input: z.infer<typeof removeDecisionInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { decision, meeting: m } = await loadDecision(tx, target.id, input.decisionId);
    requireEditable(m);
    if (decision.version !== input.version) throw staleVersion();
    await tx.delete(meetingDecision).where(eq(meetingDecision.id, decision.id));
    await auditMeeting(tx, actor, target.id, "meeting_decision", decision.id, "delete", { meetingId: m.id, text: decision.text });
  });
}

// --- Approval and lock -------------------------------------------------------------------

export const minutesTransitionInput = z.object({ meetingId: entityId, version: versionInput });

/** Sent for approval: the meeting counts as held, and every participant present is asked to approve. */
export function sendMinutes(scope: PartnershipScope, input: z.infer<typeof minutesTransitionInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadMeeting(tx, target.id, input.meetingId);
    const participants = await participantsOf(tx, target, row.id);
    const refusal = sendMinutesRefusal(row, participants);
    if (refusal) throw new DomainError("invalid", refusal);
    // A new round: remarks on the earlier text have been dealt with (they stay in the audit trail).
    await tx
      .update(meetingParticipant)
      .set({ minutesApprovedAt: null, minutesRemark: "", minutesRemarkAt: null })
      .where(eq(meetingParticipant.meetingId, row.id));
    const version = await bumpMeeting(tx, row, input.version, { minutesStatus: "til_godkjenning", status: "holdt" });
    await auditMeeting(tx, actor, target.id, "meeting", row.id, "update", {
      minutesStatus: { from: row.minutesStatus, to: "til_godkjenning" },
      ...(row.status !== "holdt" ? { status: { from: row.status, to: "holdt" } } : {}),
    });
    // Approvals were just cleared: every approver present is asked.
    const approvers = participants.filter((p) => p.attended === true && p.mayApprove).map((p) => p.userId);
    await minutesAwaitingApproval(tx, actor, target, row.id, approvers);
    return { version };
  });
}

/** Back to a draft so it can be changed; approvals given so far are cleared, since the text may change. */
export function withdrawMinutes(scope: PartnershipScope, input: z.infer<typeof minutesTransitionInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadMeeting(tx, target.id, input.meetingId);
    if (row.minutesLockedAt || row.minutesStatus === "godkjent") throw new DomainError("invalid", LOCKED_MESSAGE);
    if (row.minutesStatus !== "til_godkjenning") throw invalid(text("meetings.errors.notOnApproval"));
    await tx.update(meetingParticipant).set({ minutesApprovedAt: null }).where(eq(meetingParticipant.meetingId, row.id));
    const version = await bumpMeeting(tx, row, input.version, { minutesStatus: "utkast" });
    await auditMeeting(tx, actor, target.id, "meeting", row.id, "update", { minutesStatus: { from: row.minutesStatus, to: "utkast" } });
    return { version };
  });
}

/**
 * A participant present at the meeting approves the minutes they read (the version names it).
 * The last approval locks them. Approvals do not bump the version, so two people approving at
 * once do not conflict; the lock does.
 */
export function approveMinutes(scope: PartnershipScope, input: z.infer<typeof minutesTransitionInput>, now = new Date()) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadMeeting(tx, target.id, input.meetingId);
    const participants = await participantsOf(tx, target, row.id);
    const me = participants.find((p) => p.userId === actor.userId);
    const refusal = approveRefusal(row, me);
    if (refusal) {
      const kind = row.minutesStatus === "til_godkjenning" && (!me || me.attended !== true || !me.mayApprove) ? "forbidden" : "invalid";
      throw new DomainError(kind, refusal);
    }
    if (row.version !== input.version) throw staleVersion();
    await tx
      .update(meetingParticipant)
      .set({ minutesApprovedAt: now })
      .where(and(eq(meetingParticipant.id, me!.id), isNull(meetingParticipant.minutesApprovedAt)));
    await auditMeeting(tx, actor, target.id, "meeting", row.id, "update", { minutesApprovedBy: actor.userId });
    const after = participants.map((p) => (p.id === me!.id ? { ...p, minutesApprovedAt: now } : p));
    if (!allPresentApproved(after)) return { locked: false, version: row.version };
    const version = await bumpMeeting(tx, row, input.version, { minutesStatus: "godkjent", minutesLockedAt: now });
    await auditMeeting(tx, actor, target.id, "meeting", row.id, "update", {
      minutesStatus: { from: "til_godkjenning", to: "godkjent" },
      minutesLockedAt: now,
    });
    return { locked: true, version };
  });
}

export const remarkMinutesInput = minutesTransitionInput.extend({
  remark: requiredText("errors.labels.remarkWithHint", 2000),
});

/**
 * «Jeg har merknader»: a participant present says what should change instead of approving. It
 * is not an approval, so the minutes stay unlocked; the person may approve later (the remark
 * stays visible) or write the remark again.
 */
export function remarkMinutes(scope: PartnershipScope, input: z.infer<typeof remarkMinutesInput>, now = new Date()) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadMeeting(tx, target.id, input.meetingId);
    const me = (await participantsOf(tx, target, row.id)).find((p) => p.userId === actor.userId);
    // The same people, at the same moment, as approving.
    const refusal = approveRefusal(row, me);
    if (refusal) {
      const kind = row.minutesStatus === "til_godkjenning" && (!me || me.attended !== true || !me.mayApprove) ? "forbidden" : "invalid";
      throw new DomainError(kind, refusal.key === YOU_APPROVED.key ? text("meetings.errors.youApprovedNoRemarks") : refusal);
    }
    if (row.version !== input.version) throw staleVersion();
    await tx.update(meetingParticipant).set({ minutesRemark: input.remark, minutesRemarkAt: now }).where(eq(meetingParticipant.id, me!.id));
    await auditMeeting(tx, actor, target.id, "meeting", row.id, "update", {
      minutesRemarkBy: actor.userId,
      minutesRemark: { from: me!.minutesRemark, to: input.remark },
    });
    return { version: row.version };
  });
}

// --- Corrections to locked minutes -------------------------------------------------------

export const addCorrectionInput = z.object({
  meetingId: entityId,
  agendaItemId: entityId.nullable(),
  text: requiredText("errors.labels.correction", 4000),
});

export function addCorrection(scope: PartnershipScope, input: z.infer<typeof addCorrectionInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const m = await loadMeeting(tx, target.id, input.meetingId);
    if (!m.minutesLockedAt) {
      throw invalid(
        editRefusal(m) ?? text("meetings.errors.notApprovedYet"),
      );
    }
    const agendaItemId = await checkItemOfMeeting(tx, m, input.agendaItemId);
    const [created] = await tx
      .insert(minutesCorrection)
      .values({ meetingId: m.id, agendaItemId, text: input.text, authorUserId: actor.userId })
      .returning();
    await auditMeeting(tx, actor, target.id, "minutes_correction", created!.id, "create", { meetingId: m.id, agendaItemId, text: input.text });
    return { id: created!.id };
  });
}
