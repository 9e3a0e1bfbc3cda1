/** Loading a samling and its tasks through the network that owns them: another network's ids are not found. */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { preparedOnce } from "~/db/prepared";
import { gathering, workshopTask } from "~/db/schema";
import { notFound } from "~/server/domain/errors";

export function loadGathering(db: Executor, networkId: string, gatheringId: string) {
  const row = db
    .select()
    .from(gathering)
    .where(and(eq(gathering.id, gatheringId), eq(gathering.networkId, networkId)))
    .get();
  if (!row) throw notFound("Fant ikke samlingen.");
  return row;
}

export type GatheringRow = ReturnType<typeof loadGathering>;

const taskQuery = (db: Executor) =>
  db
    .select()
    .from(workshopTask)
    .where(and(eq(workshopTask.id, sql.placeholder("taskId")), eq(workshopTask.gatheringId, sql.placeholder("gatheringId"))))
    .prepare();

/** Prepared (db/prepared.ts): every answer of a live samling loads its task. */
export function loadTask(db: Executor, gatheringId: string, taskId: string) {
  const row = preparedOnce(db, taskQuery).get({ taskId, gatheringId });
  if (!row) throw notFound("Fant ikke oppgaven.");
  return row;
}

export type TaskRow = ReturnType<typeof loadTask>;
