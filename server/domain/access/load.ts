import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { partnership, roleAssignment } from "~/db/schema";
import type { Role } from "~/lib/roles";
import { assignmentReaches } from "./reach";
import type { PartnershipAccess } from "./roles";

export function findPartnershipBySlug(db: Executor, slug: string) {
  return db
    .select({ id: partnership.id, slug: partnership.slug, fylkeId: partnership.fylkeId })
    .from(partnership)
    .where(eq(partnership.slug, slug))
    .get();
}

/**
 * The person's role assignments that reach this partnership: held in it, or held over its fylke,
 * with the kommune a municipal role represents.
 */
export function loadPartnershipRoleAssignments(db: Executor, userId: string, target: { id: string; fylkeId: string }) {
  return db
    .select({ role: roleAssignment.role, kommuneId: roleAssignment.kommuneId })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.userId, userId), assignmentReaches(target)))
    .all();
}

/** The person's roles that reach this partnership: held in it, or held over its fylke. */
export function loadPartnershipAccess(
  db: Executor,
  userId: string,
  target: { id: string; fylkeId: string },
): PartnershipAccess {
  const rows = loadPartnershipRoleAssignments(db, userId, target);
  return { partnershipId: target.id, roles: [...new Set(rows.map((r) => r.role))] };
}

/** Each person's roles that reach this partnership, for rules about other people (who approves minutes). */
export function loadRolesOfPeople(db: Executor, userIds: readonly string[], target: { id: string; fylkeId: string }) {
  const byUser = new Map<string, Role[]>();
  if (userIds.length === 0) return byUser;
  const rows = db
    .select({ userId: roleAssignment.userId, role: roleAssignment.role })
    .from(roleAssignment)
    .where(and(inArray(roleAssignment.userId, [...userIds]), assignmentReaches(target)))
    .all();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.role]);
  return byUser;
}

export function loadFylkeRoles(db: Executor, userId: string, fylkeId: string): Role[] {
  return db
    .select({ role: roleAssignment.role })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.userId, userId), eq(roleAssignment.fylkeId, fylkeId)))
    .all()
    .map((r) => r.role);
}

export function hasGlobalRole(db: Executor, userId: string, role: "admin" | "fasilitator") {
  const row = db
    .select({ id: roleAssignment.id })
    .from(roleAssignment)
    .where(
      and(
        eq(roleAssignment.userId, userId),
        eq(roleAssignment.role, role),
        isNull(roleAssignment.partnershipId),
        isNull(roleAssignment.fylkeId),
      ),
    )
    .get();
  return row !== undefined;
}
