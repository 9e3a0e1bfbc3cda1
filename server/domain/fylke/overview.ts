import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { agreementPoint, fylke, partnership, partnershipService, roleAssignment, user } from "~/db/schema";
import { isoToday } from "../dates";
import { agreementStatusByPartnership } from "../lederavtale/view";
import { notFound } from "../errors";
import { listPartnershipKommuner } from "../partnership/overview";

export function findFylkeBySlug(db: Executor, slug: string) {
  return db.select().from(fylke).where(eq(fylke.slug, slug)).get();
}

/** One row per partnership in the fylke: the fylkesdirektør's table. */
export function getFylkeOverview(db: Executor, fylkeId: string) {
  const target = db.select().from(fylke).where(eq(fylke.id, fylkeId)).get();
  if (!target) throw notFound("Fant ikke fylket.");

  const rows = db
    .select({
      id: partnership.id,
      slug: partnership.slug,
      officeName: partnership.officeName,
      leaderModel: partnership.leaderModel,
      statePositions: partnership.statePositions,
      municipalPositions: partnership.municipalPositions,
      agreementNextRevision: partnership.agreementNextRevision,
    })
    .from(partnership)
    .where(eq(partnership.fylkeId, fylkeId))
    .orderBy(asc(partnership.officeName))
    .all();
  const ids = rows.map((r) => r.id);
  const kommuner = listPartnershipKommuner(db, ids);

  const leaders = new Map<string, string[]>();
  const clarified = new Map<string, number>();
  const services = new Map<string, number>();
  if (ids.length > 0) {
    for (const r of db
      .select({ partnershipId: roleAssignment.partnershipId, name: user.name })
      .from(roleAssignment)
      .innerJoin(user, eq(user.id, roleAssignment.userId))
      .where(and(inArray(roleAssignment.partnershipId, ids), eq(roleAssignment.role, "nav_leder")))
      .orderBy(asc(user.name))
      .all()) {
      leaders.set(r.partnershipId!, [...(leaders.get(r.partnershipId!) ?? []), r.name]);
    }
    for (const r of db
      .select({ partnershipId: agreementPoint.partnershipId, n: count() })
      .from(agreementPoint)
      .where(and(inArray(agreementPoint.partnershipId, ids), eq(agreementPoint.status, "avklart")))
      .groupBy(agreementPoint.partnershipId)
      .all()) {
      clarified.set(r.partnershipId, r.n);
    }
    for (const r of db
      .select({ partnershipId: partnershipService.partnershipId, n: count() })
      .from(partnershipService)
      .where(and(inArray(partnershipService.partnershipId, ids), eq(partnershipService.enabled, true)))
      .groupBy(partnershipService.partnershipId)
      .all()) {
      services.set(r.partnershipId, r.n);
    }
  }

  const agreementYear = Number(isoToday().slice(0, 4));
  const leaderAgreements = agreementStatusByPartnership(db, ids, agreementYear);

  return {
    fylke: { id: target.id, slug: target.slug, name: target.name },
    agreementYear,
    partnerships: rows.map((r) => ({
      ...r,
      kommuner: (kommuner.get(r.id) ?? []).map((k) => k.name),
      navLedere: leaders.get(r.id) ?? [],
      agreementPointsClarified: clarified.get(r.id) ?? 0,
      optionalServicesEnabled: services.get(r.id) ?? 0,
      leaderAgreement: leaderAgreements.get(r.id) ?? "mangler",
    })),
  };
}

export type FylkeOverview = ReturnType<typeof getFylkeOverview>;
