import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { assessmentAnswer, assessmentParticipant } from "~/db/schema";
import { areaScores } from "~/db/schema/enums";
import { recordAudit } from "~/server/domain/audit/record";
import { DomainError, forbidden, staleVersion } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import { translator } from "~/lib/i18n/translate";
import type { Locale } from "~/lib/i18n/locales";
import { entityId, optionalText, rule, versionInput } from "~/lib/validation";
import { areaKey, isConditionKey, isScoredItem, scoredItemKeys } from "~/lib/mulighetsrom/model";
import type { PartnershipScope } from "~/server/domain/scope";
import { findParticipant, loadAssessment, requireOpen } from "./assessments";

async function requireParticipant(db: Executor, assessmentId: string, userId: string) {
  const participant = await findParticipant(db, assessmentId, userId);
  if (!participant) throw forbidden(text("mulighetsrom.errors.notInvited"));
  return participant;
}

/** The first three items left unanswered, by name, in the reader's language. */
function unansweredMessage(missing: readonly string[], locale: Locale): string {
  const t = translator(locale, "mulighetsrom");
  const names = missing
    .slice(0, 3)
    .map((key) => t("format.quoted", { text: isConditionKey(key) ? t(`conditions.${key}`) : t(`areas.${areaKey(Number(key))}.name`) }))
    .join(", ");
  return t("errors.unanswered", { names, more: Math.max(0, missing.length - 3) });
}

/** Handing in with items left: the message names them, so it is rendered per reader. */
class UnansweredError extends DomainError {
  constructor(private readonly missing: readonly string[]) {
    super("invalid", unansweredMessage(missing, "nb"));
  }

  override messageIn(locale: Locale): string {
    return unansweredMessage(this.missing, locale);
  }
}

export const saveAnswerInput = z.object({
  assessmentId: entityId,
  item: z.string(rule("mulighetsrom.errors.rules.missingArea")).refine(isScoredItem, rule("mulighetsrom.errors.rules.unknownArea")),
  score: z.enum(areaScores, rule("mulighetsrom.errors.rules.chooseScore")),
  comment: optionalText("errors.labels.comment", 1000),
  /** 0 for the first answer to this item. */
  version: versionInput,
});

/**
 * Saves one of the participant's own answers as they go. Answers are private, so
 * the audit row names the item but not the score or comment.
 */
export async function saveAnswer(scope: PartnershipScope, input: z.infer<typeof saveAnswerInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadAssessment(tx, partnershipId, input.assessmentId);
    requireOpen(row);
    const participant = await requireParticipant(tx, row.id, actor.userId);
    const values = { score: input.score, comment: input.comment };
    const [saved] =
      input.version === 0
        ? await tx
            .insert(assessmentAnswer)
            .values({ assessmentId: row.id, participantId: participant.id, item: input.item, ...values })
            .onConflictDoNothing()
            .returning({ version: assessmentAnswer.version })
        : await tx
            .update(assessmentAnswer)
            .set({ ...values, version: sql`${assessmentAnswer.version} + 1` })
            .where(
              and(
                eq(assessmentAnswer.participantId, participant.id),
                eq(assessmentAnswer.item, input.item),
                eq(assessmentAnswer.version, input.version),
              ),
            )
            .returning({ version: assessmentAnswer.version });
    if (!saved) throw staleVersion();
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "assessment_answer",
      entityId: row.id,
      action: input.version === 0 ? "create" : "update",
      changes: { item: input.item },
    });
    return saved;
  });
}

export const submitAnswersInput = z.object({
  assessmentId: entityId,
  shareNamed: z.boolean(rule("mulighetsrom.errors.rules.shareNamed")),
});

/** Hands in the participant's answers; again while open updates the same submission. */
export async function submitAnswers(scope: PartnershipScope, input: z.infer<typeof submitAnswersInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadAssessment(tx, partnershipId, input.assessmentId);
    requireOpen(row);
    const participant = await requireParticipant(tx, row.id, actor.userId);
    const answered = new Set(
      (
        await tx
        .select({ item: assessmentAnswer.item })
        .from(assessmentAnswer)
          .where(eq(assessmentAnswer.participantId, participant.id))
      ).map((a) => a.item),
    );
    const missing = scoredItemKeys.filter((item) => !answered.has(item.key)).map((item) => item.key);
    if (missing.length > 0) throw new UnansweredError(missing);
    await tx
      .update(assessmentParticipant)
      .set({ submittedAt: new Date(), shareNamed: input.shareNamed })
      .where(eq(assessmentParticipant.id, participant.id));
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "assessment_participant",
      entityId: participant.id,
      action: "update",
      changes: { submitted: { from: participant.submittedAt !== null, to: true }, shareNamed: input.shareNamed },
    });
    return { resubmitted: participant.submittedAt !== null };
  });
}

/** The signed-in person's own answers, to continue where they left off. */
export async function myAnswers(scope: PartnershipScope, input: { assessmentId: string }) {
  const { db, actor: { userId }, partnership: { id: partnershipId } } = scope;
  const { assessmentId } = input;
  const row = await loadAssessment(db, partnershipId, assessmentId);
  const participant = await findParticipant(db, row.id, userId);
  if (!participant) return { assessment: row, participant: null, answers: [] };
  const answers = await db
    .select({
      item: assessmentAnswer.item,
      score: assessmentAnswer.score,
      comment: assessmentAnswer.comment,
      version: assessmentAnswer.version,
    })
    .from(assessmentAnswer)
    .where(eq(assessmentAnswer.participantId, participant.id));
  return { assessment: row, participant, answers };
}
