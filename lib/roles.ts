/**
 * The roles and which side of the partnership each speaks for: shared by pages and server. Their
 * names live in the catalogues (namespace "partnership": `role.<role>`, `side.<side>`).
 */
import { type fylkeRoles, type partnershipRoles, roles } from "~/db/schema/enums";

export type Role = (typeof roles)[number];
export type PartnershipRole = (typeof partnershipRoles)[number];
export type FylkeRole = (typeof fylkeRoles)[number];
export type Side = "stat" | "kommune" | "kontor";
export type RoleScope = "partnership" | "fylke" | "global";

interface RoleInfo {
  side: Side | null;
  scope: RoleScope;
}

export const roleInfo: Record<Role, RoleInfo> = {
  nav_leder: { side: "kontor", scope: "partnership" },
  avdelingsleder: { side: "kontor", scope: "partnership" },
  kommunal_eier: { side: "kommune", scope: "partnership" },
  kommunal_delegat: { side: "kommune", scope: "partnership" },
  fylkesdirektor: { side: "stat", scope: "fylke" },
  fylkesstab: { side: "stat", scope: "fylke" },
  fasilitator: { side: null, scope: "global" },
  admin: { side: null, scope: "global" },
};


/** Sort order for showing a person's roles: owners first, then the office. */
const ROLE_ORDER: readonly Role[] = roles;
export const byRoleOrder = (a: Role, b: Role) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b);
