/** The roles, their labels and which side of the partnership each speaks for: shared by pages and server. */
import { type fylkeRoles, type partnershipRoles, roles } from "~/db/schema/enums";

export type Role = (typeof roles)[number];
export type PartnershipRole = (typeof partnershipRoles)[number];
export type FylkeRole = (typeof fylkeRoles)[number];
export type Side = "stat" | "kommune" | "kontor";
export type RoleScope = "partnership" | "fylke" | "global";

interface RoleInfo {
  label: string;
  side: Side | null;
  scope: RoleScope;
}

export const roleInfo: Record<Role, RoleInfo> = {
  nav_leder: { label: "Nav-leder", side: "kontor", scope: "partnership" },
  avdelingsleder: { label: "Avdelingsleder / rådgiver", side: "kontor", scope: "partnership" },
  kommunal_eier: { label: "Rådmann / kommunedirektør", side: "kommune", scope: "partnership" },
  kommunal_delegat: { label: "Kommunal delegat", side: "kommune", scope: "partnership" },
  fylkesdirektor: { label: "Fylkesdirektør", side: "stat", scope: "fylke" },
  fylkesstab: { label: "Fylkesstab", side: "stat", scope: "fylke" },
  fasilitator: { label: "Prosessveileder / fasilitator", side: null, scope: "global" },
  admin: { label: "Administrator", side: null, scope: "global" },
};

export const sideLabels: Record<Side, string> = {
  stat: "Stat",
  kommune: "Kommune",
  kontor: "Kontor",
};

/** Sort order for showing a person's roles: owners first, then the office. */
const ROLE_ORDER: readonly Role[] = roles;
export const byRoleOrder = (a: Role, b: Role) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b);
