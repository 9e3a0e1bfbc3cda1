/** Loading a samling and its tasks through the network that owns them: another network's ids are not found. */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { preparedOnce } from "~/db/prepared";
import { gathering, workshopTask } from "~/db/schema";
import { text } from "~/lib/i18n/text";
import { notFound } from "~/server/domain/errors";

export async function loadGathering(db: Executor, networkId: string, gatheringId: string) {
  const [row] = await db
    .select()
    .from(gathering)
    .where(and(eq(gathering.id, gatheringId), eq(gathering.networkId, networkId)))
    .limit(1);
  if (!row) throw notFound(text("network.errors.gatheringNotFound"));
  return row;
}

export type GatheringRow = Awaited<ReturnType<typeof loadGathering>>;

const taskQuery = (db: Executor) =>
  db
    .select()
    .from(workshopTask)
    .where(and(eq(workshopTask.id, sql.placeholder("taskId")), eq(workshopTask.gatheringId, sql.placeholder("gatheringId"))))
    .limit(1)
    .prepare("workshop_task_of_gathering");

/** Prepared (db/prepared.ts): every answer of a live samling loads its task. */
export async function loadTask(db: Executor, gatheringId: string, taskId: string) {
  const [row] = await preparedOnce(db, taskQuery).execute({ taskId, gatheringId });
  if (!row) throw notFound(text("network.errors.taskNotFound"));
  return row;
}

export type TaskRow = Awaited<ReturnType<typeof loadTask>>;
