/** What the facilitator's screen and a participant's phone read. */
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import type { Locale } from "~/lib/i18n/locales";
import { expectationTheme, networkMember, partnership } from "~/db/schema";
import { answerRows, myAnswers } from "./answers";
import { isJoinCodeExpired, memberOffices, participantCounts, type ParticipantRow } from "./live";
import {
  evaluationResults,
  expectationMatrices,
  expectationTargetOf,
  priorityResults,
  selfAssessmentResults,
  type AnswerRow,
} from "~/server/domain/network/results";
import { loadGathering, type TaskRow } from "~/server/domain/network/scope";
import type { NetworkScope } from "~/server/domain/scope";
import { listTasks } from "./tasks";

/** Per-office results only of members that share statuses (self-assessment) or priorities. */
async function sharingMembers(db: Executor, networkId: string) {
  const rows = await db
    .select({ partnershipId: networkMember.partnershipId, shareStatuses: networkMember.shareStatuses, sharePriorities: networkMember.sharePriorities })
    .from(networkMember)
    .where(and(eq(networkMember.networkId, networkId), eq(networkMember.status, "medlem")));
  return {
    statuses: new Set(rows.filter((r) => r.shareStatuses).map((r) => r.partnershipId)),
    priorities: new Set(rows.filter((r) => r.sharePriorities).map((r) => r.partnershipId)),
  };
}

function resultsOf(task: TaskRow, rows: AnswerRow[], themes: { id: string; target: "radmann" | "fylkesdirektor"; label: string }[], sharing: Awaited<ReturnType<typeof sharingMembers>>) {
  switch (task.kind) {
    case "selvvurdering": {
      return { kind: task.kind, ...selfAssessmentResults(rows, sharing.statuses) };
    }
    case "prioritering": {
      return { kind: task.kind, ...priorityResults(rows, sharing.priorities) };
    }
    case "forventninger":
      return { kind: task.kind, matrices: expectationMatrices(rows, themes) };
    case "evaluering":
      return { kind: task.kind, ...evaluationResults(rows, task.statements) };
  }
}

export type TaskResults = ReturnType<typeof resultsOf>;

/** Everything of a samling's tasks, with results (the screen shows them only when revealed). */
export async function workshopTasksWithResults(db: Executor, networkId: string, gatheringId: string) {
  const tasks = await listTasks(db, gatheringId);
  const rows = await answerRows(db, tasks.map((t) => t.id));
  const themes = tasks.length
    ? await db.select().from(expectationTheme).where(inArray(expectationTheme.taskId, tasks.map((t) => t.id))).orderBy(expectationTheme.createdAt)
    : [];
  const sharing = await sharingMembers(db, networkId);
  return tasks.map((task) => {
    const own = rows.filter((r) => r.taskId === task.id);
    const ownThemes = themes.filter((t) => t.taskId === task.id);
    return {
      ...task,
      respondents: new Set(own.map((r) => r.participantId)).size,
      results: resultsOf(task, own, ownThemes, sharing),
      /** Expectations only: the texts to sort, without who wrote them or their role group (a group may be one person). */
      expectations:
        task.kind === "forventninger"
          ? own
              .filter((r) => r.value.trim() !== "")
              .map((r) => ({ answerId: r.id, target: expectationTargetOf(r.item), text: r.value, themeId: r.themeId }))
          : [],
      themes: ownThemes.map((t) => ({ id: t.id, target: t.target, label: t.label })),
    };
  });
}

export async function facilitatorView(scope: NetworkScope, input: { gatheringId: string }) {
  const { db, network: { id: networkId } } = scope;
  const { gatheringId } = input;
  const samling = await loadGathering(db, networkId, gatheringId);
  const offices = await memberOffices(db, networkId);
  const counts = await participantCounts(db, [samling.id]);
  return {
    gathering: samling,
    /** The screen shows the code only while it works; an expired one is reopened for a new code. */
    joinCodeExpired: isJoinCodeExpired(samling),
    offices,
    participants: counts.reduce((sum, c) => sum + c.count, 0),
    participantsByGroup: counts.map((c) => ({ roleGroup: c.roleGroup, count: c.count })),
    tasks: await workshopTasksWithResults(db, networkId, samling.id),
  };
}

/** A phone sees the open tasks and its own answers; never results or other people's answers. */
export async function participantView(db: Executor, participant: ParticipantRow) {
  const samling = await loadGathering(db, participant.networkId, participant.gatheringId);
  const tasks = (await listTasks(db, samling.id)).filter((t) => t.status === "apen");
  const mine = await myAnswers(db, participant.id);
  const [office] = participant.partnershipId
    ? await db.select({ name: partnership.officeName }).from(partnership).where(eq(partnership.id, participant.partnershipId)).limit(1)
    : [];
  return {
    gathering: { title: samling.title, liveStatus: samling.liveStatus },
    me: { name: participant.displayName, roleGroup: participant.roleGroup, officeName: office?.name ?? null },
    tasks: tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      statements: t.statements,
      answers: mine.filter((a) => a.taskId === t.id).map((a) => ({ item: a.item, value: a.value })),
    })),
  };
}

/**
 * What the join page shows before anyone has joined: the samling's title, its language (the
 * guest's default) and the offices to choose from.
 */
export async function joinInfo(db: Executor, samling: { id: string; title: string; networkId: string; language: Locale }) {
  return { title: samling.title, language: samling.language, offices: await memberOffices(db, samling.networkId) };
}

