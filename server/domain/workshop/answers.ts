/**
 * A participant's answers to a live task. Each item is stored once per participant:
 * a second submit replaces the first, so a phone that lost its connection can send again.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database, type Executor } from "~/db/connection";
import { preparedOnce } from "~/db/prepared";
import { workshopAnswer, workshopParticipant } from "~/db/schema";
import { areaScores, expectationTargets } from "~/db/schema/enums";
import { AREA_COUNT } from "~/lib/mulighetsrom/areas";
import { isText, text, type Text } from "~/lib/i18n/text";
import { invalid } from "~/server/domain/errors";
import { entityId, rule } from "~/lib/validation";
import type { ParticipantRow } from "./live";
import { loadTask, type TaskRow } from "~/server/domain/network/scope";
import { auditWorkshop } from "./tasks";
import { EVALUATION_MAX, EXPECTATIONS_PER_TARGET, EXPECTATION_MAX_LENGTH, PRIORITY_VOTES } from "~/lib/workshop/labels";

export const MAX_ITEMS_PER_SUBMIT = 20;

export const submitAnswersInput = z.object({
  taskId: entityId,
  answers: z
    .array(
      z.object({
        item: z.string(rule("workshop.errors.invalidAnswer")).min(1, rule("workshop.errors.invalidAnswer")).max(20, rule("workshop.errors.invalidAnswer")),
        value: z.string(rule("workshop.errors.invalidAnswer")).max(EXPECTATION_MAX_LENGTH + 50, rule("workshop.errors.answerTooLong", { max: EXPECTATION_MAX_LENGTH })),
      }),
      rule("workshop.errors.noAnswers"),
    )
    .min(1, rule("workshop.errors.noAnswers"))
    .max(MAX_ITEMS_PER_SUBMIT, rule("workshop.errors.tooManyAnswers")),
});

type Answer = z.infer<typeof submitAnswersInput>["answers"][number];

const inRange = (digits: string, min: number, max: number) => /^\d{1,2}$/.test(digits) && Number(digits) >= min && Number(digits) <= max;

/** The stored form of one answer, or a message saying why it is not a valid answer to this task. */
export function checkAnswer(task: Pick<TaskRow, "kind" | "statements">, answer: Answer): { item: string; value: string } | Text {
  const { item } = answer;
  switch (task.kind) {
    case "selvvurdering":
      if (!inRange(item, 1, AREA_COUNT)) return text("workshop.errors.unknownArea");
      if (!(areaScores as readonly string[]).includes(answer.value)) return text("workshop.errors.pickScore");
      return { item: String(Number(item)), value: answer.value };
    case "prioritering":
      if (!inRange(item, 1, PRIORITY_VOTES)) return text("workshop.errors.votes", { votes: PRIORITY_VOTES });
      if (!inRange(answer.value, 1, AREA_COUNT)) return text("workshop.errors.pickArea");
      return { item: String(Number(item)), value: String(Number(answer.value)) };
    case "forventninger": {
      const [target, slot] = item.split("-");
      if (!(expectationTargets as readonly string[]).includes(target ?? "") || !inRange(slot ?? "", 1, EXPECTATIONS_PER_TARGET)) {
        return text("workshop.errors.unknownExpectation");
      }
      const value = answer.value.trim();
      if (value.length > EXPECTATION_MAX_LENGTH) return text("workshop.errors.expectationTooLong", { max: EXPECTATION_MAX_LENGTH });
      return { item: `${target}-${Number(slot)}`, value };
    }
    case "evaluering":
      if (!inRange(item, 0, task.statements.length - 1)) return text("workshop.errors.unknownStatement");
      if (!inRange(answer.value, 0, EVALUATION_MAX)) return text("workshop.errors.pickNumber", { max: EVALUATION_MAX });
      return { item: String(Number(item)), value: String(Number(answer.value)) };
  }
}

/** Tasks about one's own office need the participant to have said which office that is. */
const needsOffice = (kind: TaskRow["kind"]) => kind === "selvvurdering" || kind === "prioritering";

const respondentsQuery = (db: Executor) =>
  db
    .select({ n: sql<number>`count(distinct ${workshopAnswer.participantId})`.mapWith(Number) })
    .from(workshopAnswer)
    .where(eq(workshopAnswer.taskId, sql.placeholder("taskId")))
    .prepare("workshop_task_respondents");

