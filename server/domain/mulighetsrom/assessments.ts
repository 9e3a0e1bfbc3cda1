import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/db/connection";
import { assessment, assessmentArea, assessmentParticipant } from "~/db/schema";
import { byRoleOrder, roleInfo, type Role } from "~/lib/roles";
import { diffFields, recordAudit } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import { listPartnershipPeople } from "~/server/domain/partnership/overview";
import type { PartnershipRef, PartnershipScope } from "~/server/domain/scope";
import { entityId, isoDate, requiredText, versionInput } from "~/lib/validation";
import { areas } from "~/lib/mulighetsrom/areas";
import { assessmentOpened } from "~/server/domain/notifications/assessment-events";

/** The assessment, only if it belongs to this partnership. */
export function loadAssessment(db: Executor, partnershipId: string, assessmentId: string) {
  const row = db
    .select()
    .from(assessment)
    .where(and(eq(assessment.id, assessmentId), eq(assessment.partnershipId, partnershipId)))
    .get();
  if (!row) throw notFound("Fant ikke vurderingen.");
  return row;
}

export function requireOpen(row: { status: string }) {
  if (row.status !== "open") {
    throw invalid("Vurderingen er avsluttet og kan ikke endres. Gjenåpne den først hvis noe må rettes.");
  }
}

/** Bumps the assessment's version, or fails if someone else saved first. */
export function claimVersion(tx: Executor, assessmentId: string, version: number) {
  const updated = tx
    .update(assessment)
    .set({ version: sql`${assessment.version} + 1` })
    .where(and(eq(assessment.id, assessmentId), eq(assessment.version, version)))
    .returning({ version: assessment.version })
    .get();
  if (!updated) throw staleVersion();
  return updated.version;
}

/**
 * The people who may take part: one entry per person, with the first of their
 * roles in the usual role order (which also decides the side they answer for).
 */
export function eligibleParticipants(scope: PartnershipScope) {
  return eligibleParticipantsIn(scope.db, scope.partnership);
}

/** eligibleParticipants inside a transaction, or where no one is signed in (the seed). */
export function eligibleParticipantsIn(db: Executor, target: Pick<PartnershipRef, "id" | "fylkeId">) {
  const byUser = new Map<string, { userId: string; name: string; role: Role; title: string | null }>();
  for (const person of listPartnershipPeople(db, target)) {
    const current = byUser.get(person.userId);
    if (!current || byRoleOrder(person.role, current.role) < 0) {
      byUser.set(person.userId, { userId: person.userId, name: person.name, role: person.role, title: person.title });
    }
  }
  return [...byUser.values()]
    .filter((p) => roleInfo[p.role].side !== null)
    .map((p) => ({ ...p, side: roleInfo[p.role].side! }));
}

const participantIds = z
  .array(entityId, { error: "Velg deltakere." })
  .min(1, "Velg minst én deltaker.")
  .max(200, "For mange deltakere.");

export const createAssessmentInput = z.object({
  heldOn: isoDate("Dato"),
  occasion: requiredText("Anledning", 200),
  participantUserIds: participantIds,
});

function insertParticipants(tx: Executor, assessmentId: string, target: PartnershipRef, userIds: readonly string[]) {
  const eligible = new Map(eligibleParticipantsIn(tx, target).map((p) => [p.userId, p]));
  const unknown = userIds.filter((id) => !eligible.has(id));
  if (unknown.length > 0) {
    throw invalid("Bare personer med en rolle i partnerskapet kan delta.", "participantUserIds");
  }
  const rows = [...new Set(userIds)].map((userId) => {
    const person = eligible.get(userId)!;
    return { assessmentId, userId, role: person.role, side: person.side };
  });
  return tx.insert(assessmentParticipant).values(rows).onConflictDoNothing().returning().all();
}

