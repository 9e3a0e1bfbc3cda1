import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database, Executor } from "~/db/connection";
import { assessment, assessmentArea, assessmentParticipant } from "~/db/schema";
import { byRoleOrder, roleInfo, type Role } from "~/server/domain/access/roles";
import { diffFields, recordAudit, type Actor } from "~/server/domain/audit";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import { listPartnershipPeople } from "~/server/domain/partnership/overview";
import { entityId, isoDate, requiredText, versionInput } from "~/server/domain/validation";
import { areas } from "./areas";

type PartnershipRef = { id: string; fylkeId: string };

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
export function eligibleParticipants(db: Executor, target: PartnershipRef) {
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
  const eligible = new Map(eligibleParticipants(tx, target).map((p) => [p.userId, p]));
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

export function createAssessment(
  db: Database,
  actor: Actor,
  target: PartnershipRef,
  input: z.infer<typeof createAssessmentInput>,
) {
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
    return created;
  });
}

export const addParticipantsInput = z.object({ assessmentId: entityId, participantUserIds: participantIds });

export function addParticipants(
  db: Database,
  actor: Actor,
  target: PartnershipRef,
  input: z.infer<typeof addParticipantsInput>,
) {
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

export function updateAssessmentDetails(
  db: Database,
  actor: Actor,
  partnershipId: string,
  input: z.infer<typeof assessmentDetailsInput>,
) {
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
export function setAssessmentOpen(
  db: Database,
  actor: Actor,
  partnershipId: string,
  input: z.infer<typeof assessmentOpenInput>,
) {
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