/** How many have answered the task; every submit tells the facilitator's screen, hence prepared. */
export async function countRespondents(db: Executor, taskId: string): Promise<number> {
  const [row] = await preparedOnce(db, respondentsQuery).execute({ taskId });
  return row?.n ?? 0;
}

export async function submitAnswers(db: Database, participant: ParticipantRow, input: z.infer<typeof submitAnswersInput>) {
  return inTransaction(db, async (tx) => {
    if (participant.liveStatus !== "apen") throw invalid(text("workshop.errors.gatheringClosed"));
    // The connection, not tx, for the prepared lookups (db/prepared.ts): they run in this transaction all the same.
    const task = await loadTask(db, participant.gatheringId, input.taskId);
    if (task.status !== "apen") throw invalid(text("workshop.errors.taskClosed"));
    if (needsOffice(task.kind) && !participant.partnershipId) {
      throw invalid(text("workshop.errors.needsOffice"));
    }
    const checked = input.answers.map((a) => checkAnswer(task, a));
    const problem = checked.find((c): c is Text => isText(c));
    if (problem) throw invalid(problem);
    const answers = [...new Map((checked as { item: string; value: string }[]).map((a) => [a.item, a])).values()];
    const now = new Date();
    const cleared = answers.filter((a) => a.value === "").map((a) => a.item);
    if (cleared.length > 0) {
      await tx
        .delete(workshopAnswer)
        .where(and(eq(workshopAnswer.taskId, task.id), eq(workshopAnswer.participantId, participant.id), inArray(workshopAnswer.item, cleared)));
    }
    const kept = answers.filter((a) => a.value !== "");
    if (kept.length > 0) {
      await tx
        .insert(workshopAnswer)
        .values(kept.map((a) => ({ taskId: task.id, participantId: participant.id, item: a.item, value: a.value, submittedAt: now })))
        .onConflictDoUpdate({
          target: [workshopAnswer.taskId, workshopAnswer.participantId, workshopAnswer.item],
          set: {
            value: sql`excluded.value`,
            submittedAt: sql`excluded.submitted_at`,
            // A changed expectation is a new text; the facilitator sorts it again.
            themeId: sql`CASE WHEN ${workshopAnswer.value} = excluded.value THEN ${workshopAnswer.themeId} ELSE NULL END`,
          },
        });
    }
    if (task.kind === "prioritering") {
      const votes = (await myAnswers(tx, participant.id, task.id)).map((a) => a.value);
      if (new Set(votes).size !== votes.length) throw invalid(text("workshop.errors.sameAreaTwice"));
    }
    // Who answered is audited, never what: evaluation and expectations are anonymous on every screen.
    await auditWorkshop(tx, participant.userId ? { userId: participant.userId } : null, "workshop_answer", task.id, "update", {
      participant: participant.id,
      items: answers.map((a) => a.item),
    });
    return { taskId: task.id, stored: answers.length, respondents: await countRespondents(db, task.id) };
  });
}

export async function myAnswers(db: Executor, participantId: string, taskId?: string) {
  return db
    .select({ taskId: workshopAnswer.taskId, item: workshopAnswer.item, value: workshopAnswer.value })
    .from(workshopAnswer)
    .where(and(eq(workshopAnswer.participantId, participantId), taskId ? eq(workshopAnswer.taskId, taskId) : undefined));
}

/** Every answer of the tasks, with the answering participant's group and office (the input of the results). */
export async function answerRows(db: Executor, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return db
    .select({
      id: workshopAnswer.id,
      taskId: workshopAnswer.taskId,
      participantId: workshopAnswer.participantId,
      item: workshopAnswer.item,
      value: workshopAnswer.value,
      themeId: workshopAnswer.themeId,
      roleGroup: workshopParticipant.roleGroup,
      partnershipId: workshopParticipant.partnershipId,
    })
    .from(workshopAnswer)
    .innerJoin(workshopParticipant, eq(workshopParticipant.id, workshopAnswer.participantId))
    .where(inArray(workshopAnswer.taskId, taskIds));
}
