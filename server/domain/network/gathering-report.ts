/**
 * A samling's report (PDF and spreadsheet): the programme, every task with its results as the
 * facilitator's screen computes them (workshopTasksWithResults, so the anonymity threshold
 * applies here too), and the offices the per-office columns name. No individual answers.
 */
import { eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { network } from "~/db/schema";
import { memberOffices, participantCounts } from "~/server/domain/workshop/live";
import { loadGathering } from "./scope";
import { listProgramme } from "./view";
import { workshopTasksWithResults } from "~/server/domain/workshop/view";

export async function loadGatheringReport(db: Executor, networkId: string, gatheringId: string) {
  const samling = await loadGathering(db, networkId, gatheringId);
  const [net] = await db.select({ slug: network.slug, name: network.name }).from(network).where(eq(network.id, networkId)).limit(1);
  const programme = await listProgramme(db, samling.id);
  const counts = await participantCounts(db, [samling.id]);
  const tasks = (await workshopTasksWithResults(db, networkId, samling.id)).map((t) => ({
    id: t.id,
    kind: t.kind,
    title: t.title,
    status: t.status,
    respondents: t.respondents,
    results: t.results,
  }));
  return {
    network: { slug: net?.slug ?? "", name: net?.name ?? "" },
    gathering: {
      id: samling.id,
      title: samling.title,
      startsOn: samling.startsOn,
      endsOn: samling.endsOn,
      place: samling.place,
      description: samling.description,
    },
    programme,
    participants: counts.reduce((sum, c) => sum + c.count, 0),
    participantsByGroup: counts.map((c) => ({ roleGroup: c.roleGroup, count: c.count })),
    offices: await memberOffices(db, networkId),
    tasks,
    generatedAt: new Date(),
  };
}

export type GatheringReport = Awaited<ReturnType<typeof loadGatheringReport>>;
export type ReportTask = GatheringReport["tasks"][number];
