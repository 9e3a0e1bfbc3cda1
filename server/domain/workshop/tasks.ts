/** The facilitator's sequence of live tasks in a samling: add, reorder, open, close, reveal. */
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { workshopTask } from "~/db/schema";
import { workshopTaskKinds } from "~/db/schema/enums";
import { recordAudit, type Actor, type AuditActionOf, type AuditChanges } from "~/server/domain/audit/record";
import { text } from "~/lib/i18n/text";
import { invalid, staleVersion } from "~/server/domain/errors";
import type { NetworkScope } from "~/server/domain/scope";
import { entityId, requiredText, versionInput, rule } from "~/lib/validation";
import { loadGathering, loadTask, type TaskRow } from "~/server/domain/network/scope";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";

export const MAX_TASKS = 20;
const MAX_STATEMENTS = 12;

export type WorkshopAuditEntity = "gathering" | "workshop_task" | "workshop_answer" | "workshop_participant" | "expectation_theme";

export async function auditWorkshop<E extends WorkshopAuditEntity, A extends AuditActionOf<E>>(
  tx: Executor,
  actor: Actor | null,
  entity: E,
  entityId: string,
  action: A,
  changes: AuditChanges<E, A>,
): Promise<void> {
  await recordAudit(tx, actor, { entity, entityId, action, changes });
}

const statementsInput = z
  .array(requiredText("errors.labels.statement", 200), rule("workshop.errors.statementsRequired"))
  .min(1, rule("workshop.errors.oneStatement"))
  .max(MAX_STATEMENTS, rule("workshop.errors.tooManyStatements", { max: MAX_STATEMENTS }));

export const addTaskInput = z.object({
  gatheringId: entityId,
  kind: z.enum(workshopTaskKinds, rule("workshop.errors.pickTaskKind")),
  title: requiredText("errors.labels.title", 200).optional(),
  statements: statementsInput.optional(),
});

export async function listTasks(db: Executor, gatheringId: string) {
  return db.select().from(workshopTask).where(eq(workshopTask.gatheringId, gatheringId)).orderBy(asc(workshopTask.position));
}

/** KS's evaluation statements in the samling's language, for a new evaluation without its own. */
function defaultStatementsIn(locale: Locale): string[] {
  const t = translator(locale, "workshop");
  return (["s1", "s2", "s3", "s4", "s5", "s6"] as const).map((key) => t(`defaultStatements.${key}`));
}

export async function addTask(scope: NetworkScope, input: z.infer<typeof addTaskInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const samling = await loadGathering(tx, networkId, input.gatheringId);
    const existing = await listTasks(tx, samling.id);
    if (existing.length >= MAX_TASKS) throw invalid(text("workshop.errors.tooManyTasks", { max: MAX_TASKS }));
    if (input.statements && input.kind !== "evaluering") throw invalid(text("workshop.errors.onlyEvaluationStatements"), "statements");
    const [made] = await tx
      .insert(workshopTask)
      .values({
        gatheringId: samling.id,
        position: (existing.at(-1)?.position ?? 0) + 1,
        kind: input.kind,
        // The default title is read on the guests' phones: in the samling's language.
        title: input.title ?? translator(samling.language, "workshop")(`taskKind.${input.kind}`),
        statements: input.kind === "evaluering" ? (input.statements ?? defaultStatementsIn(samling.language)) : [],
      })
      .returning();
    const created = made!;
    await auditWorkshop(tx, actor, "workshop_task", created.id, "create", { gathering: samling.id, kind: created.kind, title: created.title });
    return created;
  });
}

async function bumpTask(tx: Executor, row: TaskRow, expected: number, set: Partial<typeof workshopTask.$inferInsert>) {
  const [updated] = await tx
    .update(workshopTask)
    .set({ ...set, version: sql`${workshopTask.version} + 1` })
    .where(and(eq(workshopTask.id, row.id), eq(workshopTask.version, expected)))
    .returning();
  if (!updated) throw staleVersion();
  return updated;
}

const taskRef = { gatheringId: entityId, taskId: entityId, version: versionInput };

export const updateTaskInput = z.object({ ...taskRef, title: requiredText("errors.labels.title", 200), statements: statementsInput.optional() });