export function createAssessment(scope: PartnershipScope, input: z.infer<typeof createAssessmentInput>) {
  const { db, actor, partnership: target } = scope;
  return db.transaction((tx) => {
    const created = tx
      .insert(assessment)
      .values({
        partnershipId: target.id,
        heldOn: input.heldOn,
        occasion: input.occasion,
        createdByUserId: actor.userId,
      })
      .returning()
      .get();
    tx.insert(assessmentArea)
      .values(areas.map((a) => ({ assessmentId: created.id, areaNo: a.no })))
      .run();
    const participants = insertParticipants(tx, created.id, target, input.participantUserIds);
    recordAudit(tx, actor, {
      partnershipId: target.id,
      entity: "assessment",
      entityId: created.id,
      action: "create",
      changes: { heldOn: input.heldOn, occasion: input.occasion, participants: participants.length },
    });
    assessmentOpened(tx, actor, { target, id: created.id, occasion: created.occasion, heldOn: created.heldOn }, participants.map((p) => p.userId));
    return created;
  });
}

export const addParticipantsInput = z.object({ assessmentId: entityId, participantUserIds: participantIds });

export function addParticipants(scope: PartnershipScope, input: z.infer<typeof addParticipantsInput>) {
  const { db, actor, partnership: target } = scope;
  return db.transaction((tx) => {
    const row = loadAssessment(tx, target.id, input.assessmentId);
    requireOpen(row);
    const added = insertParticipants(tx, row.id, target, input.participantUserIds);
    if (added.length > 0) {
      recordAudit(tx, actor, {
        partnershipId: target.id,
        entity: "assessment",
        entityId: row.id,
        action: "update",
        changes: { participantsAdded: added.length },
      });
      assessmentOpened(tx, actor, { target, id: row.id, occasion: row.occasion, heldOn: row.heldOn }, added.map((p) => p.userId));
    }
    return { added: added.length };
  });
}

export const assessmentDetailsInput = z.object({
  assessmentId: entityId,
  version: versionInput,
  heldOn: isoDate("Dato"),
  occasion: requiredText("Anledning", 200),
});

export function updateAssessmentDetails(scope: PartnershipScope, input: z.infer<typeof assessmentDetailsInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return db.transaction((tx) => {
    const row = loadAssessment(tx, partnershipId, input.assessmentId);
    requireOpen(row);
    const version = claimVersion(tx, row.id, input.version);
    const values = { heldOn: input.heldOn, occasion: input.occasion };
    tx.update(assessment).set(values).where(eq(assessment.id, row.id)).run();
    recordAudit(tx, actor, {
      partnershipId,
      entity: "assessment",
      entityId: row.id,
      action: "update",
      changes: diffFields(row, values),
    });
    return { version };
  });
}

export const assessmentOpenInput = z.object({
  assessmentId: entityId,
  version: versionInput,
  open: z.boolean({ error: "Velg åpen eller avsluttet." }),
});

/** Closing freezes scores, statuses and priorities; development plans stay editable. */
export function setAssessmentOpen(scope: PartnershipScope, input: z.infer<typeof assessmentOpenInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return db.transaction((tx) => {
    const row = loadAssessment(tx, partnershipId, input.assessmentId);
    const status = input.open ? "open" : "closed";
    if (row.status === status) {
      throw invalid(input.open ? "Vurderingen er allerede åpen." : "Vurderingen er allerede avsluttet.");
    }
    const version = claimVersion(tx, row.id, input.version);
    tx.update(assessment)
      .set({ status, closedAt: input.open ? null : new Date() })
      .where(eq(assessment.id, row.id))
      .run();
    recordAudit(tx, actor, {
      partnershipId,
      entity: "assessment",
      entityId: row.id,
      action: "update",
      changes: { status: { from: row.status, to: status } },
    });
    return { version };
  });
}

/** The assessment's participant row for this person, if they were invited. */
export function findParticipant(db: Executor, assessmentId: string, userId: string) {
  return db
    .select()
    .from(assessmentParticipant)
    .where(and(eq(assessmentParticipant.assessmentId, assessmentId), eq(assessmentParticipant.userId, userId)))
    .get();
}

export function areaRows(db: Executor, assessmentIds: readonly string[]) {
  if (assessmentIds.length === 0) return [];
  return db.select().from(assessmentArea).where(inArray(assessmentArea.assessmentId, [...assessmentIds])).all();
}
