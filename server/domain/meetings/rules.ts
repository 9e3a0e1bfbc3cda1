/**
 * Partnerskapsmøter: pure rules (ADR 0008). meetings.ts, agenda.ts, minutes.ts and
 * follow-ups.ts apply them inside their transactions.
 *
 * Meeting:  planlagt → (innkalling sent) → innkalt → (minutes sent for approval) → holdt;
 *           planlagt/innkalt → (cancelled) → avlyst.
 * Minutes:  utkast → (sent) → til_godkjenning → (every participant present approves) → godkjent,
 *           locked for good; til_godkjenning → (withdrawn) → utkast, approvals cleared.
 *           Locked minutes are corrected by separate, dated rows, never edited.
 */
import { z } from "zod";
import type { FollowUpStatus, MeetingStatus, MinutesStatus } from "~/lib/meetings";
import { isoToday } from "~/lib/dates";
import { DomainError } from "~/server/domain/errors";
import { text, type Text } from "~/lib/i18n/text";
import { isoDate, optionalText, rule, type Label } from "~/lib/validation";

// --- Dates and times -----------------------------------------------------------

/** NAV-reformen: partnerships exist from 2006. */
export const FIRST_MEETING_YEAR = 2006;
/** Meetings can be planned this many years ahead. */
export const YEARS_AHEAD = 2;

export const meetingYearRange = (today = isoToday()) => ({ min: FIRST_MEETING_YEAR, max: Number(today.slice(0, 4)) + YEARS_AHEAD });

