/** Loading a samling and its tasks through the network that owns them: another network's ids are not found. */
import { and, eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
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

export function loadTask(db: Executor, gatheringId: string, taskId: string) {
  const row = db
    .select()
    .from(workshopTask)
    .where(and(eq(workshopTask.id, taskId), eq(workshopTask.gatheringId, gatheringId)))
    .get();
  if (!row) throw notFound("Fant ikke oppgaven.");
  return row;
}

export type TaskRow = ReturnType<typeof loadTask>;
