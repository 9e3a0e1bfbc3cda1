/**
 * Partnerskapsmøter's notifications, raised by meetings/*.ts inside their transactions:
 * - the innkalling, to the participants, with the agenda and the meeting's calendar entry
 *   (METHOD:REQUEST); after it has gone out, a change to the meeting sends an update (a higher
 *   SEQUENCE) to those on it and a cancellation to those taken off it, and cancelling the
 *   meeting sends METHOD:CANCEL to everyone;
 * - minutes sent for approval, to the approvers who were present;
 * - a follow-up given to someone, to that person.
 */
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { meeting, meetingParticipant, user } from "~/db/schema";
import { formatDate } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { text } from "~/lib/i18n/text";
import { translator, type Translator } from "~/lib/i18n/translate";
import type { Actor } from "~/server/domain/audit/record";
import { invitationText, longDate, timeSpan } from "~/server/domain/meetings/invitation";
import { getMeeting } from "~/server/domain/meetings/view";
import type { PartnershipRef, PartnershipScope } from "~/server/domain/scope";
import { appUrl } from "~/server/mail/config";
import { meetingIcs, type CalendarPerson } from "./meeting-ics";
import { notify } from "./notify";
import { officeNameOf } from "./recipients";
import type { Wording } from "./wording";

const meetingLink = (target: PartnershipRef, meetingId: string) => `/partnerskap/${target.slug}/moter/${meetingId}`;

async function loadRow(tx: Executor, meetingId: string) {
  const [row] = await tx.select().from(meeting).where(eq(meeting.id, meetingId)).limit(1);
  return row!;
}

async function peopleByIds(tx: Executor, ids: readonly string[]): Promise<Map<string, CalendarPerson>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: user.id, name: user.name, email: user.email }).from(user).where(inArray(user.id, wanted));
  return new Map(rows.map((p) => [p.id, { name: p.name, email: p.email }]));
}

const participantIds = async (tx: Executor, meetingId: string) =>
  (
    await tx
      .select({ userId: meetingParticipant.userId })
      .from(meetingParticipant)
      .where(eq(meetingParticipant.meetingId, meetingId))
      .orderBy(meetingParticipant.userId)
  ).map((p) => p.userId);

/** «tirsdag 20.10.2026 kl. 09:00–12:00» (nynorsk: «tysdag …»). */
function whenText(row: { date: string; startTime: string | null; endTime: string | null }, locale: Locale) {
  return [longDate(row.date, locale), timeSpan(row.startTime, row.endTime, locale)].filter(Boolean).join(" ");
}

type MeetingWords = Translator<"mail">;

interface MeetingMessage {
  method: "REQUEST" | "CANCEL";
  recipientUserIds: readonly string[];
  /** Rendered in each recipient's language; the intro is also the calendar entry's description. */
  title: (t: MeetingWords, locale: Locale) => string;
  intro: (t: MeetingWords, locale: Locale) => string | Promise<string>;
  reason: Wording;
}

/** One text per language, asked for at most once: an agenda is read from the database. */
function perLocale(make: (locale: Locale) => string | Promise<string>): (locale: Locale) => Promise<string> {
  const made = new Map<Locale, Promise<string>>();
  return (locale) => {
    if (!made.has(locale)) made.set(locale, Promise.resolve(make(locale)));
    return made.get(locale)!;
  };
}

/** One message about the meeting as it now stands, with its calendar entry; SEQUENCE is the meeting's version. */
async function sendMeetingMessage(tx: Executor, actor: Actor, target: PartnershipRef, meetingId: string, message: MeetingMessage) {
  const row = await loadRow(tx, meetingId);
  const people = await peopleByIds(tx, [...message.recipientUserIds, actor.userId]);
  const organizer = people.get(actor.userId) ?? { name: "Partnerskapsrommet", email: "ikke-svar@partnerskapsrommet.invalid" };
  const attendees = message.recipientUserIds.flatMap((id) => (people.has(id) ? [people.get(id)!] : []));
  const intro = perLocale((locale) => message.intro(translator(locale, "mail"), locale));
  return notify(tx, actor, {
    kind: "meeting_invitation",
    recipientUserIds: message.recipientUserIds,
    partnershipId: target.id,
    title: (locale) => message.title(translator(locale, "mail"), locale),
    link: meetingLink(target, row.id),
    // Each message is one state of the meeting: its version names it.
    dedupeKey: `meeting.${row.id}.${row.version}.${message.method}`,
    intro,
    reason: message.reason,
    ics: async (locale) => ({
      filename: message.method === "CANCEL" ? "avlysning.ics" : "innkalling.ics",
      content: meetingIcs({
        meetingId: row.id,
        title: row.title,
        date: row.date,
        startTime: row.startTime,
        endTime: row.endTime,
        place: row.place,
        description: await intro(locale),
        url: appUrl(meetingLink(target, row.id)),
        sequence: row.version,
        organizer,
        attendees,
        method: message.method,
        locale,
      }),
      method: message.method,
    }),
  });
}

