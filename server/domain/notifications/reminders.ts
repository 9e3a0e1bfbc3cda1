/**
 * The notifications time raises, not a change: a follow-up due in 7 days and one past its
 * deadline, an assessment closing in 3 days, a partnership agreement due for revision.
 * `sendDueReminders` is safe to call as often as one likes (the mail loop calls it; see
 * server/mail): each reminder has a dedupe key naming the date it is about, so it fires once per
 * person — and again only if the date is moved.
 *
 * Dates are Oslo calendar days (lib/dates.ts). Nobody caused a reminder, so there is no actor.
 * The texts are catalogue keys, rendered in each recipient's language by notify(); a date reads
 * the same in bokmål and nynorsk (d.m.åååå), so it is formatted here.
 */
import { and, eq, gte, isNotNull, isNull, lte, ne } from "drizzle-orm";
import { inTransaction, type Database } from "~/db/connection";
import { assessment, assessmentParticipant, followUp, partnership } from "~/db/schema";
import { addDays, isoToday } from "~/lib/dates";
import { formatDate } from "~/lib/format";
import { text } from "~/lib/i18n/text";
import { assessmentAnswerLink } from "./assessment-events";
import { shortText } from "./meeting-events";
import { notify } from "./notify";
import { holdersOf, rolesByPerson } from "./recipients";

/** A follow-up's owner hears of its deadline this many days ahead. */
export const FOLLOW_UP_DUE_DAYS = 7;
/** Participants who have not handed in hear this many days before the assessment is held. */
export const ASSESSMENT_CLOSING_DAYS = 3;
/** As on the start page: an agreement to revise within 90 days is shown there. */
export const REVISION_NOTICE_DAYS = 90;

export interface ReminderCounts {
  followUpDue: number;
  followUpOverdue: number;
  assessmentClosing: number;
  agreementRevision: number;
}

