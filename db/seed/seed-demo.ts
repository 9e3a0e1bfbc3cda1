import { and, eq, inArray } from "drizzle-orm";
import { inTransaction, type Database, type Executor } from "~/db/connection";
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
export async function seedDemo(db: Database, passwordHash: string) {
  return inTransaction(db, async (tx) => {
    const leaveNoNotifications = await notificationsAddedFrom(tx);
    const [found] = await tx.select().from(fylke).where(eq(fylke.slug, "agder")).limit(1);
    const agder = found ?? (await tx.insert(fylke).values({ slug: "agder", name: "Agder" }).returning())[0]!;

    const kommuneIds = new Map<string, string>();
    for (const k of agderKommuner) {
      const [existing] = await tx.select().from(kommune).where(eq(kommune.number, k.number)).limit(1);
      const row = existing ?? (await tx.insert(kommune).values({ ...k, fylkeId: agder.id }).returning())[0]!;
      kommuneIds.set(k.number, row.id);
    }

    const ensurePerson = async (p: DemoPerson) => (await findUserByEmail(tx, p.email)) ?? (await createPasswordAccount(tx, { ...p, passwordHash }));

    const ensureRole = async (p: DemoPerson, role: Role, scope: { partnershipId?: string; fylkeId?: string; kommuneId?: string }) => {
      const person = await ensurePerson(p);
      const existing = (
        await tx
          .select({ id: roleAssignment.id, partnershipId: roleAssignment.partnershipId, fylkeId: roleAssignment.fylkeId })
          .from(roleAssignment)
          .where(and(eq(roleAssignment.userId, person.id), eq(roleAssignment.role, role)))
      ).some((r) => r.partnershipId === (scope.partnershipId ?? null) && r.fylkeId === (scope.fylkeId ?? null));
      if (!existing) {
        await tx.insert(roleAssignment).values({ userId: person.id, role, title: p.title ?? null, ...scope });
      }
    };

    for (const demo of agderPartnerships) {
      const id = await ensurePartnership(tx, demo, agder.id, kommuneIds);
      await ensureRole(demo.navLeder, "nav_leder", { partnershipId: id });
      for (const r of demo.radmenn) {
        await ensureRole(r, "kommunal_eier", { partnershipId: id, kommuneId: kommuneIds.get(r.kommune)! });
      }
      if (demo.delegat) await ensureRole(demo.delegat, "kommunal_delegat", { partnershipId: id });
      if (demo.avdelingsleder) await ensureRole(demo.avdelingsleder, "avdelingsleder", { partnershipId: id });
    }

    await ensureRole(agderFylkesdirektor, "fylkesdirektor", { fylkeId: agder.id });
    await ensureRole(agderFylkesstab, "fylkesstab", { fylkeId: agder.id });
    await ensureRole(demoFacilitator, "fasilitator", {});
    await ensureRole(demoAdmin, "admin", {});

    // Only into partnerships without any assessment, so a re-run (or one made in the demo) is left alone.
    await seedMulighetsromDemo(tx);
    // Likewise only into partnerships without any lederavtale.
    await seedLederavtaleDemo(tx);
    // Likewise only into partnerships without any virksomhetsplan; after the mulighetsrom
    // data, since one of Arendal's activities links to an action in its development plan.
    await seedVirksomhetsplanDemo(tx);
    // Grimstad's partnership meetings of 2026 (held, with minutes and follow-ups) and spring 2027.
    await seedMoterDemo(tx);
    // The Agder fylke template and Grimstad's wheels; after the plans, which one event links to.
    await seedArshjulDemo(tx);
    // The Agder pilot network of 2018–19 and a current one; last, since its audit rows are the oldest.
    await seedNettverkDemo(tx);
    await leaveNoNotifications();
  });
}

async function ensurePartnership(tx: Database, demo: DemoPartnership, fylkeId: string, kommuneIds: Map<string, string>): Promise<string> {
  const [existing] = await tx.select({ id: partnership.id }).from(partnership).where(eq(partnership.slug, demo.slug)).limit(1);
  if (existing) return existing.id;

  const created = await createPartnership(tx, null, {
    slug: demo.slug,
    officeName: demo.officeName,
    fylkeId,
    kommuneIds: demo.kommuner.map((n) => kommuneIds.get(n)!),
    leaderModel: demo.leaderModel,
  });
  await tx
    .update(partnership)
    .set({
      statePositions: demo.statePositions,
      municipalPositions: demo.municipalPositions,
      agreementDate: demo.agreementDate,
      agreementNextRevision: demo.agreementNextRevision,
    })
    .where(eq(partnership.id, created.id));
  for (const [point, value] of Object.entries(demo.agreement)) {
    await tx
      .update(agreementPoint)
      .set(value)
      .where(and(eq(agreementPoint.partnershipId, created.id), eq(agreementPoint.point, point as never)));
  }
  for (const serviceKey of demo.services) {
    await tx
      .update(partnershipService)
      .set({ enabled: true })
      .where(and(eq(partnershipService.partnershipId, created.id), eq(partnershipService.serviceKey, serviceKey)));
  }
  for (const name of demo.customServices ?? []) {
    await tx.insert(partnershipService).values({ partnershipId: created.id, serviceKey: "annet", customName: name, enabled: true });
  }
  return created.id;
}

/**
 * The demo is built through the domain functions, which notify and queue mail as they would for
 * people (meeting invitations, plans sent for approval, …) — dated today for things long past.
 * The demo starts with an empty bell and outbox instead: what this run added is removed.
 */
async function notificationsAddedFrom(tx: Executor) {
  const idsOf = async (table: typeof notification | typeof mailOutbox) => new Set((await tx.select({ id: table.id }).from(table)).map((r) => r.id));
  const notificationsBefore = await idsOf(notification);
  const mailsBefore = await idsOf(mailOutbox);
  return async () => {
    const added = async (table: typeof notification | typeof mailOutbox, before: Set<string>) =>
      [...(await idsOf(table))].filter((id) => !before.has(id));
    const newNotifications = await added(notification, notificationsBefore);
    for (let i = 0; i < newNotifications.length; i += 500) {
      await tx.delete(notification).where(inArray(notification.id, newNotifications.slice(i, i + 500)));
    }
    const newMails = await added(mailOutbox, mailsBefore);
    for (let i = 0; i < newMails.length; i += 500) {
      await tx.delete(mailOutbox).where(inArray(mailOutbox.id, newMails.slice(i, i + 500)));
    }
  };
}
