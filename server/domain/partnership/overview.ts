import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import {
  agreementPoint,
  auditEvent,
  fylke,
  kommune,
  partnership,
  partnershipKommune,
  partnershipService,
  roleAssignment,
  user,
} from "~/db/schema";
import { assignmentReaches } from "~/server/domain/access/reach";
import { notFound } from "~/server/domain/errors";
import type { PartnershipScope } from "~/server/domain/scope";
import { byRoleOrder, roleInfo } from "~/lib/roles";
import { agreementPoints, catalogueServiceKeys, serviceNameIn } from "~/lib/partnership/catalogue";
import type { Locale } from "~/lib/i18n/locales";
import { text } from "~/lib/i18n/text";

/** Everything the partnership page shows, read in a handful of indexed queries. */
export async function getPartnershipOverview(scope: PartnershipScope, locale: Locale = "nb") {
  const { db, partnership: { id: partnershipId } } = scope;
  const [base] = await db
    .select({
      id: partnership.id,
      slug: partnership.slug,
      officeName: partnership.officeName,
      leaderModel: partnership.leaderModel,
      statePositions: partnership.statePositions,
      municipalPositions: partnership.municipalPositions,
      agreementDate: partnership.agreementDate,
      agreementNextRevision: partnership.agreementNextRevision,
      version: partnership.version,
      fylke: { id: fylke.id, slug: fylke.slug, name: fylke.name },
    })
    .from(partnership)
    .innerJoin(fylke, eq(fylke.id, partnership.fylkeId))
    .where(eq(partnership.id, partnershipId))
    .limit(1);
  if (!base) throw notFound(text("partnership.errors.notFound"));

  const [kommunerOf, people, pointRows, serviceRows] = await Promise.all([
    listPartnershipKommuner(db, [partnershipId]),
    listPartnershipPeople(db, { id: partnershipId, fylkeId: base.fylke.id }),
    db.select().from(agreementPoint).where(eq(agreementPoint.partnershipId, partnershipId)),
    db
      .select()
      .from(partnershipService)
      .where(eq(partnershipService.partnershipId, partnershipId))
      .orderBy(asc(partnershipService.createdAt)),
  ]);
  const kommuner = kommunerOf.get(partnershipId) ?? [];
  const agreement = agreementPoints.map((definition) => {
    const row = pointRows.find((r) => r.point === definition.key);
    return {
      ...definition,
      id: row?.id ?? null,
      status: row?.status ?? "ikke_avklart",
      note: row?.note ?? "",
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt ?? null,
    };
  });

  const catalogueOrder = (key: string) => {
    const index = (catalogueServiceKeys as string[]).indexOf(key);
    return index === -1 ? catalogueServiceKeys.length : index;
  };
  const services = serviceRows
    .map((s) => ({
      id: s.id,
      serviceKey: s.serviceKey,
      name: serviceNameIn(s, locale),
      enabled: s.enabled,
      isCustom: s.serviceKey === "annet",
      version: s.version,
    }))
    .sort((a, b) => catalogueOrder(a.serviceKey) - catalogueOrder(b.serviceKey));

  return { ...base, kommuner, people, agreement, services };
}

export type PartnershipOverview = Awaited<ReturnType<typeof getPartnershipOverview>>;

/**
 * Everyone with a role that reaches the partnership: its own roles and the fylke's
 * roles over it, owners first. A person with two roles appears twice.
 */
export async function listPartnershipPeople(db: Executor, target: { id: string; fylkeId: string }) {
  const rows = await db
    .select({
      assignmentId: roleAssignment.id,
      userId: user.id,
      name: user.name,
      email: user.email,
      role: roleAssignment.role,
      title: roleAssignment.title,
      kommuneName: kommune.name,
    })
    .from(roleAssignment)
    .innerJoin(user, eq(user.id, roleAssignment.userId))
    .leftJoin(kommune, eq(kommune.id, roleAssignment.kommuneId))
    .where(assignmentReaches(target));
  return rows
    .map((p) => ({ ...p, side: roleInfo[p.role].side, viaFylke: roleInfo[p.role].scope === "fylke" }))
    .sort((a, b) => byRoleOrder(a.role, b.role) || a.name.localeCompare(b.name, "nb"));
}

/** The kommuner of each partnership, host first. One query for any number of partnerships. */
export async function listPartnershipKommuner(db: Executor, partnershipIds: string[]) {
  const byPartnership = new Map<string, { id: string; name: string; number: string; isHost: boolean }[]>();
  if (partnershipIds.length === 0) return byPartnership;
  const rows = await db
    .select({
      partnershipId: partnershipKommune.partnershipId,
      id: kommune.id,
      name: kommune.name,
      number: kommune.number,
      isHost: partnershipKommune.isHost,
    })
    .from(partnershipKommune)
    .innerJoin(kommune, eq(kommune.id, partnershipKommune.kommuneId))
    .where(inArray(partnershipKommune.partnershipId, partnershipIds))
    .orderBy(desc(partnershipKommune.isHost), asc(kommune.name));
  for (const { partnershipId, ...k } of rows) {
    const list = byPartnership.get(partnershipId) ?? [];
    list.push(k);
    byPartnership.set(partnershipId, list);
  }
  return byPartnership;
}

/** The latest changes to a partnership, newest first, with the actor's name. */
export async function listRecentChanges(scope: PartnershipScope, limit = 10) {
  const { db, partnership: { id: partnershipId } } = scope;
  return await db
    .select({
      id: auditEvent.id,
      at: auditEvent.at,
      entity: auditEvent.entity,
      action: auditEvent.action,
      changes: auditEvent.changes,
      actorName: user.name,
    })
    .from(auditEvent)
    .leftJoin(user, eq(user.id, auditEvent.actorUserId))
    // Private answers are audited but not shown: the row would reveal who is still scoring.
    .where(and(eq(auditEvent.partnershipId, partnershipId), ne(auditEvent.entity, "assessment_answer")))
    // The id breaks ties in the order written (auditEventId): one transaction often writes several rows in the same millisecond.
    .orderBy(desc(auditEvent.at), desc(auditEvent.id))
    .limit(limit);
}