/** The meeting's date: a real date in a year between 2006 and two years from now. */
export const meetingDateInput = isoDate("errors.labels.meetingDate").superRefine((value, ctx) => {
  const year = Number(value.slice(0, 4));
  const { min, max } = meetingYearRange();
  if (year < min || year > max) {
    ctx.addIssue({ code: "custom", message: rule("meetings.errors.meetingYear", { min, max }).error() });
  }
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day as hh:mm (24-hour clock); "9:30" is read as 09:30; empty means none. */
export const timeInput = (label: Label) =>
  z
    .string(rule("meetings.errors.notATime", { label: text(label) }))
    .trim()
    .transform((v) => {
      const colon = v.replace(".", ":");
      return /^\d:\d\d$/.test(colon) ? `0${colon}` : colon;
    })
    .refine((v) => v === "" || TIME.test(v), rule("meetings.errors.timeFormat", { label: text(label) }))
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .transform((v) => v ?? null);

/** End not before start; both optional. Returns the message, or null when fine. */
export function timeOrderProblem(startTime: string | null, endTime: string | null): Text | null {
  // A time that is not hh:mm has its own message already.
  if ((startTime && !TIME.test(startTime)) || (endTime && !TIME.test(endTime))) return null;
  if (endTime && !startTime) return text("meetings.errors.endWithoutStart");
  if (startTime && endTime && endTime < startTime) return text("meetings.errors.endsBeforeStart");
  return null;
}

// --- Links on agenda items ---------------------------------------------------------

export const MAX_LINKS = 10;

export const linkInput = z.object({
  title: z
    .string(rule("meetings.errors.linkTitle"))
    .trim()
    .min(1, rule("meetings.errors.linkTitle"))
    .max(200, rule("meetings.errors.linkTitleLength", { max: 200 })),
  url: z
    .string(rule("meetings.errors.linkUrl"))
    .trim()
    .min(1, rule("meetings.errors.linkUrl"))
    .max(500, rule("meetings.errors.linkUrlLength", { max: 500 }))
    .refine((v) => {
      if (!/^https?:\/\/[^\s]+$/i.test(v)) return false;
      try {
        const url = new URL(v);
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    }, rule("meetings.errors.linkScheme")),
});

export const linksInput = z.array(linkInput).max(MAX_LINKS, rule("meetings.errors.tooManyLinks", { max: MAX_LINKS }));

export const minutesTextInput = optionalText("errors.labels.minutes", 20_000);

// --- What may change when ----------------------------------------------------------

export interface MeetingState {
  status: MeetingStatus;
  minutesStatus: MinutesStatus;
  minutesLockedAt: Date | null;
}

// Refusals are catalogue keys (meetings.errors.*), rendered in the reader's language.
export const LOCKED_MESSAGE: Text = text("meetings.errors.locked");
export const ON_APPROVAL_MESSAGE: Text = text("meetings.errors.onApproval");
export const CANCELLED_MESSAGE: Text = text("meetings.errors.cancelled");

/** The meeting's details, agenda and minutes change only while the minutes are a draft. */
export function editRefusal(m: MeetingState): Text | null {
  if (m.minutesLockedAt || m.minutesStatus === "godkjent") return LOCKED_MESSAGE;
  if (m.minutesStatus === "til_godkjenning") return ON_APPROVAL_MESSAGE;
  if (m.status === "avlyst") return CANCELLED_MESSAGE;
  return null;
}

export function requireEditable(m: MeetingState) {
  const refusal = editRefusal(m);
  if (refusal) throw new DomainError("invalid", refusal);
}

export function invitationRefusal(m: MeetingState): Text | null {
  if (m.status === "avlyst") return CANCELLED_MESSAGE;
  if (m.status === "holdt") return text("meetings.errors.heldNoInvitation");
  return null;
}

export function cancelRefusal(m: MeetingState): Text | null {
  if (m.status === "avlyst") return text("meetings.errors.alreadyCancelled");
  if (m.status === "holdt" || m.minutesStatus !== "utkast") return text("meetings.errors.heldCannotCancel");
  return null;
}

export interface ParticipantState {
  userId: string;
  attended: boolean | null;
  minutesApprovedAt: Date | null;
  /** The role matrix lets this person approve minutes (the owners and their stand-ins). */
  mayApprove: boolean;
}

/** Before the minutes go for approval: attendance recorded for everyone, and someone was there. */
export function sendMinutesRefusal(m: MeetingState, participants: readonly ParticipantState[]): Text | null {
  const refusal = editRefusal(m);
  if (refusal) return refusal;
  if (participants.some((p) => p.attended === null)) return text("meetings.errors.attendanceMissing");
  if (!participants.some((p) => p.attended)) return text("meetings.errors.nobodyPresent");
  if (!participants.some((p) => p.attended && p.mayApprove)) {
    return text("meetings.errors.noApproverPresent");
  }
  return null;
}

export function approveRefusal(m: MeetingState, participant: ParticipantState | undefined): Text | null {
  if (m.minutesLockedAt || m.minutesStatus === "godkjent") return text("meetings.errors.alreadyApproved");
  if (m.minutesStatus !== "til_godkjenning") return text("meetings.errors.notOnApprovalYet");
  if (!participant || participant.attended !== true || !participant.mayApprove) {
    return text("meetings.errors.approverOnly");
  }
  if (participant.minutesApprovedAt) return YOU_APPROVED;
  return null;
}

/** Said to a person who approved already; a remark after approving says more (remarkMinutes). */
export const YOU_APPROVED: Text = text("meetings.errors.youApproved");

/** Who still has to approve: the approvers present who have not. Absent ones never block. */
export const pendingApprovers = <P extends ParticipantState>(participants: readonly P[]) =>
  participants.filter((p) => p.attended === true && p.mayApprove && !p.minutesApprovedAt);

/** The minutes lock when every approver present has approved (and one was present). */
export const allPresentApproved = (participants: readonly ParticipantState[]) =>
  participants.some((p) => p.attended === true && p.mayApprove) && pendingApprovers(participants).length === 0;

// --- Follow-ups ---------------------------------------------------------------------

export interface FollowUpLike {
  meetingId: string;
  meetingDate: string;
  status: FollowUpStatus;
  deadline: string | null;
}

/**
 * "Oppfølging fra forrige møte": every follow-up of the partnership that is still open and was
 * agreed in an earlier meeting than this one. Closed ones drop off; this meeting's own stay in its minutes.
 */
export function carriedFollowUps<T extends FollowUpLike>(all: readonly T[], meeting: { id: string; date: string }): T[] {
  return all
    .filter((f) => f.status !== "lukket" && f.meetingId !== meeting.id && f.meetingDate <= meeting.date)
    .sort((a, b) => (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999") || a.meetingDate.localeCompare(b.meetingDate));
}

export const isOverdue = (f: { status: FollowUpStatus; deadline: string | null }, today = isoToday()) =>
  f.status !== "lukket" && f.deadline !== null && f.deadline < today;
