import type { Role } from "~/lib/roles";

/** How one person relates to one partnership: direct roles plus roles over its fylke. */
export interface PartnershipAccess {
  partnershipId: string;
  roles: Role[];
}

export const canViewPartnership = (access: PartnershipAccess) => access.roles.length > 0;
