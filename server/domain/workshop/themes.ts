/** The facilitator clusters expectations into themes, so the screen can show theme × role group. */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/db/connection";
import { expectationTheme, workshopAnswer } from "~/db/schema";
import { expectationTargets } from "~/db/schema/enums";
import type { NetworkScope } from "~/server/domain/scope";
import { invalid, notFound } from "~/server/domain/errors";
import { entityId, requiredText } from "~/lib/validation";
import { expectationTargetOf } from "~/server/domain/network/results";
import { loadGathering, loadTask } from "~/server/domain/network/scope";
import { auditWorkshop } from "./tasks";

const MAX_THEMES_PER_TARGET = 30;

function loadExpectationTask(db: Executor, networkId: string, gatheringId: string, taskId: string) {
  const samling = loadGathering(db, networkId, gatheringId);
  const task = loadTask(db, samling.id, taskId);
  if (task.kind !== "forventninger") throw invalid("Bare forventninger kan samles i temaer.");
  return task;
}

export const addThemeInput = z.object({
  gatheringId: entityId,
  taskId: entityId,
  target: z.enum(expectationTargets, { error: "Velg rådmann eller fylkesdirektør." }),
  label: requiredText("Temaet", 120),
});

export function addTheme(scope: NetworkScope, input: z.infer<typeof addThemeInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return db.transaction((tx) => {
    const task = loadExpectationTask(tx, networkId, input.gatheringId, input.taskId);
    const existing = tx.select().from(expectationTheme).where(and(eq(expectationTheme.taskId, task.id), eq(expectationTheme.target, input.target))).all();
    if (existing.length >= MAX_THEMES_PER_TARGET) throw invalid(`Høyst ${MAX_THEMES_PER_TARGET} temaer per eier.`);
    if (existing.some((t) => t.label.toLocaleLowerCase("nb") === input.label.toLocaleLowerCase("nb"))) {
      throw invalid("Det finnes allerede et tema med dette navnet.", "label");
    }
    const created = tx.insert(expectationTheme).values({ taskId: task.id, target: input.target, label: input.label }).returning().get();
    auditWorkshop(tx, actor, "expectation_theme", created.id, "create", { task: task.id, target: input.target, label: input.label });
    return created;
  });
}

export const removeThemeInput = z.object({ gatheringId: entityId, taskId: entityId, themeId: entityId });

/** The theme's expectations go back to "not sorted". */
export function removeTheme(scope: NetworkScope, input: z.infer<typeof removeThemeInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return db.transaction((tx) => {
    const task = loadExpectationTask(tx, networkId, input.gatheringId, input.taskId);
    const theme = tx.select().from(expectationTheme).where(and(eq(expectationTheme.id, input.themeId), eq(expectationTheme.taskId, task.id))).get();
    if (!theme) throw notFound("Fant ikke temaet.");
    tx.update(workshopAnswer).set({ themeId: null }).where(eq(workshopAnswer.themeId, theme.id)).run();
    tx.delete(expectationTheme).where(eq(expectationTheme.id, theme.id)).run();
    auditWorkshop(tx, actor, "expectation_theme", theme.id, "delete", { label: theme.label });
  });
}

export const assignThemeInput = z.object({
  gatheringId: entityId,
  taskId: entityId,
  answerId: entityId,
  /** null takes the expectation out of its theme. */
  themeId: entityId.nullable(),
});

/** Puts one expectation under a theme of the same owner role. */
export function assignTheme(scope: NetworkScope, input: z.infer<typeof assignThemeInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return db.transaction((tx) => {
    const task = loadExpectationTask(tx, networkId, input.gatheringId, input.taskId);
    const answer = tx.select().from(workshopAnswer).where(and(eq(workshopAnswer.id, input.answerId), eq(workshopAnswer.taskId, task.id))).get();
    if (!answer) throw notFound("Fant ikke forventningen.");
    if (input.themeId) {
      const theme = tx.select().from(expectationTheme).where(and(eq(expectationTheme.id, input.themeId), eq(expectationTheme.taskId, task.id))).get();
      if (!theme) throw notFound("Fant ikke temaet.");
      if (theme.target !== expectationTargetOf(answer.item)) throw invalid("Temaet gjelder den andre eieren.", "themeId");
    }
    tx.update(workshopAnswer).set({ themeId: input.themeId }).where(eq(workshopAnswer.id, answer.id)).run();
    auditWorkshop(tx, actor, "workshop_answer", answer.id, "update", { themeId: { from: answer.themeId, to: input.themeId } });
  });
}