/** Title and statements can change until the first answer arrives; after that the answers would no longer match. */
export async function updateTask(scope: NetworkScope, input: z.infer<typeof updateTaskInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const samling = await loadGathering(tx, networkId, input.gatheringId);
    const row = await loadTask(tx, samling.id, input.taskId);
    if (input.statements && row.kind !== "evaluering") throw invalid(text("workshop.errors.onlyEvaluationStatements"), "statements");
    if (input.statements && row.status !== "klar") throw invalid(text("workshop.errors.statementsLocked"), "statements");
    const updated = await bumpTask(tx, row, input.version, { title: input.title, ...(input.statements ? { statements: input.statements } : {}) });
    await auditWorkshop(tx, actor, "workshop_task", row.id, "update", { title: { from: row.title, to: input.title } });
    return updated;
  });
}

export const taskStatusInput = z.object({ ...taskRef, status: z.enum(["apen", "lukket"], rule("workshop.errors.pickOpenOrCloseTask")) });

/** Opening needs live mode open; a closed task can be opened again (late answers after a break). */
export async function setTaskStatus(scope: NetworkScope, input: z.infer<typeof taskStatusInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const samling = await loadGathering(tx, networkId, input.gatheringId);
    const row = await loadTask(tx, samling.id, input.taskId);
    if (input.status === "apen" && samling.liveStatus !== "apen") throw invalid(text("workshop.errors.openLiveFirst"));
    if (row.status === input.status) return row;
    const now = new Date();
    const updated = await bumpTask(tx, row, input.version, {
      status: input.status,
      ...(input.status === "apen" ? { openedAt: now, closedAt: null } : { closedAt: now }),
    });
    await auditWorkshop(tx, actor, "workshop_task", row.id, "update", { status: { from: row.status, to: input.status } });
    return updated;
  });
}

export const resultsVisibleInput = z.object({ ...taskRef, visible: z.boolean(rule("workshop.errors.pickShowOrHide")) });

export async function setResultsVisible(scope: NetworkScope, input: z.infer<typeof resultsVisibleInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const samling = await loadGathering(tx, networkId, input.gatheringId);
    const row = await loadTask(tx, samling.id, input.taskId);
    const updated = await bumpTask(tx, row, input.version, { resultsVisible: input.visible });
    await auditWorkshop(tx, actor, "workshop_task", row.id, "update", { resultsVisible: { from: row.resultsVisible, to: input.visible } });
    return updated;
  });
}

export const moveTaskInput = z.object({ ...taskRef, direction: z.enum(["opp", "ned"], rule("workshop.errors.pickDirection")) });

export async function moveTask(scope: NetworkScope, input: z.infer<typeof moveTaskInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const samling = await loadGathering(tx, networkId, input.gatheringId);
    const row = await loadTask(tx, samling.id, input.taskId);
    const list = await listTasks(tx, samling.id);
    const index = list.findIndex((t) => t.id === row.id);
    const other = list[input.direction === "opp" ? index - 1 : index + 1];
    if (!other) return row;
    const updated = await bumpTask(tx, row, input.version, { position: other.position });
    await tx.update(workshopTask).set({ position: row.position }).where(eq(workshopTask.id, other.id));
    await auditWorkshop(tx, actor, "workshop_task", row.id, "update", { position: { from: row.position, to: other.position } });
    return updated;
  });
}

export const removeTaskInput = z.object(taskRef);

/** Only a task nobody has answered can be removed; answered tasks are closed instead, so results stay. */
export async function removeTask(scope: NetworkScope, input: z.infer<typeof removeTaskInput>): Promise<void> {
  const { db, actor, network: { id: networkId } } = scope;
  await inTransaction(db, async (tx) => {
    const samling = await loadGathering(tx, networkId, input.gatheringId);
    const row = await loadTask(tx, samling.id, input.taskId);
    if (row.status !== "klar") throw invalid(text("workshop.errors.openedTaskKept"));
    const [deleted] = await tx
      .delete(workshopTask)
      .where(and(eq(workshopTask.id, row.id), eq(workshopTask.version, input.version)))
      .returning({ id: workshopTask.id });
    if (!deleted) throw staleVersion();
    await auditWorkshop(tx, actor, "workshop_task", row.id, "delete", { title: row.title, kind: row.kind });
  });
}
