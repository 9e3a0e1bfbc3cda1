/** Planning a meeting: create it (with the standard agenda), change its details, send the innkalling, cancel it. */
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { agendaItem, meeting, meetingParticipant } from "~/db/schema";
import { diffFields, recordAudit, type Actor, type AuditActionOf, type AuditChanges } from "~/server/domain/audit/record";
import { DomainError, invalid, notFound, staleVersion } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import type { Locale } from "~/lib/i18n/locales";
import { listPartnershipPeople } from "~/server/domain/partnership/overview";
import type { PartnershipRef, PartnershipScope } from "~/server/domain/scope";
import { entityId, requiredText, optionalText, rule, versionInput } from "~/lib/validation";
import { cancelRefusal, invitationRefusal, meetingDateInput, requireEditable, timeInput, timeOrderProblem } from "./rules";
import { buildStandardAgenda } from "./standard-agenda";
import { meetingCancelled, meetingChanged, meetingInvitationSent } from "~/server/domain/notifications/meeting-events";

export type MeetingAuditEntity = "meeting" | "agenda_item" | "meeting_decision" | "follow_up" | "minutes_correction";

export async function auditMeeting<E extends MeetingAuditEntity, A extends AuditActionOf<E>>(
  tx: Executor,
  actor: Actor | null,
  partnershipId: string,
  entity: E,
  entityId: string,
  action: A,
  changes: AuditChanges<E, A>,
) {
  await recordAudit(tx, actor, { partnershipId, entity, entityId, action, changes });
}

/** The meeting a call names, checked to belong to the partnership: another partnership's id is not found. */
export async function loadMeeting(db: Executor, partnershipId: string, meetingId: string) {
  const [row] = await db
    .select()
    .from(meeting)
    .where(and(eq(meeting.id, meetingId), eq(meeting.partnershipId, partnershipId)))
    .limit(1);
  if (!row) throw notFound(text("meetings.errors.meetingNotFound"));
  return row;
}

export type MeetingRow = Awaited<ReturnType<typeof loadMeeting>>;

/** Bumps the meeting's version, requiring the one the caller read. */
export async function bumpMeeting(tx: Executor, row: MeetingRow, expected: number, set: Partial<typeof meeting.$inferInsert> = {}) {
  const [updated] = await tx
    .update(meeting)
    .set({ ...set, version: sql`${meeting.version} + 1` })
    .where(and(eq(meeting.id, row.id), eq(meeting.version, expected)))
    .returning({ version: meeting.version });
  if (!updated) throw staleVersion();
  return updated.version;
}

/** The people a meeting may invite and a follow-up may be owned by: everyone with a role that reaches the partnership. */
export async function partnershipPeopleIds(db: Executor, target: PartnershipRef) {
  return new Set((await listPartnershipPeople(db, target)).map((p) => p.userId));
}

const participantIdsInput = z
  .array(entityId, rule("meetings.errors.pickParticipants"))
  .max(100, rule("meetings.errors.tooManyParticipants", { max: 100 }))
  .transform((ids) => [...new Set(ids)]);

const meetingFields = {
  title: requiredText("errors.labels.title", 200),
  date: meetingDateInput,
  startTime: timeInput("meetings.labels.startTime"),
  endTime: timeInput("meetings.labels.endTime"),
  place: optionalText("errors.labels.placeDefinite", 200),
  participantUserIds: participantIdsInput,
};

const checkTimes = (v: { startTime: string | null; endTime: string | null }, ctx: z.RefinementCtx) => {
  const problem = timeOrderProblem(v.startTime, v.endTime);
  if (problem) ctx.addIssue({ code: "custom", path: ["endTime"], message: rule(problem.key).error() });
};

export const createMeetingInput = z
  .object({ ...meetingFields, standardAgenda: z.boolean(rule("meetings.errors.pickStandardAgenda")) })
  .superRefine(checkTimes);

async function checkParticipants(tx: Executor, target: PartnershipRef, ids: readonly string[]) {
  const people = await partnershipPeopleIds(tx, target);
  if (ids.some((id) => !people.has(id))) {
    throw invalid(text("meetings.errors.participantNoRole"), "participantUserIds");
  }
}

