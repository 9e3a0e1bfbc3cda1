import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { preparedOnce } from "~/db/prepared";
import { partnership, roleAssignment } from "~/db/schema";
import type { Role } from "~/lib/roles";
import { assignmentReaches } from "./reach";
import type { PartnershipAccess } from "./roles";

// The lookups below run on every page and every partnership-scoped call: prepared once per
// connection (db/prepared.ts), so drizzle does not build their SQL again on each request.

const partnershipBySlugQuery = (db: Executor) =>
  db
    .select({ id: partnership.id, slug: partnership.slug, fylkeId: partnership.fylkeId })
    .from(partnership)
    .where(eq(partnership.slug, sql.placeholder("slug")))
    .limit(1)
    .prepare("partnership_by_slug");

export async function findPartnershipBySlug(db: Executor, slug: string) {
  const [found] = await preparedOnce(db, partnershipBySlugQuery).execute({ slug });
  return found;
}

const reachingAssignmentsQuery = (db: Executor) =>
  db
    .select({ role: roleAssignment.role, kommuneId: roleAssignment.kommuneId })
    .from(roleAssignment)
    .where(
      and(
        eq(roleAssignment.userId, sql.placeholder("userId")),
        assignmentReaches({ id: sql.placeholder("partnershipId"), fylkeId: sql.placeholder("fylkeId") }),
      ),
    )
    .prepare("reaching_role_assignments");

/**
 * The person's role assignments that reach this partnership: held in it, or held over its fylke,
 * with the kommune a municipal role represents.
 */
export async function loadPartnershipRoleAssignments(db: Executor, userId: string, target: { id: string; fylkeId: string }) {
  return await preparedOnce(db, reachingAssignmentsQuery).execute({ userId, partnershipId: target.id, fylkeId: target.fylkeId });
}

/** The person's roles that reach this partnership: held in it, or held over its fylke. */
export async function loadPartnershipAccess(
  db: Executor,
  userId: string,
  target: { id: string; fylkeId: string },
): Promise<PartnershipAccess> {
  const rows = await loadPartnershipRoleAssignments(db, userId, target);
  return { partnershipId: target.id, roles: [...new Set(rows.map((r) => r.role))] };
}

/** Each person's roles that reach this partnership, for rules about other people (who approves minutes). */
export async function loadRolesOfPeople(db: Executor, userIds: readonly string[], target: { id: string; fylkeId: string }) {
  const byUser = new Map<string, Role[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({ userId: roleAssignment.userId, role: roleAssignment.role })
    .from(roleAssignment)
    .where(and(inArray(roleAssignment.userId, [...userIds]), assignmentReaches(target)));
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.role]);
  return byUser;
}

export async function loadFylkeRoles(db: Executor, userId: string, fylkeId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: roleAssignment.role })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.userId, userId), eq(roleAssignment.fylkeId, fylkeId)));
  return rows.map((r) => r.role);
}

const globalRoleQuery = (db: Executor) =>
  db
    .select({ id: roleAssignment.id })
    .from(roleAssignment)
    .where(
      and(
        eq(roleAssignment.userId, sql.placeholder("userId")),
        eq(roleAssignment.role, sql.placeholder("role")),
        isNull(roleAssignment.partnershipId),
        isNull(roleAssignment.fylkeId),
      ),
    )
    .limit(1)
    .prepare("global_role");

export async function hasGlobalRole(db: Executor, userId: string, role: "admin" | "fasilitator") {
  const rows = await preparedOnce(db, globalRoleQuery).execute({ userId, role });
  return rows.length > 0;
}
