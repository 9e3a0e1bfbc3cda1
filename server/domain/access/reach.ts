/**
 * Which partnerships a person reaches, answered once (ADR 0002): a role held in the partnership,
 * or a fylke role over the partnership's fylke. Procedures, the start page, networks and the
 * calendar feed all ask here, so a person sees the same partnerships everywhere.
 */
import { and, eq, inArray, isNotNull, isNull, or, type Placeholder, type SQLWrapper } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { partnership, roleAssignment } from "~/db/schema";
import type { Role } from "~/lib/roles";

/** A partnership's id and fylke: plain values, or the partnership table's columns in a join. */
interface PartnershipKey {
  id: string | SQLWrapper;
  fylkeId: string | SQLWrapper;
}

/** The condition on a role_assignment row that it reaches this partnership. */
/** The partnership may be given as `sql.placeholder`s, for a prepared query (db/prepared.ts). */
export function assignmentReaches(target: PartnershipKey | { id: Placeholder; fylkeId: Placeholder }) {
  return or(
    eq(roleAssignment.partnershipId, target.id),
    and(isNull(roleAssignment.partnershipId), eq(roleAssignment.fylkeId, target.fylkeId)),
  )!;
}

/**
 * The ids of the partnerships a person reaches, as a subquery for `inArray(column, …)`. The person
 * may be a `sql.placeholder` in a prepared query (db/prepared.ts).
 */
export function reachablePartnershipsQuery(db: Executor, userId: string | Placeholder) {
  const heldIn = db
    .select({ id: roleAssignment.partnershipId })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.userId, userId), isNotNull(roleAssignment.partnershipId)));
  const heldOver = db
    .select({ id: roleAssignment.fylkeId })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.userId, userId), isNull(roleAssignment.partnershipId), isNotNull(roleAssignment.fylkeId)));
  return db
    .select({ id: partnership.id })
    .from(partnership)
    .where(or(inArray(partnership.id, heldIn), inArray(partnership.fylkeId, heldOver)));
}

export async function reachablePartnershipIds(db: Executor, userId: string): Promise<string[]> {
  const rows = await reachablePartnershipsQuery(db, userId);
  return rows.map((r) => r.id);
}

/** Every (partnership, role) pair through which the person reaches a partnership. */
export async function reachedRoles(db: Executor, userId: string): Promise<{ partnershipId: string; role: Role }[]> {
  return await db
    .select({ partnershipId: partnership.id, role: roleAssignment.role })
    .from(roleAssignment)
    .innerJoin(partnership, assignmentReaches({ id: partnership.id, fylkeId: partnership.fylkeId }))
    .where(eq(roleAssignment.userId, userId));
}
