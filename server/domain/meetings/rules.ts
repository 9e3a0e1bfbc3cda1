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
import { isoDate, optionalText } from "~/lib/validation";

// --- Dates and times -----------------------------------------------------------

/** NAV-reformen: partnerships exist from 2006. */
export const FIRST_MEETING_YEAR = 2006;
/** Meetings can be planned this many years ahead. */
export const YEARS_AHEAD = 2;

export const meetingYearRange = (today = isoToday()) => ({ min: FIRST_MEETING_YEAR, max: Number(today.slice(0, 4)) + YEARS_AHEAD });

/** The meeting's date: a real date in a year between 2006 and two years from now. */
export const meetingDateInput = isoDate("Møtedatoen").superRefine((value, ctx) => {
  const year = Number(value.slice(0, 4));
  const { min, max } = meetingYearRange();
  if (year < min || year > max) {
    ctx.addIssue({ code: "custom", message: `Møtedatoen må være i et år mellom ${min} og ${max}.` });
  }
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day as hh:mm (24-hour clock); "9:30" is read as 09:30; empty means none. */
export const timeInput = (label: string) =>
  z
    .string({ error: `${label} må være et klokkeslett.` })
    .trim()
    .transform((v) => {
      const colon = v.replace(".", ":");
      return /^\d:\d\d$/.test(colon) ? `0${colon}` : colon;
    })
    .refine((v) => v === "" || TIME.test(v), `${label} må skrives som tt:mm, for eksempel 09:30.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .transform((v) => v ?? null);

/** End not before start; both optional. Returns the message, or null when fine. */
export function timeOrderProblem(startTime: string | null, endTime: string | null): string | null {
  // A time that is not hh:mm has its own message already.
  if ((startTime && !TIME.test(startTime)) || (endTime && !TIME.test(endTime))) return null;
  if (endTime && !startTime) return "Fyll ut når møtet starter, eller fjern sluttidspunktet.";
  if (startTime && endTime && endTime < startTime) return "Møtet kan ikke slutte før det starter.";
  return null;
}

// --- Links on agenda items ---------------------------------------------------------

export const MAX_LINKS = 10;

export const linkInput = z.object({
  title: z
    .string({ error: "Skriv hva lenken viser til." })
    .trim()
    .min(1, "Skriv hva lenken viser til.")
    .max(200, "Lenketeksten kan ha høyst 200 tegn."),
  url: z
    .string({ error: "Skriv inn lenken." })
    .trim()
    .min(1, "Skriv inn lenken.")
    .max(500, "Lenken kan ha høyst 500 tegn.")
    .refine((v) => {
      if (!/^https?:\/\/[^\s]+$/i.test(v)) return false;
      try {
        const url = new URL(v);
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    }, "Lenken må begynne med http:// eller https://."),
});

export const linksInput = z.array(linkInput).max(MAX_LINKS, `Et punkt kan ha høyst ${MAX_LINKS} lenker.`);

export const minutesTextInput = optionalText("Referatet", 20_000);

// --- What may change when ----------------------------------------------------------

export interface MeetingState {
  status: MeetingStatus;
  minutesStatus: MinutesStatus;
  minutesLockedAt: Date | null;
}

export const LOCKED_MESSAGE =
  "Referatet er godkjent og låst. Det kan ikke endres lenger, men du kan bruke «Legg til rettelse» for å rette noe.";
export const ON_APPROVAL_MESSAGE = "Referatet er sendt til godkjenning. Trekk det tilbake for å endre det.";
export const CANCELLED_MESSAGE = "Møtet er avlyst og kan ikke endres.";

/** The meeting's details, agenda and minutes change only while the minutes are a draft. */
export function editRefusal(m: MeetingState): string | null {
  if (m.minutesLockedAt || m.minutesStatus === "godkjent") return LOCKED_MESSAGE;
  if (m.minutesStatus === "til_godkjenning") return ON_APPROVAL_MESSAGE;
  if (m.status === "avlyst") return CANCELLED_MESSAGE;
  return null;
}

export function requireEditable(m: MeetingState) {
  const refusal = editRefusal(m);
  if (refusal) throw new DomainError("invalid", refusal);
}

export function invitationRefusal(m: MeetingState): string | null {
  if (m.status === "avlyst") return CANCELLED_MESSAGE;
  if (m.status === "holdt") return "Møtet er holdt. Innkallingen kan ikke sendes nå.";
  return null;
}

export function cancelRefusal(m: MeetingState): string | null {
  if (m.status === "avlyst") return "Møtet er allerede avlyst.";
  if (m.status === "holdt" || m.minutesStatus !== "utkast") return "Et møte som er holdt, kan ikke avlyses.";
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
export function sendMinutesRefusal(m: MeetingState, participants: readonly ParticipantState[]): string | null {
  const refusal = editRefusal(m);
  if (refusal) return refusal;
  if (participants.some((p) => p.attended === null)) return "Registrer oppmøte for alle deltakerne før du sender referatet til godkjenning.";
  if (!participants.some((p) => p.attended)) return "Minst én deltaker må ha vært til stede før referatet kan godkjennes.";
  if (!participants.some((p) => p.attended && p.mayApprove)) {
    return "Referatet godkjennes av eierne som var til stede. Ingen av eierne eller deres stedfortredere er registrert som til stede.";
  }
  return null;
}

export function approveRefusal(m: MeetingState, participant: ParticipantState | undefined): string | null {
  if (m.minutesLockedAt || m.minutesStatus === "godkjent") return "Referatet er allerede godkjent.";
  if (m.minutesStatus !== "til_godkjenning") return "Referatet er ikke sendt til godkjenning ennå.";
  if (!participant || participant.attended !== true || !participant.mayApprove) {
    return "Referatet godkjennes av eierne og deres stedfortredere som var til stede på møtet.";
  }
  if (participant.minutesApprovedAt) return "Du har allerede godkjent referatet.";
  return null;
}

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
