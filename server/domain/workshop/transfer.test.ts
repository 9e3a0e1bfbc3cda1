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

function refused(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof DomainError) return `${error.kind}: ${error.message}`;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("transferring the samling's self-assessment", () => {
  let db: Database;
  let s: LiveSamling;

  beforeEach(() => {
    db = createTestDatabase();
    s = liveSamling(db);
  });

  /** n participants of the office, each answering areas 1–3 as given (one score per area, per participant). */
  function answer(taskId: string, partnershipId: string, perParticipant: AreaScore[][]) {
    perParticipant.forEach((scores, i) => {
      const p = s.guest(`Deltaker ${i + 1}`, "navledere", partnershipId);
      submitAnswers(db, p, { taskId, answers: scores.map((value, a) => ({ item: String(a + 1), value })) });
    });
  }

  function closedSelfAssessment(officeAnswers: AreaScore[][]) {
    const task = s.openTask("selvvurdering");
    answer(task.id, s.arendal.id, officeAnswers);
    s.closeTask(task.id);
    return task;
  }

  it("creates an assessment with the proposed statuses, once, by the Nav-leder", () => {
    const task = closedSelfAssessment([
      ["sterk", "kan_styrkes", "sterk"],
      ["sterk", "kan_styrkes", "kan_styrkes"],
      ["kan_styrkes", "sterk", "ikke_vurdert"],
    ]);
    const leder = s.navLeder(s.arendal.id);
    expect(pendingTransfersOf(db, s.arendal.id)).toEqual([
      expect.objectContaining({ taskId: task.id, gatheringTitle: "Samling 1", networkSlug: "agder-pilot", respondents: 3 }),
    ]);
    const created = transferSelfAssessment(partnershipScopeFor(db, { userId: leder.id }, s.arendal.id), { taskId: task.id });
    expect(created).toMatchObject({ partnershipId: s.arendal.id, heldOn: "2018-04-17", occasion: "Samling 1 (Pilotnettverket i Agder)", createdByUserId: leder.id });
    const statuses = db
      .select({ areaNo: assessmentArea.areaNo, status: assessmentArea.status })
      .from(assessmentArea)
      .where(eq(assessmentArea.assessmentId, created.id))
      .orderBy(asc(assessmentArea.areaNo))
      .all();
    expect(statuses).toHaveLength(20);
    expect(statuses.slice(0, 4)).toEqual([
      { areaNo: 1, status: "sterk" },
      { areaNo: 2, status: "kan_styrkes" },
      // 1 sterk, 1 kan styrkes, 1 ikke vurdert: a tie.
      { areaNo: 3, status: "ikke_vurdert" },
      { areaNo: 4, status: "ikke_vurdert" },
    ]);
    // Nobody is asked to score again: the samling's answers are the input.
    expect(db.select().from(assessmentParticipant).where(eq(assessmentParticipant.assessmentId, created.id)).all()).toEqual([]);
    expect(db.select().from(workshopTransfer).all()).toEqual([
      expect.objectContaining({ taskId: task.id, partnershipId: s.arendal.id, assessmentId: created.id, acceptedByUserId: leder.id }),
    ]);
    // Once only; and no longer pending.
    expect(refused(() => transferSelfAssessment(partnershipScopeFor(db, { userId: leder.id }, s.arendal.id), { taskId: task.id }))).toBe("invalid: Selvvurderingen er allerede overført.");
    expect(pendingTransfersOf(db, s.arendal.id)).toEqual([]);
    expect(db.select().from(assessment).all()).toHaveLength(1);
  });

  it("refuses below three answers from the office", () => {
    const task = closedSelfAssessment([["sterk"], ["sterk"]]);
    // Two more from another office do not count for this one.
    const other = s.openTask("selvvurdering");
    answer(other.id, s.grimstad.id, [["sterk"], ["sterk"], ["sterk"]]);
    const leder = s.navLeder(s.arendal.id);
    expect(pendingTransfersOf(db, s.arendal.id)).toEqual([]);
    expect(refused(() => transferSelfAssessment(partnershipScopeFor(db, { userId: leder.id }, s.arendal.id), { taskId: task.id }))).toBe(
      "invalid: For få fra kontoret svarte til at svarene kan overføres uten å peke ut enkeltpersoner.",
    );
    expect(db.select().from(assessment).all()).toEqual([]);
  });

  it("refuses while the task is open, and before it has been opened", () => {
    const task = s.openTask("selvvurdering");
    answer(task.id, s.arendal.id, [["sterk"], ["sterk"], ["sterk"]]);
    const leder = s.navLeder(s.arendal.id);
    const message = "invalid: Selvvurderingen kan overføres når fasilitatoren har lukket oppgaven.";
    expect(pendingTransfersOf(db, s.arendal.id)).toEqual([]);
    expect(refused(() => transferSelfAssessment(partnershipScopeFor(db, { userId: leder.id }, s.arendal.id), { taskId: task.id }))).toBe(message);
    s.closeTask(task.id);
    expect(pendingTransfersOf(db, s.arendal.id)).toHaveLength(1);
    expect(transferSelfAssessment(partnershipScopeFor(db, { userId: leder.id }, s.arendal.id), { taskId: task.id }).partnershipId).toBe(s.arendal.id);
  });

  it("does not find the task for a partnership outside the network, nor a task of another kind", () => {
    const task = closedSelfAssessment([["sterk"], ["sterk"], ["sterk"]]);
    const outsider = s.navLeder(s.lillesand.id);
    expect(refused(() => transferSelfAssessment(partnershipScopeFor(db, { userId: outsider.id }, s.lillesand.id), { taskId: task.id }))).toBe("not_found: Fant ikke selvvurderingen.");
    const evaluation = s.openTask("evaluering");
    s.closeTask(evaluation.id);
    const leder = s.navLeder(s.arendal.id);
    expect(refused(() => transferSelfAssessment(partnershipScopeFor(db, { userId: leder.id }, s.arendal.id), { taskId: evaluation.id }))).toBe("not_found: Fant ikke selvvurderingen.");
    expect(db.select().from(assessment).all()).toEqual([]);
  });
});
