import { and, eq, gt, max, sql } from "drizzle-orm";
import type { Database, Executor } from "~/db/connection";
import { agreementPoint, fylke, kommune, mailOutbox, notification, partnership, partnershipService, roleAssignment } from "~/db/schema";
import type { Role } from "~/lib/roles";
import { createPasswordAccount, findUserByEmail } from "~/server/domain/admin/accounts";
import { createPartnership } from "~/server/domain/partnership/create";
import {
  agderFylkesdirektor,
  agderFylkesstab,
  agderKommuner,
  agderPartnerships,
  demoAdmin,
  demoFacilitator,
  type DemoPartnership,
  type DemoPerson,
} from "./agder";
import { seedLederavtaleDemo } from "./lederavtale-demo";
import { seedMulighetsromDemo } from "./mulighetsrom-demo";
import { seedVirksomhetsplanDemo } from "./virksomhetsplan-demo";
import { seedArshjulDemo } from "./arshjul-demo";
import { seedMoterDemo } from "./moter-demo";
import { seedNettverkDemo } from "./nettverk-demo";

/**
 * Loads the Agder demo. Idempotent: whatever already exists (matched on slug,
 * kommunenummer or email) is left as it is, so a re-run never duplicates or
 * overwrites what people changed in the demo. Mulighetsrom assessments,
 * lederavtaler and virksomhetsplaner are added only to partnerships that have none.
 */
export function seedDemo(db: Database, passwordHash: string) {
  return db.transaction((tx) => {
    const leaveNoNotifications = notificationsAddedFrom(tx);
    const agder =
      tx.select().from(fylke).where(eq(fylke.slug, "agder")).get() ??
      tx.insert(fylke).values({ slug: "agder", name: "Agder" }).returning().get();

    const kommuneIds = new Map<string, string>();
    for (const k of agderKommuner) {
      const row =
        tx.select().from(kommune).where(eq(kommune.number, k.number)).get() ??
        tx.insert(kommune).values({ ...k, fylkeId: agder.id }).returning().get();
      kommuneIds.set(k.number, row.id);
    }

    const ensurePerson = (p: DemoPerson) =>
      findUserByEmail(tx, p.email) ?? createPasswordAccount(tx, { ...p, passwordHash });

    const ensureRole = (
      p: DemoPerson,
      role: Role,
      scope: { partnershipId?: string; fylkeId?: string; kommuneId?: string },
    ) => {
      const person = ensurePerson(p);
      const existing = tx
        .select({ id: roleAssignment.id, partnershipId: roleAssignment.partnershipId, fylkeId: roleAssignment.fylkeId })
        .from(roleAssignment)
        .where(and(eq(roleAssignment.userId, person.id), eq(roleAssignment.role, role)))
        .all()
        .some((r) => r.partnershipId === (scope.partnershipId ?? null) && r.fylkeId === (scope.fylkeId ?? null));
      if (!existing) {
        tx.insert(roleAssignment).values({ userId: person.id, role, title: p.title ?? null, ...scope }).run();
      }
    };

    for (const demo of agderPartnerships) {
      const id = ensurePartnership(tx as unknown as Database, demo, agder.id, kommuneIds);
      ensureRole(demo.navLeder, "nav_leder", { partnershipId: id });
      for (const r of demo.radmenn) {
        ensureRole(r, "kommunal_eier", { partnershipId: id, kommuneId: kommuneIds.get(r.kommune)! });
      }
      if (demo.delegat) ensureRole(demo.delegat, "kommunal_delegat", { partnershipId: id });
      if (demo.avdelingsleder) ensureRole(demo.avdelingsleder, "avdelingsleder", { partnershipId: id });
    }

    ensureRole(agderFylkesdirektor, "fylkesdirektor", { fylkeId: agder.id });
    ensureRole(agderFylkesstab, "fylkesstab", { fylkeId: agder.id });
    ensureRole(demoFacilitator, "fasilitator", {});
    ensureRole(demoAdmin, "admin", {});

    // Only into partnerships without any assessment, so a re-run (or one made in the demo) is left alone.
    seedMulighetsromDemo(tx as unknown as Database);
    // Likewise only into partnerships without any lederavtale.
    seedLederavtaleDemo(tx as unknown as Database);
    // Likewise only into partnerships without any virksomhetsplan; after the mulighetsrom
    // data, since one of Arendal's activities links to an action in its development plan.
    seedVirksomhetsplanDemo(tx as unknown as Database);
    // Grimstad's partnership meetings of 2026 (held, with minutes and follow-ups) and spring 2027.
    seedMoterDemo(tx as unknown as Database);
    // The Agder fylke template and Grimstad's wheels; after the plans, which one event links to.
    seedArshjulDemo(tx as unknown as Database);
    // The Agder pilot network of 2018–19 and a current one; last, since its audit rows are the oldest.
    seedNettverkDemo(tx as unknown as Database);
    leaveNoNotifications();
  });
}

function ensurePartnership(
  tx: Database,
  demo: DemoPartnership,
  fylkeId: string,
  kommuneIds: Map<string, string>,
): string {
  const existing = tx.select({ id: partnership.id }).from(partnership).where(eq(partnership.slug, demo.slug)).get();
  if (existing) return existing.id;

  const created = createPartnership(tx, null, {
    slug: demo.slug,
    officeName: demo.officeName,
    fylkeId,
    kommuneIds: demo.kommuner.map((n) => kommuneIds.get(n)!),
    leaderModel: demo.leaderModel,
  });
  tx.update(partnership)
    .set({
      statePositions: demo.statePositions,
      municipalPositions: demo.municipalPositions,
      agreementDate: demo.agreementDate,
      agreementNextRevision: demo.agreementNextRevision,
    })
    .where(eq(partnership.id, created.id))
    .run();
  for (const [point, value] of Object.entries(demo.agreement)) {
    tx.update(agreementPoint)
      .set(value)
      .where(and(eq(agreementPoint.partnershipId, created.id), eq(agreementPoint.point, point as never)))
      .run();
  }
  for (const serviceKey of demo.services) {
    tx.update(partnershipService)
      .set({ enabled: true })
      .where(and(eq(partnershipService.partnershipId, created.id), eq(partnershipService.serviceKey, serviceKey)))
      .run();
  }
  for (const name of demo.customServices ?? []) {
    tx.insert(partnershipService)
      .values({ partnershipId: created.id, serviceKey: "annet", customName: name, enabled: true })
      .run();
  }
  return created.id;
}


/**
 * The demo is built through the domain functions, which notify and queue mail as they would for
 * people (meeting invitations, plans sent for approval, …) — dated today for things long past.
 * The demo starts with an empty bell and outbox instead: what this run added is removed.
 */
function notificationsAddedFrom(tx: Executor) {
  const rowid = sql<number>`rowid`;
  const lastNotification = tx.select({ last: max(rowid) }).from(notification).get()?.last ?? 0;
  const lastMail = tx.select({ last: max(rowid) }).from(mailOutbox).get()?.last ?? 0;
  return () => {
    tx.delete(notification).where(gt(rowid, lastNotification)).run();
    tx.delete(mailOutbox).where(gt(rowid, lastMail)).run();
  };
}
