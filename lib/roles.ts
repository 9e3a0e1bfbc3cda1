/**
 * The roles and which side of the partnership each speaks for: shared by pages and server. Their
 * names live in the catalogues (namespace "partnership": `role.<role>`, `side.<side>`).
 */
import { type fylkeRoles, type partnershipRoles, roles } from "~/db/schema/enums";
import nbPartnership from "~/messages/nb/partnership.json";

export type Role = (typeof roles)[number];
export type PartnershipRole = (typeof partnershipRoles)[number];
export type FylkeRole = (typeof fylkeRoles)[number];
export type Side = "stat" | "kommune" | "kontor";
export type RoleScope = "partnership" | "fylke" | "global";

interface RoleInfo {
  /**
   * @deprecated The bokmål name, for code not yet moved to the catalogues: use `t(\`role.${role}\`)`
   * (namespace "partnership") in components, `roleLabel(role, locale)` from ~/lib/role-label elsewhere.
   */
  label: string;
  side: Side | null;
  scope: RoleScope;
}

const facts: Record<Role, Omit<RoleInfo, "label">> = {
  nav_leder: { side: "kontor", scope: "partnership" },
  avdelingsleder: { side: "kontor", scope: "partnership" },
  kommunal_eier: { side: "kommune", scope: "partnership" },
  kommunal_delegat: { side: "kommune", scope: "partnership" },
  fylkesdirektor: { side: "stat", scope: "fylke" },
  fylkesstab: { side: "stat", scope: "fylke" },
  fasilitator: { side: null, scope: "global" },
  admin: { side: null, scope: "global" },
};

export const roleInfo = Object.fromEntries(
  roles.map((role) => [role, { ...facts[role], label: nbPartnership.role[role] }]),
) as Record<Role, RoleInfo>;

/** @deprecated The bokmål names: use `t(\`side.${side}\`)` (namespace "partnership"). */
export const sideLabels: Record<Side, string> = nbPartnership.side;

/** Sort order for showing a person's roles: owners first, then the office. */
const ROLE_ORDER: readonly Role[] = roles;
export const byRoleOrder = (a: Role, b: Role) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b);