/** The innkalling as the meeting page shows it (invitation.ts), read inside the transaction. */
async function agendaText(tx: Executor, scope: PartnershipScope, meetingId: string, locale: Locale) {
  // Inside the transaction the handle is the connection itself (ADR 0016); the view only reads.
  const view = await getMeeting({ ...scope, db: tx }, { meetingId, locale });
  const sender = (await peopleByIds(tx, [scope.actor.userId])).get(scope.actor.userId)?.name ?? "";
  return invitationText({ ...view, senderName: sender }, locale);
}

export async function meetingInvitationSent(tx: Executor, scope: PartnershipScope, meetingId: string) {
  const row = await loadRow(tx, meetingId);
  const office = await officeNameOf(tx, scope.partnership.id);
  return sendMeetingMessage(tx, scope.actor, scope.partnership, meetingId, {
    method: "REQUEST",
    recipientUserIds: await participantIds(tx, meetingId),
    title: (t, locale) => t("meeting.invitationTitle", { title: row.title, when: whenText(row, locale), office }),
    intro: (_t, locale) => agendaText(tx, scope, meetingId, locale),
    reason: text("mail.meeting.reasonInvited"),
  });
}

/**
 * After the invitation has gone out, a change to the meeting: an update to everyone still on it,
 * and a cancellation to those taken off it. Called only when something changed.
 */
export async function meetingChanged(tx: Executor, scope: PartnershipScope, meetingId: string, removedUserIds: readonly string[]) {
  const row = await loadRow(tx, meetingId);
  const office = await officeNameOf(tx, scope.partnership.id);
  const update = await sendMeetingMessage(tx, scope.actor, scope.partnership, meetingId, {
    method: "REQUEST",
    recipientUserIds: await participantIds(tx, meetingId),
    title: (t, locale) => t("meeting.changedTitle", { title: row.title, when: whenText(row, locale), office }),
    intro: async (t, locale) => t("meeting.changedIntro", { agenda: await agendaText(tx, scope, meetingId, locale) }),
    reason: text("mail.meeting.reasonInvited"),
  });
  if (removedUserIds.length > 0) {
    await sendMeetingMessage(tx, scope.actor, scope.partnership, meetingId, {
      method: "CANCEL",
      recipientUserIds: removedUserIds,
      title: (t, locale) => t("meeting.removedTitle", { title: row.title, date: formatDate(row.date, locale), office }),
      intro: (t) => t("meeting.removedIntro"),
      reason: text("mail.meeting.reasonWasInvited"),
    });
  }
  return update;
}

export async function meetingCancelled(tx: Executor, scope: PartnershipScope, meetingId: string) {
  const row = await loadRow(tx, meetingId);
  const office = await officeNameOf(tx, scope.partnership.id);
  return sendMeetingMessage(tx, scope.actor, scope.partnership, meetingId, {
    method: "CANCEL",
    recipientUserIds: await participantIds(tx, meetingId),
    title: (t, locale) => t("meeting.cancelledTitle", { title: row.title, when: whenText(row, locale), office }),
    intro: (t) => t("meeting.cancelledIntro"),
    reason: text("mail.meeting.reasonWasInvited"),
  });
}

/** Minutes sent (again) for approval: to the approvers who were present. */
export async function minutesAwaitingApproval(tx: Executor, actor: Actor, target: PartnershipRef, meetingId: string, approverUserIds: readonly string[]) {
  const row = await loadRow(tx, meetingId);
  return notify(tx, actor, {
    kind: "minutes_awaiting_approval",
    recipientUserIds: approverUserIds,
    partnershipId: target.id,
    title: text("mail.meeting.minutesTitle", { title: row.title, date: formatDate(row.date), office: await officeNameOf(tx, target.id) }),
    link: `${meetingLink(target, row.id)}#referat-godkjenning`,
    dedupeKey: `minutes.${row.id}.${row.version}`,
    intro: text("mail.meeting.minutesIntro"),
    reason: text("mail.meeting.minutesReason"),
  });
}

const MAX_TEXT = 120;
export const shortText = (value: string) => {
  const line = value.replace(/\s+/g, " ").trim();
  return line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1).trimEnd()}…` : line;
};

export async function followUpAssigned(
  tx: Executor,
  actor: Actor,
  target: PartnershipRef,
  followUp: { id: string; meetingId: string; text: string; deadline: string | null; ownerUserId: string },
) {
  return notify(tx, actor, {
    kind: "follow_up_assigned",
    recipientUserIds: [followUp.ownerUserId],
    partnershipId: target.id,
    title: followUp.deadline
      ? text("mail.meeting.followUpTitleDeadline", { office: await officeNameOf(tx, target.id), text: shortText(followUp.text), deadline: formatDate(followUp.deadline) })
      : text("mail.meeting.followUpTitle", { office: await officeNameOf(tx, target.id), text: shortText(followUp.text) }),
    link: `${meetingLink(target, followUp.meetingId)}#oppfolging-${followUp.id}`,
    dedupeKey: `follow-up-assigned.${followUp.id}.${followUp.ownerUserId}`,
    intro: text("mail.meeting.followUpIntro"),
    reason: text("mail.meeting.reasonFollowUp"),
  });
}
