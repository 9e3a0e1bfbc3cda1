import { relations, sql } from "drizzle-orm";
import { check, index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./columns";
import { user } from "./auth";
import { fylke, kommune } from "./organisation";
import { fylkeRoles, globalRoles, partnershipRoles, roles } from "../enums";
import { partnership } from "./partnership";

export { fylkeRoles, globalRoles, partnershipRoles, roles };


/**
 * A person's role, scoped to exactly one partnership, one fylke, or nothing (global roles).
 * Authorisation is always derived from these rows.
 */
export const roleAssignment = sqliteTable(
  "role_assignment",
  {
    id: id(),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text({ enum: roles }).notNull(),
    partnershipId: text().references(() => partnership.id, { onDelete: "cascade" }),
    fylkeId: text().references(() => fylke.id, { onDelete: "cascade" }),
    /** For municipal roles in a vertskommune office: which kommune the person represents. */
    kommuneId: text().references(() => kommune.id),
    /** The person's own title, e.g. "Kommunedirektør" or "Kommunalsjef helse og velferd". */
    title: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index("role_assignment_user_idx").on(t.userId),
    index("role_assignment_partnership_idx").on(t.partnershipId),
    index("role_assignment_fylke_idx").on(t.fylkeId),
    check(
      "role_assignment_scope",
      sql`(${t.role} IN ('nav_leder','avdelingsleder','kommunal_eier','kommunal_delegat') AND ${t.partnershipId} IS NOT NULL AND ${t.fylkeId} IS NULL)
        OR (${t.role} IN ('fylkesdirektor','fylkesstab') AND ${t.fylkeId} IS NOT NULL AND ${t.partnershipId} IS NULL)
        OR (${t.role} IN ('fasilitator','admin') AND ${t.partnershipId} IS NULL AND ${t.fylkeId} IS NULL)`,
    ),
  ],
);

export const roleAssignmentRelations = relations(roleAssignment, ({ one }) => ({
  user: one(user, { fields: [roleAssignment.userId], references: [user.id] }),
  partnership: one(partnership, {
    fields: [roleAssignment.partnershipId],
    references: [partnership.id],
  }),
  fylke: one(fylke, { fields: [roleAssignment.fylkeId], references: [fylke.id] }),
  kommune: one(kommune, { fields: [roleAssignment.kommuneId], references: [kommune.id] }),
}));
