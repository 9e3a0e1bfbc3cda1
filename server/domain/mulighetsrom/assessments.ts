import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { assessment, assessmentArea, assessmentParticipant } from "~/db/schema";
import { byRoleOrder, roleInfo, type Role } from "~/lib/roles";
import { diffFields, recordAudit } from "~/server/domain/audit/record";
import { invalid, notFound, staleVersion } from "~/server/domain/errors";
import { listPartnershipPeople } from "~/server/domain/partnership/overview";
import type { PartnershipRef, PartnershipScope } from "~/server/domain/scope";
import { entityId, isoDate, requiredText, rule, versionInput } from "~/lib/validation";
import { text } from "~/lib/i18n/text";
import { modelAreas } from "~/lib/mulighetsrom/model";
import { assessmentOpened } from "~/server/domain/notifications/assessment-events";

/** The assessment, only if it belongs to this partnership. */
export async function loadAssessment(db: Executor, partnershipId: string, assessmentId: string) {
  const [row] = await db
    .select()
    .from(assessment)
    .where(and(eq(assessment.id, assessmentId), eq(assessment.partnershipId, partnershipId)))
    .limit(1);
  if (!row) throw notFound(text("mulighetsrom.errors.assessmentNotFound"));
  return row;
}

export function requireOpen(row: { status: string }) {
  if (row.status !== "open") {
    throw invalid(text("mulighetsrom.errors.assessmentClosed"));
  }
}

/** Bumps the assessment's version, or fails if someone else saved first. */
export async function claimVersion(tx: Executor, assessmentId: string, version: number) {
  const [updated] = await tx
    .update(assessment)
    .set({ version: sql`${assessment.version} + 1` })
    .where(and(eq(assessment.id, assessmentId), eq(assessment.version, version)))
    .returning({ version: assessment.version });
  if (!updated) throw staleVersion();
  return updated.version;
}

/**
 * The people who may take part: one entry per person, with the first of their
 * roles in the usual role order (which also decides the side they answer for).
 */
export async function eligibleParticipants(scope: PartnershipScope) {
  return eligibleParticipantsIn(scope.db, scope.partnership);
}

/** eligibleParticipants inside a transaction, or where no one is signed in (the seed). */
export async function eligibleParticipantsIn(db: Executor, target: Pick<PartnershipRef, "id" | "fylkeId">) {
  const byUser = new Map<string, { userId: string; name: string; role: Role; title: string | null }>();
  for (const person of await listPartnershipPeople(db, target)) {
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
  .array(entityId, rule("mulighetsrom.errors.rules.chooseParticipants"))
  .min(1, rule("mulighetsrom.errors.rules.minOneParticipant"))
  .max(200, rule("mulighetsrom.errors.rules.tooManyParticipants"));

export const createAssessmentInput = z.object({
  heldOn: isoDate("errors.labels.date"),
  occasion: requiredText("errors.labels.occasion", 200),
  participantUserIds: participantIds,
});

async function insertParticipants(tx: Executor, assessmentId: string, target: PartnershipRef, userIds: readonly string[]) {
  const eligible = new Map((await eligibleParticipantsIn(tx, target)).map((p) => [p.userId, p]));
  const unknown = userIds.filter((id) => !eligible.has(id));
  if (unknown.length > 0) {
    throw invalid(text("mulighetsrom.errors.onlyPartnershipPeople"), "participantUserIds");
  }
  const rows = [...new Set(userIds)].map((userId) => {
    const person = eligible.get(userId)!;
    return { assessmentId, userId, role: person.role, side: person.side };
  });
  return tx.insert(assessmentParticipant).values(rows).onConflictDoNothing().returning();
}

export async function createAssessment(scope: PartnershipScope, input: z.infer<typeof createAssessmentInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const created = (
      await tx
        .insert(assessment)
        .values({
          partnershipId: target.id,
          heldOn: input.heldOn,
          occasion: input.occasion,
          createdByUserId: actor.userId,
        })
        .returning()
    )[0]!;
    await tx.insert(assessmentArea).values(modelAreas.map((a) => ({ assessmentId: created.id, areaNo: a.no })));
    const participants = await insertParticipants(tx, created.id, target, input.participantUserIds);
    await recordAudit(tx, actor, {
      partnershipId: target.id,
      entity: "assessment",
      entityId: created.id,
      action: "create",
      changes: { heldOn: input.heldOn, occasion: input.occasion, participants: participants.length },
    });
    await assessmentOpened(tx, actor, { target, id: created.id, occasion: created.occasion, heldOn: created.heldOn }, participants.map((p) => p.userId));
    return created;
  });
}

export const addParticipantsInput = z.object({ assessmentId: entityId, participantUserIds: participantIds });

export async function addParticipants(scope: PartnershipScope, input: z.infer<typeof addParticipantsInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadAssessment(tx, target.id, input.assessmentId);
    requireOpen(row);
    const added = await insertParticipants(tx, row.id, target, input.participantUserIds);
    if (added.length > 0) {
      await recordAudit(tx, actor, {
        partnershipId: target.id,
        entity: "assessment",
        entityId: row.id,
        action: "update",
        changes: { participantsAdded: added.length },
      });
      await assessmentOpened(tx, actor, { target, id: row.id, occasion: row.occasion, heldOn: row.heldOn }, added.map((p) => p.userId));
    }
    return { added: added.length };
  });
}

export const assessmentDetailsInput = z.object({
  assessmentId: entityId,
  version: versionInput,
  heldOn: isoDate("errors.labels.date"),
  occasion: requiredText("errors.labels.occasion", 200),
});

export async function updateAssessmentDetails(scope: PartnershipScope, input: z.infer<typeof assessmentDetailsInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadAssessment(tx, partnershipId, input.assessmentId);
    requireOpen(row);
    const version = await claimVersion(tx, row.id, input.version);
    const values = { heldOn: input.heldOn, occasion: input.occasion };
    await tx.update(assessment).set(values).where(eq(assessment.id, row.id));
    await recordAudit(tx, actor, {
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
  open: z.boolean(rule("mulighetsrom.errors.rules.chooseOpen")),
});

/** Closing freezes scores, statuses and priorities; development plans stay editable. */
export async function setAssessmentOpen(scope: PartnershipScope, input: z.infer<typeof assessmentOpenInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadAssessment(tx, partnershipId, input.assessmentId);
    const status = input.open ? "open" : "closed";
    if (row.status === status) {
      throw invalid(text(input.open ? "mulighetsrom.errors.alreadyOpen" : "mulighetsrom.errors.alreadyClosed"));
    }
    const version = await claimVersion(tx, row.id, input.version);
    await tx
      .update(assessment)
      .set({ status, closedAt: input.open ? null : new Date() })
      .where(eq(assessment.id, row.id));
    await recordAudit(tx, actor, {
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
export async function findParticipant(db: Executor, assessmentId: string, userId: string) {
  const [participant] = await db
    .select()
    .from(assessmentParticipant)
    .where(and(eq(assessmentParticipant.assessmentId, assessmentId), eq(assessmentParticipant.userId, userId)))
    .limit(1);
  return participant;
}

export async function areaRows(db: Executor, assessmentIds: readonly string[]) {
  if (assessmentIds.length === 0) return [];
  return db.select().from(assessmentArea).where(inArray(assessmentArea.assessmentId, [...assessmentIds]));
}
