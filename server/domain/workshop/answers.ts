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
import { invalid } from "~/server/domain/errors";
import { entityId } from "~/lib/validation";
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
        item: z.string({ error: "Ugyldig svar." }).min(1, "Ugyldig svar.").max(20, "Ugyldig svar."),
        value: z.string({ error: "Ugyldig svar." }).max(EXPECTATION_MAX_LENGTH + 50, `Svaret kan ha høyst ${EXPECTATION_MAX_LENGTH} tegn.`),
      }),
      { error: "Mangler svar." },
    )
    .min(1, "Mangler svar.")
    .max(MAX_ITEMS_PER_SUBMIT, "For mange svar på én gang."),
});

type Answer = z.infer<typeof submitAnswersInput>["answers"][number];

const inRange = (text: string, min: number, max: number) => /^\d{1,2}$/.test(text) && Number(text) >= min && Number(text) <= max;

/** The stored form of one answer, or a Norwegian message saying why it is not a valid answer to this task. */
export function checkAnswer(task: Pick<TaskRow, "kind" | "statements">, answer: Answer): { item: string; value: string } | string {
  const { item } = answer;
  switch (task.kind) {
    case "selvvurdering":
      if (!inRange(item, 1, AREA_COUNT)) return "Ukjent utviklingsområde.";
      if (!(areaScores as readonly string[]).includes(answer.value)) return "Velg sterk, kan styrkes eller ikke vurdert.";
      return { item: String(Number(item)), value: answer.value };
    case "prioritering":
      if (!inRange(item, 1, PRIORITY_VOTES)) return `Du har ${PRIORITY_VOTES} stemmer.`;
      if (!inRange(answer.value, 1, AREA_COUNT)) return "Velg et av de 20 utviklingsområdene.";
      return { item: String(Number(item)), value: String(Number(answer.value)) };
    case "forventninger": {
      const [target, slot] = item.split("-");
      if (!(expectationTargets as readonly string[]).includes(target ?? "") || !inRange(slot ?? "", 1, EXPECTATIONS_PER_TARGET)) {
        return "Ukjent forventning.";
      }
      const value = answer.value.trim();
      if (value.length > EXPECTATION_MAX_LENGTH) return `En forventning kan ha høyst ${EXPECTATION_MAX_LENGTH} tegn.`;
      return { item: `${target}-${Number(slot)}`, value };
    }
    case "evaluering":
      if (!inRange(item, 0, task.statements.length - 1)) return "Ukjent påstand.";
      if (!inRange(answer.value, 0, EVALUATION_MAX)) return `Velg et tall fra 0 til ${EVALUATION_MAX}.`;
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
    if (participant.liveStatus !== "apen") throw invalid("Samlingen er avsluttet, og det kan ikke lenger svares.");
    // The connection, not tx, for the prepared lookups (db/prepared.ts): they run in this transaction all the same.
    const task = await loadTask(db, participant.gatheringId, input.taskId);
    if (task.status !== "apen") throw invalid("Oppgaven er lukket. Vent til fasilitatoren åpner neste oppgave.");
    if (needsOffice(task.kind) && !participant.partnershipId) {
      throw invalid("Denne oppgaven gjelder eget kontor. Bli med på nytt og velg kontoret du svarer for.");
    }
    const checked = input.answers.map((a) => checkAnswer(task, a));
    const problem = checked.find((c): c is string => typeof c === "string");
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
      if (new Set(votes).size !== votes.length) throw invalid("Du har gitt to stemmer til samme område. Velg tre ulike områder.");
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