/** The standard agenda, when asked for, is written in the creator's language (`locale`). */
export function createMeeting(scope: PartnershipScope, input: z.infer<typeof createMeetingInput>, locale: Locale = "nb") {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    await checkParticipants(tx, target, input.participantUserIds);
    const [created] = await tx
      .insert(meeting)
      .values({
        partnershipId: target.id,
        title: input.title,
        date: input.date,
        startTime: input.startTime,
        endTime: input.endTime,
        place: input.place,
        createdByUserId: actor.userId,
      })
      .returning();
    const meetingId = created!.id;
    for (const userId of input.participantUserIds) {
      await tx.insert(meetingParticipant).values({ meetingId, userId });
    }
    const items = input.standardAgenda ? buildStandardAgenda(input.startTime, locale) : [];
    for (const item of items) await tx.insert(agendaItem).values({ meetingId, ...item });
    await auditMeeting(tx, actor, target.id, "meeting", meetingId, "create", {
      title: input.title,
      date: input.date,
      startTime: input.startTime,
      endTime: input.endTime,
      place: input.place,
      participants: input.participantUserIds.length,
      standardAgenda: input.standardAgenda,
    });
    return { id: meetingId };
  });
}

export const updateMeetingInput = z
  .object({ meetingId: entityId, version: versionInput, ...meetingFields })
  .superRefine(checkTimes);

/** Details and the invitation list. Removing someone also removes their attendance and approval. */
export function updateMeeting(scope: PartnershipScope, input: z.infer<typeof updateMeetingInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadMeeting(tx, target.id, input.meetingId);
    requireEditable(row);
    await checkParticipants(tx, target, input.participantUserIds);
    const fields = {
      title: input.title,
      date: input.date,
      startTime: input.startTime,
      endTime: input.endTime,
      place: input.place,
    };
    const version = await bumpMeeting(tx, row, input.version, fields);
    const current = (
      await tx.select({ userId: meetingParticipant.userId }).from(meetingParticipant).where(eq(meetingParticipant.meetingId, row.id))
    ).map((p) => p.userId);
    const wanted = new Set(input.participantUserIds);
    const removed = current.filter((id) => !wanted.has(id));
    const added = input.participantUserIds.filter((id) => !current.includes(id));
    for (const userId of removed) {
      await tx.delete(meetingParticipant).where(and(eq(meetingParticipant.meetingId, row.id), eq(meetingParticipant.userId, userId)));
    }
    for (const userId of added) await tx.insert(meetingParticipant).values({ meetingId: row.id, userId });
    const changed = diffFields(row, fields);
    await auditMeeting(tx, actor, target.id, "meeting", row.id, "update", {
      ...changed,
      ...(added.length > 0 ? { participantsAdded: added } : {}),
      ...(removed.length > 0 ? { participantsRemoved: removed } : {}),
    });
    // Once invited, people's calendars hold the meeting: they get the change (ADR 0008).
    const anyChange = Object.keys(changed).length > 0 || added.length > 0 || removed.length > 0;
    if (row.status === "innkalt" && anyChange) await meetingChanged(tx, scope, row.id, removed);
    return { version };
  });
}

export const meetingTransitionInput = z.object({ meetingId: entityId, version: versionInput });

/** The innkalling is sent (by the Nav-leder, from their own email): the meeting is innkalt. Can be sent again after changes. */
export function sendInvitation(scope: PartnershipScope, input: z.infer<typeof meetingTransitionInput>, now = new Date()) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadMeeting(tx, target.id, input.meetingId);
    const refusal = invitationRefusal(row);
    if (refusal) throw new DomainError("invalid", refusal);
    const version = await bumpMeeting(tx, row, input.version, { status: "innkalt", invitationSentAt: now });
    await auditMeeting(tx, actor, target.id, "meeting", row.id, "update", {
      status: { from: row.status, to: "innkalt" },
      invitationSentAt: { from: row.invitationSentAt, to: now },
    });
    await meetingInvitationSent(tx, scope, row.id);
    return { version };
  });
}

export function cancelMeeting(scope: PartnershipScope, input: z.infer<typeof meetingTransitionInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadMeeting(tx, target.id, input.meetingId);
    const refusal = cancelRefusal(row);
    if (refusal) throw new DomainError("invalid", refusal);
    const version = await bumpMeeting(tx, row, input.version, { status: "avlyst" });
    await auditMeeting(tx, actor, target.id, "meeting", row.id, "update", { status: { from: row.status, to: "avlyst" } });
    if (row.invitationSentAt) await meetingCancelled(tx, scope, row.id);
    return { version };
  });
}