export async function sendDueReminders(db: Database, now = new Date()): Promise<ReminderCounts> {
  const today = isoToday(now);
  return inTransaction(db, async (tx) => {
    const counts: ReminderCounts = { followUpDue: 0, followUpOverdue: 0, assessmentClosing: 0, agreementRevision: 0 };
    const partnerships = new Map<string, { id: string; slug: string; fylkeId: string; officeName: string }>();
    const partnershipOf = async (id: string) => {
      if (!partnerships.has(id)) {
        const [row] = await tx
          .select({ id: partnership.id, slug: partnership.slug, fylkeId: partnership.fylkeId, officeName: partnership.officeName })
          .from(partnership)
          .where(eq(partnership.id, id))
          .limit(1);
        partnerships.set(id, row!);
      }
      return partnerships.get(id)!;
    };
    const reachCache = new Map<string, Set<string>>();
    /** A person who lost their role in the partnership is not reminded of its work. */
    const stillReaches = async (partnershipId: string, userId: string) => {
      if (!reachCache.has(partnershipId)) reachCache.set(partnershipId, new Set((await rolesByPerson(tx, await partnershipOf(partnershipId))).keys()));
      return reachCache.get(partnershipId)!.has(userId);
    };

    // --- Follow-ups: due within 7 days, and past their deadline ---------------------------------
    const followUps = await tx
      .select({
        id: followUp.id,
        partnershipId: followUp.partnershipId,
        meetingId: followUp.meetingId,
        text: followUp.text,
        deadline: followUp.deadline,
        ownerUserId: followUp.ownerUserId,
      })
      .from(followUp)
      .where(and(ne(followUp.status, "lukket"), isNotNull(followUp.ownerUserId), isNotNull(followUp.deadline), lte(followUp.deadline, addDays(today, FOLLOW_UP_DUE_DAYS))))
      .orderBy(followUp.id);
    for (const f of followUps) {
      if (!(await stillReaches(f.partnershipId, f.ownerUserId!))) continue;
      const p = await partnershipOf(f.partnershipId);
      const overdue = f.deadline! < today;
      const result = await notify(
        tx,
        null,
        {
          kind: overdue ? "follow_up_overdue" : "follow_up_due",
          recipientUserIds: [f.ownerUserId!],
          partnershipId: p.id,
          title: text(overdue ? "mail.reminder.followUpOverdueTitle" : "mail.reminder.followUpDueTitle", {
            office: p.officeName,
            deadline: formatDate(f.deadline),
            text: shortText(f.text),
          }),
          link: `/partnerskap/${p.slug}/moter/${f.meetingId}#oppfolging-${f.id}`,
          dedupeKey: `${overdue ? "follow-up-overdue" : "follow-up-due"}.${f.id}.${f.deadline}`,
          intro: text(overdue ? "mail.reminder.followUpOverdueIntro" : "mail.reminder.followUpDueIntro"),
          reason: text("mail.meeting.reasonFollowUp"),
        },
        now,
      );
      if (overdue) counts.followUpOverdue += result.notified.length;
      else counts.followUpDue += result.notified.length;
    }

    // --- Assessments held within 3 days, to those who have not handed in -------------------------
    const closing = await tx
      .select({
        id: assessment.id,
        partnershipId: assessment.partnershipId,
        occasion: assessment.occasion,
        heldOn: assessment.heldOn,
        userId: assessmentParticipant.userId,
      })
      .from(assessment)
      .innerJoin(assessmentParticipant, eq(assessmentParticipant.assessmentId, assessment.id))
      .where(
        and(
          eq(assessment.status, "open"),
          gte(assessment.heldOn, today),
          lte(assessment.heldOn, addDays(today, ASSESSMENT_CLOSING_DAYS)),
          isNull(assessmentParticipant.submittedAt),
        ),
      )
      .orderBy(assessment.id, assessmentParticipant.userId);
    const byAssessment = new Map<string, typeof closing>();
    for (const row of closing) byAssessment.set(row.id, [...(byAssessment.get(row.id) ?? []), row]);
    for (const rows of byAssessment.values()) {
      const a = rows[0]!;
      const p = await partnershipOf(a.partnershipId);
      const recipientUserIds: string[] = [];
      for (const r of rows) if (await stillReaches(a.partnershipId, r.userId)) recipientUserIds.push(r.userId);
      const result = await notify(
        tx,
        null,
        {
          kind: "assessment_closing",
          recipientUserIds,
          partnershipId: p.id,
          title: text("mail.reminder.assessmentClosingTitle", { office: p.officeName, occasion: a.occasion, date: formatDate(a.heldOn) }),
          link: assessmentAnswerLink({ target: p, id: a.id }),
          dedupeKey: `assessment-closing.${a.id}.${a.heldOn}`,
          intro: text("mail.reminder.assessmentClosingIntro"),
          reason: text("mail.assessment.reasonParticipant"),
        },
        now,
      );
      counts.assessmentClosing += result.notified.length;
    }

    // --- Partnership agreements due for revision ---------------------------------------------
    const revisions = await tx
      .select({ id: partnership.id, date: partnership.agreementNextRevision })
      .from(partnership)
      .where(and(isNotNull(partnership.agreementNextRevision), lte(partnership.agreementNextRevision, addDays(today, REVISION_NOTICE_DAYS))))
      .orderBy(partnership.id);
    for (const r of revisions) {
      const p = await partnershipOf(r.id);
      const overdue = r.date! < today;
      const result = await notify(
        tx,
        null,
        {
          kind: "partnership_agreement_revision",
          recipientUserIds: await holdersOf(tx, p, "partnership:edit"),
          partnershipId: p.id,
          title: text(overdue ? "mail.reminder.revisionOverdueTitle" : "mail.reminder.revisionTitle", { office: p.officeName, date: formatDate(r.date) }),
          link: `/partnerskap/${p.slug}`,
          dedupeKey: `agreement-revision.${p.id}.${r.date}`,
          reason: text("mail.reminder.revisionReason", { office: p.officeName }),
        },
        now,
      );
      counts.agreementRevision += result.notified.length;
    }
    return counts;
  });
}
