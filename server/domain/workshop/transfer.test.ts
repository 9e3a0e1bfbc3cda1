import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { assessment, assessmentArea, assessmentParticipant, workshopTransfer } from "~/db/schema";
import { createTestDatabase } from "~/test/factories";
import { liveSamling, type LiveSamling } from "~/test/workshop";
import type { AreaScore } from "~/lib/mulighetsrom/areas";
import { DomainError } from "~/server/domain/errors";
import { submitAnswers } from "./answers";
import { pendingTransfersOf, transferSelfAssessment } from "./transfer";
import { partnershipScopeFor } from "~/test/scope";

async function refused(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    if (error instanceof DomainError) return `${error.kind}: ${error.message}`;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("transferring the samling's self-assessment", () => {
  let db: Database;
  let s: LiveSamling;

  beforeEach(async () => {
    db = await createTestDatabase();
    s = await liveSamling(db);
  });

  /** n participants of the office, each answering areas 1–3 as given (one score per area, per participant). */
  async function answer(taskId: string, partnershipId: string, perParticipant: AreaScore[][]) {
    for (const [i, scores] of perParticipant.entries()) {
      const p = await s.guest(`Deltaker ${i + 1}`, "navledere", partnershipId);
      await submitAnswers(db, p, { taskId, answers: scores.map((value, a) => ({ item: String(a + 1), value })) });
    }
  }

  async function closedSelfAssessment(officeAnswers: AreaScore[][]) {
    const task = await s.openTask("selvvurdering");
    await answer(task.id, s.arendal.id, officeAnswers);
    await s.closeTask(task.id);
    return task;
  }

  const transferAs = async (userId: string, partnershipId: string, taskId: string) =>
    transferSelfAssessment(await partnershipScopeFor(db, { userId }, partnershipId), { taskId });

  it("creates an assessment with the proposed statuses, once, by the Nav-leder", async () => {
    const task = await closedSelfAssessment([
      ["sterk", "kan_styrkes", "sterk"],
      ["sterk", "kan_styrkes", "kan_styrkes"],
      ["kan_styrkes", "sterk", "ikke_vurdert"],
    ]);
    const leder = await s.navLeder(s.arendal.id);
    expect(await pendingTransfersOf(db, s.arendal.id)).toEqual([
      expect.objectContaining({ taskId: task.id, gatheringTitle: "Samling 1", networkSlug: "agder-pilot", respondents: 3 }),
    ]);
    const created = await transferAs(leder.id, s.arendal.id, task.id);
    expect(created).toMatchObject({ partnershipId: s.arendal.id, heldOn: "2018-04-17", occasion: "Samling 1 (Pilotnettverket i Agder)", createdByUserId: leder.id });
    const statuses = await db
      .select({ areaNo: assessmentArea.areaNo, status: assessmentArea.status })
      .from(assessmentArea)
      .where(eq(assessmentArea.assessmentId, created.id))
      .orderBy(asc(assessmentArea.areaNo));
    expect(statuses).toHaveLength(20);
    expect(statuses.slice(0, 4)).toEqual([
      { areaNo: 1, status: "sterk" },
      { areaNo: 2, status: "kan_styrkes" },
      // 1 sterk, 1 kan styrkes, 1 ikke vurdert: a tie.
      { areaNo: 3, status: "ikke_vurdert" },
      { areaNo: 4, status: "ikke_vurdert" },
    ]);
    // Nobody is asked to score again: the samling's answers are the input.
    expect(await db.select().from(assessmentParticipant).where(eq(assessmentParticipant.assessmentId, created.id))).toEqual([]);
    expect(await db.select().from(workshopTransfer)).toEqual([
      expect.objectContaining({ taskId: task.id, partnershipId: s.arendal.id, assessmentId: created.id, acceptedByUserId: leder.id }),
    ]);
    // Once only; and no longer pending.
    expect(await refused(() => transferAs(leder.id, s.arendal.id, task.id))).toBe("invalid: Selvvurderingen er allerede overført.");
    expect(await pendingTransfersOf(db, s.arendal.id)).toEqual([]);
    expect(await db.select().from(assessment)).toHaveLength(1);
  });

  it("refuses below three answers from the office", async () => {
    const task = await closedSelfAssessment([["sterk"], ["sterk"]]);
    // Two more from another office do not count for this one.
    const other = await s.openTask("selvvurdering");
    await answer(other.id, s.grimstad.id, [["sterk"], ["sterk"], ["sterk"]]);
    const leder = await s.navLeder(s.arendal.id);
    expect(await pendingTransfersOf(db, s.arendal.id)).toEqual([]);
    expect(await refused(() => transferAs(leder.id, s.arendal.id, task.id))).toBe(
      "invalid: For få fra kontoret svarte til at svarene kan overføres uten å peke ut enkeltpersoner.",
    );
    expect(await db.select().from(assessment)).toEqual([]);
  });

  it("refuses while the task is open, and before it has been opened", async () => {
    const task = await s.openTask("selvvurdering");
    await answer(task.id, s.arendal.id, [["sterk"], ["sterk"], ["sterk"]]);
    const leder = await s.navLeder(s.arendal.id);
    const message = "invalid: Selvvurderingen kan overføres når fasilitatoren har lukket oppgaven.";
    expect(await pendingTransfersOf(db, s.arendal.id)).toEqual([]);
    expect(await refused(() => transferAs(leder.id, s.arendal.id, task.id))).toBe(message);
    await s.closeTask(task.id);
    expect(await pendingTransfersOf(db, s.arendal.id)).toHaveLength(1);
    expect((await transferAs(leder.id, s.arendal.id, task.id)).partnershipId).toBe(s.arendal.id);
  });

  it("does not find the task for a partnership outside the network, nor a task of another kind", async () => {
    const task = await closedSelfAssessment([["sterk"], ["sterk"], ["sterk"]]);
    const outsider = await s.navLeder(s.lillesand.id);
    expect(await refused(() => transferAs(outsider.id, s.lillesand.id, task.id))).toBe("not_found: Fant ikke selvvurderingen.");
    const evaluation = await s.openTask("evaluering");
    await s.closeTask(evaluation.id);
    const leder = await s.navLeder(s.arendal.id);
    expect(await refused(() => transferAs(leder.id, s.arendal.id, evaluation.id))).toBe("not_found: Fant ikke selvvurderingen.");
    expect(await db.select().from(assessment)).toEqual([]);
  });
});
