/**
 * Builds one finished (or half-finished) mulighetsrom assessment through the
 * domain functions, as the people in it would have: the lead creates it and
 * invites everyone, each participant scores every item (written in bulk, with
 * the same rows and audit events saveAnswer writes) and hands in, the group
 * agrees statuses and priorities, writes notes and development plans, and the
 * lead closes it. Used by the Agder demo and the national benchmark data.
 *
 * Optionally moves every timestamp of the work (audit rows included) back to
 * the day it happened, so a 2018 assessment does not look as if it was
 * closed today, and so it does not crowd the partnership's "Siste endringer".
 */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "~/db/connection";
import {
  assessment,
  assessmentAnswer,
  assessmentArea,
  assessmentParticipant,
  auditEvent,
  developmentAction,
  developmentPlan,
} from "~/db/schema";
import type { Role, Side } from "~/lib/roles";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import { submitAnswers } from "~/server/domain/mulighetsrom/answers";
import { areas, scoredItems, type AreaScore } from "~/lib/mulighetsrom/areas";
import { createAssessment, setAssessmentOpen } from "~/server/domain/mulighetsrom/assessments";
import { setAgreedStatuses, setPriorities, updateAreaNotes } from "~/server/domain/mulighetsrom/outcome";
import { addAction, startPlan, updatePlan } from "~/server/domain/mulighetsrom/plans";
import { partnershipScope, type PartnershipRef } from "~/server/domain/scope";

export interface SeedParticipant {
  userId: string;
  role: Role;
  side: Side;
}

export interface SeedAnswer {
  score: AreaScore;
  comment?: string;
}

export interface SeedPlan {
  areaNo: number;
  /** The day the plan was written; with `backdate`, its rows are dated then. */
  writtenOn: string;
  why: string;
  whatAndWhen: string;
  approach: string;
  involved: string;
  responsibleUserId: string | null;
  followUp: string;
  actions: {
    text: string;
    owner: string;
    deadline: string | null;
    status: "ikke_startet" | "pagar" | "fullfort" | "utsatt";
  }[];
}

export interface SeedAssessment {
  heldOn: string;
  occasion: string;
  /** Creates, agrees and closes: normally the Nav-leder. */
  leadUserId: string;
  participantUserIds: readonly string[];
  /** Every participant's score for every item ("b1".."b4", "1".."20"). */
  answer: (participant: SeedParticipant, item: string) => SeedAnswer;
  shareNamed: (participant: SeedParticipant) => boolean;
  /** Whether this participant hands in; default everyone. */
  submits?: (participant: SeedParticipant) => boolean;
  /** Agreed status per area number; areas left out stay ikke vurdert. */
  statuses: ReadonlyMap<number, AreaScore>;
  priorities?: { considered: readonly number[]; prioritised: readonly number[]; main: number };
  notes?: readonly { areaNo: number; desiredSituation: string; barriers: string; drivers: string }[];
  plans?: readonly SeedPlan[];
  close: boolean;
  /** Date every row and audit event of the work to heldOn (plans to their writtenOn). */
  backdate?: boolean;
}

/** 10:00 in Oslo (summer time) on the given day, plus some minutes. */
const onDay = (isoDate: string, minutes = 0) => new Date(Date.parse(`${isoDate}T08:00:00Z`) + minutes * 60_000);

export const lastAuditRowid = (db: Database) =>
  db.get<{ n: number | null }>(sql`SELECT max(rowid) AS n FROM audit_event`)?.n ?? 0;

/** Moves the audit rows written since `mark` to `start`, one second apart, keeping their order. */
export function backdateAudit(db: Database, mark: number, start: Date) {
  db.run(sql`UPDATE audit_event SET at = ${start.getTime()} + (rowid - ${mark}) * 1000 WHERE rowid > ${mark}`);
}

/**
 * Runs inside the caller's transaction (`db` may be a transaction cast to
 * Database: the domain functions' own transactions become savepoints).
 * Returns the assessment's id.
 */
