/** The facilitator clusters expectations into themes, so the screen can show theme × role group. */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { expectationTheme, workshopAnswer } from "~/db/schema";
import { expectationTargets } from "~/db/schema/enums";
import type { NetworkScope } from "~/server/domain/scope";
import { text } from "~/lib/i18n/text";
import { invalid, notFound } from "~/server/domain/errors";
import { entityId, requiredText, rule } from "~/lib/validation";
import { expectationTargetOf } from "~/server/domain/network/results";
import { loadGathering, loadTask } from "~/server/domain/network/scope";
import { auditWorkshop } from "./tasks";

const MAX_THEMES_PER_TARGET = 30;

async function loadExpectationTask(db: Executor, networkId: string, gatheringId: string, taskId: string) {
  const samling = await loadGathering(db, networkId, gatheringId);
  const task = await loadTask(db, samling.id, taskId);
  if (task.kind !== "forventninger") throw invalid(text("workshop.errors.onlyExpectationsThemes"));
  return task;
}

export const addThemeInput = z.object({
  gatheringId: entityId,
  taskId: entityId,
  target: z.enum(expectationTargets, rule("workshop.errors.pickTarget")),
  label: requiredText("errors.labels.theme", 120),
});

export async function addTheme(scope: NetworkScope, input: z.infer<typeof addThemeInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const task = await loadExpectationTask(tx, networkId, input.gatheringId, input.taskId);
    const existing = await tx.select().from(expectationTheme).where(and(eq(expectationTheme.taskId, task.id), eq(expectationTheme.target, input.target)));
    if (existing.length >= MAX_THEMES_PER_TARGET) throw invalid(text("workshop.errors.tooManyThemes", { max: MAX_THEMES_PER_TARGET }));
    if (existing.some((t) => t.label.toLocaleLowerCase("nb") === input.label.toLocaleLowerCase("nb"))) {
      throw invalid(text("workshop.errors.themeExists"), "label");
    }
    const [made] = await tx.insert(expectationTheme).values({ taskId: task.id, target: input.target, label: input.label }).returning();
    const created = made!;
    await auditWorkshop(tx, actor, "expectation_theme", created.id, "create", { task: task.id, target: input.target, label: input.label });
    return created;
  });
}

export const removeThemeInput = z.object({ gatheringId: entityId, taskId: entityId, themeId: entityId });

/** The theme's expectations go back to "not sorted". */
export async function removeTheme(scope: NetworkScope, input: z.infer<typeof removeThemeInput>): Promise<void> {
  const { db, actor, network: { id: networkId } } = scope;
  await inTransaction(db, async (tx) => {
    const task = await loadExpectationTask(tx, networkId, input.gatheringId, input.taskId);
    const [theme] = await tx.select().from(expectationTheme).where(and(eq(expectationTheme.id, input.themeId), eq(expectationTheme.taskId, task.id))).limit(1);
    if (!theme) throw notFound(text("workshop.errors.themeNotFound"));
    await tx.update(workshopAnswer).set({ themeId: null }).where(eq(workshopAnswer.themeId, theme.id));
    await tx.delete(expectationTheme).where(eq(expectationTheme.id, theme.id));
    await auditWorkshop(tx, actor, "expectation_theme", theme.id, "delete", { label: theme.label });
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
export async function assignTheme(scope: NetworkScope, input: z.infer<typeof assignThemeInput>): Promise<void> {
  const { db, actor, network: { id: networkId } } = scope;
  await inTransaction(db, async (tx) => {
    const task = await loadExpectationTask(tx, networkId, input.gatheringId, input.taskId);
    const [answer] = await tx.select().from(workshopAnswer).where(and(eq(workshopAnswer.id, input.answerId), eq(workshopAnswer.taskId, task.id))).limit(1);
    if (!answer) throw notFound(text("workshop.errors.expectationNotFound"));
    if (input.themeId) {
      const [theme] = await tx.select().from(expectationTheme).where(and(eq(expectationTheme.id, input.themeId), eq(expectationTheme.taskId, task.id))).limit(1);
      if (!theme) throw notFound(text("workshop.errors.themeNotFound"));
      if (theme.target !== expectationTargetOf(answer.item)) throw invalid(text("workshop.errors.otherOwnerTheme"), "themeId");
    }
    await tx.update(workshopAnswer).set({ themeId: input.themeId }).where(eq(workshopAnswer.id, answer.id));
    await auditWorkshop(tx, actor, "workshop_answer", answer.id, "update", { themeId: { from: answer.themeId, to: input.themeId } });
  });
}
