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
import { and, eq, gt, isNotNull, lt } from "drizzle-orm";
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
import { auditEventId } from "~/server/domain/audit/record";
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

/**
 * A point in the audit trail. Audit ids grow with every row this process writes (auditEventId in
 * server/domain/audit/record.ts, a UUID version 7), so the rows written after the mark are those
 * with a greater id, in the order they were written, on both dialects.
 */
export type AuditMark = string;
export const auditMark = (): AuditMark => auditEventId();

/** Moves the audit rows written since `mark` to `start`, one second apart, keeping their order. */
export async function backdateAudit(db: Database, mark: AuditMark, start: Date) {
  const until = auditEventId();
  const written = await db
    .select({ id: auditEvent.id })
    .from(auditEvent)
    .where(and(gt(auditEvent.id, mark), lt(auditEvent.id, until)))
    .orderBy(auditEvent.id);
  for (const [i, row] of written.entries()) {
    await db
      .update(auditEvent)
      .set({ at: new Date(start.getTime() + (i + 1) * 1000) })
      .where(eq(auditEvent.id, row.id));
  }
}

/**
 * Runs inside the caller's transaction (the domain functions' own transactions
 * become savepoints). Returns the assessment's id.
 */
export async function seedAssessment(db: Database, target: PartnershipRef, spec: SeedAssessment): Promise<string> {
  /** Each step as the person who took it, with their roles in the partnership. */
  const as = async (userId: string) => partnershipScope(db, userId, target, await loadPartnershipAccess(db, userId, target));
  const lead = await as(spec.leadUserId);
  const startMark = auditMark();

  const created = await createAssessment(lead, {
    heldOn: spec.heldOn,
    occasion: spec.occasion,
    participantUserIds: [...spec.participantUserIds],
  });
  let version = created.version;

  const participants = await db
    .select({
      id: assessmentParticipant.id,
      userId: assessmentParticipant.userId,
      role: assessmentParticipant.role,
      side: assessmentParticipant.side,
    })
    .from(assessmentParticipant)
    .where(eq(assessmentParticipant.assessmentId, created.id));
  // In the order they were invited.
  const invited = (userId: string) => spec.participantUserIds.indexOf(userId);
  participants.sort((a, b) => invited(a.userId) - invited(b.userId));
  for (const participant of participants) {
    // The rows and audit events saveAnswer would write, one statement each instead of 24 calls:
    // about half the demo seed's time otherwise. Submitting below still checks every item is answered.
    const answers = scoredItems.map((item) => {
      const { score, comment = "" } = spec.answer(participant, item.key);
      return { assessmentId: created.id, participantId: participant.id, item: item.key, score, comment };
    });
    await db.insert(assessmentAnswer).values(answers);
    await db.insert(auditEvent).values(
      answers.map((a) => ({
        id: auditEventId(),
        actorUserId: participant.userId,
        partnershipId: target.id,
        entity: "assessment_answer",
        entityId: created.id,
        action: "create" as const,
        changes: { item: a.item },
      })),
    );
    if (spec.submits?.(participant) ?? true) {
      await submitAnswers(await as(participant.userId), { assessmentId: created.id, shareNamed: spec.shareNamed(participant) });
    }
  }
  const answeredMark = auditMark();

  version = (
    await setAgreedStatuses(lead, {
    assessmentId: created.id,
    version,
    statuses: areas.map((a) => ({ areaNo: a.no, status: spec.statuses.get(a.no) ?? "ikke_vurdert" })),
    })
  ).version;
  if (spec.priorities) {
    version = (
      await setPriorities(lead, {
        assessmentId: created.id,
        version,
        considered: [...spec.priorities.considered],
        prioritised: [...spec.priorities.prioritised],
        main: spec.priorities.main,
      })
    ).version;
  }
  for (const note of spec.notes ?? []) {
    const [area] = await db
      .select({ version: assessmentArea.version })
      .from(assessmentArea)
      .where(and(eq(assessmentArea.assessmentId, created.id), eq(assessmentArea.areaNo, note.areaNo)))
      .limit(1);
    await updateAreaNotes(lead, { assessmentId: created.id, version: area!.version, ...note });
  }
  if (spec.close) await setAssessmentOpen(lead, { assessmentId: created.id, version, open: false });

  const planIds: string[] = [];
  const planMarks: { mark: AuditMark; writtenOn: string }[] = [];
  for (const plan of spec.plans ?? []) {
    planMarks.push({ mark: auditMark(), writtenOn: plan.writtenOn });
    const { id: planId } = await startPlan(lead, { assessmentId: created.id, areaNo: plan.areaNo });
    planIds.push(planId);
    await updatePlan(lead, {
      planId,
      version: 1,
      why: plan.why,
      whatAndWhen: plan.whatAndWhen,
      approach: plan.approach,
      involved: plan.involved,
      responsibleUserId: plan.responsibleUserId,
      followUp: plan.followUp,
    });
    for (const action of plan.actions) await addAction(lead, { planId, ...action });
  }

  if (spec.backdate) {
    // Answering in the morning, agreeing after lunch, plans on the day they were written.
    const answering = onDay(spec.heldOn);
    const agreeing = onDay(spec.heldOn, 240);
    await backdateAudit(db, startMark, answering);
    await backdateAudit(db, answeredMark, agreeing);
    for (const { mark, writtenOn } of planMarks) await backdateAudit(db, mark, onDay(writtenOn));
    const closedAt = onDay(spec.heldOn, 300);
    await db
      .update(assessment)
      .set({ createdAt: answering, updatedAt: closedAt, ...(spec.close ? { closedAt } : {}) })
      .where(eq(assessment.id, created.id));
    await db.update(assessmentParticipant).set({ createdAt: answering }).where(eq(assessmentParticipant.assessmentId, created.id));
    await db
      .update(assessmentParticipant)
      .set({ submittedAt: onDay(spec.heldOn, 90) })
      .where(and(eq(assessmentParticipant.assessmentId, created.id), isNotNull(assessmentParticipant.submittedAt)));
    await db
      .update(assessmentAnswer)
      .set({ updatedAt: onDay(spec.heldOn, 60) })
      .where(eq(assessmentAnswer.assessmentId, created.id));
    await db.update(assessmentArea).set({ updatedAt: agreeing }).where(eq(assessmentArea.assessmentId, created.id));
    for (const [i, plan] of (spec.plans ?? []).entries()) {
      const written = { createdAt: onDay(plan.writtenOn), updatedAt: onDay(plan.writtenOn) };
      await db.update(developmentPlan).set(written).where(eq(developmentPlan.id, planIds[i]!));
      await db.update(developmentAction).set(written).where(eq(developmentAction.planId, planIds[i]!));
    }
  }
  return created.id;
}