export function seedAssessment(db: Database, target: PartnershipRef, spec: SeedAssessment): string {
  /** Each step as the person who took it, with their roles in the partnership. */
  const as = (userId: string) => partnershipScope(db, userId, target, loadPartnershipAccess(db, userId, target));
  const lead = as(spec.leadUserId);
  const startMark = lastAuditRowid(db);

  const created = createAssessment(lead, {
    heldOn: spec.heldOn,
    occasion: spec.occasion,
    participantUserIds: [...spec.participantUserIds],
  });
  let version = created.version;

  const participants = db
    .select({
      id: assessmentParticipant.id,
      userId: assessmentParticipant.userId,
      role: assessmentParticipant.role,
      side: assessmentParticipant.side,
    })
    .from(assessmentParticipant)
    .where(eq(assessmentParticipant.assessmentId, created.id))
    .all();
  for (const participant of participants) {
    // The rows and audit events saveAnswer would write, one statement each instead of 24 calls:
    // about half the demo seed's time otherwise. Submitting below still checks every item is answered.
    const answers = scoredItems.map((item) => {
      const { score, comment = "" } = spec.answer(participant, item.key);
      return { assessmentId: created.id, participantId: participant.id, item: item.key, score, comment };
    });
    db.insert(assessmentAnswer).values(answers).run();
    db.insert(auditEvent)
      .values(
        answers.map((a) => ({
          actorUserId: participant.userId,
          partnershipId: target.id,
          entity: "assessment_answer",
          entityId: created.id,
          action: "create" as const,
          changes: { item: a.item },
        })),
      )
      .run();
    if (spec.submits?.(participant) ?? true) {
      submitAnswers(as(participant.userId), { assessmentId: created.id, shareNamed: spec.shareNamed(participant) });
    }
  }
  const answeredMark = lastAuditRowid(db);

  version = setAgreedStatuses(lead, {
    assessmentId: created.id,
    version,
    statuses: areas.map((a) => ({ areaNo: a.no, status: spec.statuses.get(a.no) ?? "ikke_vurdert" })),
  }).version;
  if (spec.priorities) {
    version = setPriorities(lead, {
      assessmentId: created.id,
      version,
      considered: [...spec.priorities.considered],
      prioritised: [...spec.priorities.prioritised],
      main: spec.priorities.main,
    }).version;
  }
  for (const note of spec.notes ?? []) {
    const area = db
      .select({ version: assessmentArea.version })
      .from(assessmentArea)
      .where(and(eq(assessmentArea.assessmentId, created.id), eq(assessmentArea.areaNo, note.areaNo)))
      .get()!;
    updateAreaNotes(lead, { assessmentId: created.id, version: area.version, ...note });
  }
  if (spec.close) setAssessmentOpen(lead, { assessmentId: created.id, version, open: false });

  const planIds: string[] = [];
  const planMarks: { mark: number; writtenOn: string }[] = [];
  for (const plan of spec.plans ?? []) {
    planMarks.push({ mark: lastAuditRowid(db), writtenOn: plan.writtenOn });
    const { id: planId } = startPlan(lead, { assessmentId: created.id, areaNo: plan.areaNo });
    planIds.push(planId);
    updatePlan(lead, {
      planId,
      version: 1,
      why: plan.why,
      whatAndWhen: plan.whatAndWhen,
      approach: plan.approach,
      involved: plan.involved,
      responsibleUserId: plan.responsibleUserId,
      followUp: plan.followUp,
    });
    for (const action of plan.actions) addAction(lead, { planId, ...action });
  }

  if (spec.backdate) {
    // Answering in the morning, agreeing after lunch, plans on the day they were written.
    const answering = onDay(spec.heldOn);
    const agreeing = onDay(spec.heldOn, 240);
    backdateAudit(db, startMark, answering);
    backdateAudit(db, answeredMark, agreeing);
    planMarks.forEach(({ mark, writtenOn }) => backdateAudit(db, mark, onDay(writtenOn)));
    const closedAt = onDay(spec.heldOn, 300);
    db.update(assessment)
      .set({ createdAt: answering, updatedAt: closedAt, ...(spec.close ? { closedAt } : {}) })
      .where(eq(assessment.id, created.id))
      .run();
    db.update(assessmentParticipant)
      .set({ createdAt: answering })
      .where(eq(assessmentParticipant.assessmentId, created.id))
      .run();
    db.run(
      sql`UPDATE assessment_participant SET submitted_at = ${onDay(spec.heldOn, 90).getTime()}
          WHERE assessment_id = ${created.id} AND submitted_at IS NOT NULL`,
    );
    db.update(assessmentAnswer)
      .set({ updatedAt: onDay(spec.heldOn, 60) })
      .where(eq(assessmentAnswer.assessmentId, created.id))
      .run();
    db.update(assessmentArea).set({ updatedAt: agreeing }).where(eq(assessmentArea.assessmentId, created.id)).run();
    (spec.plans ?? []).forEach((plan, i) => {
      const written = { createdAt: onDay(plan.writtenOn), updatedAt: onDay(plan.writtenOn) };
      db.update(developmentPlan).set(written).where(eq(developmentPlan.id, planIds[i]!)).run();
      db.update(developmentAction).set(written).where(eq(developmentAction.planId, planIds[i]!)).run();
    });
  }
  return created.id;
}
