/**
 * Whom an event concerns, asked of the role matrix and the seats (ADR 0002), never of role
 * labels: the people holding a permission in a partnership, the holders of the plan's owner
 * seats, the office that runs the plan. notify() then drops the actor and deactivated people.
 */
import { eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { partnership, partnershipKommune, roleAssignment } from "~/db/schema";
import { assignmentReaches } from "~/server/domain/access/reach";
import { can, type PartnershipPermission } from "~/server/domain/access/permissions";
import { requiredSeats, seatsOf, type OwnerRole } from "~/server/domain/access/seats";
import type { PartnershipRef } from "~/server/domain/scope";

type Target = Pick<PartnershipRef, "id" | "fylkeId">;

/** The office's name, for titles («… for Nav Grimstad»). */
export const officeNameOf = async (db: Executor, partnershipId: string): Promise<string> =>
  (await db.select({ name: partnership.officeName }).from(partnership).where(eq(partnership.id, partnershipId)).limit(1))[0]?.name ?? "";

/** Everyone who reaches the partnership, with their roles there (and the kommune a municipal role represents). */
export async function rolesByPerson(db: Executor, target: Target): Promise<Map<string, OwnerRole[]>> {
  const byUser = new Map<string, OwnerRole[]>();
  const rows = await db
    .select({ userId: roleAssignment.userId, role: roleAssignment.role, kommuneId: roleAssignment.kommuneId })
    .from(roleAssignment)
    .where(assignmentReaches(target))
    .orderBy(roleAssignment.userId, roleAssignment.id);
  for (const { userId, ...role } of rows) byUser.set(userId, [...(byUser.get(userId) ?? []), role]);
  return byUser;
}

const rolesOnly = (roles: readonly OwnerRole[]) => roles.map((r) => r.role);

/** The people whose roles in the partnership give them this permission. */
export async function holdersOf(db: Executor, target: Target, permission: PartnershipPermission): Promise<string[]> {
  return [...(await rolesByPerson(db, target))].filter(([, roles]) => can(rolesOnly(roles), permission)).map(([userId]) => userId);
}

/**
 * The office: those who run the plan (businessPlan:manage) without approving it. By the matrix
 * that is the Nav-leder; it is asked this way so a change to the matrix changes it too.
 */
export async function planOffice(db: Executor, target: Target): Promise<string[]> {
  return [...(await rolesByPerson(db, target))]
    .filter(([, roles]) => can(rolesOnly(roles), "businessPlan:manage") && !can(rolesOnly(roles), "businessPlan:approve"))
    .map(([userId]) => userId);
}

/** The people who fill one of the plan's owner seats: each kommune's and the state's (seats.ts). */
export async function ownerSeatHolders(db: Executor, target: Target): Promise<string[]> {
  const kommuner = (
    await db
      .select({ kommuneId: partnershipKommune.kommuneId, isHost: partnershipKommune.isHost })
      .from(partnershipKommune)
      .where(eq(partnershipKommune.partnershipId, target.id))
      .orderBy(partnershipKommune.kommuneId)
  ).sort((a, b) => Number(b.isHost) - Number(a.isHost));
  const required = new Set(requiredSeats(kommuner.map((k) => k.kommuneId)));
  const host = kommuner[0]?.kommuneId ?? null;
  return [...(await rolesByPerson(db, target))]
    .filter(([, roles]) => can(rolesOnly(roles), "businessPlan:approve") && seatsOf(roles, host).some((s) => required.has(s)))
    .map(([userId]) => userId);
}
