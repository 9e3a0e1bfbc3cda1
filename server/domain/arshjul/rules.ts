/** Who may change a partnership's årshjul and a fylke's template. Pure rules. */
import { canEditPartnership, type PartnershipAccess, type Role } from "../access/roles";

/**
 * The årshjul is shared by the partnership: the office (Nav-leder, avdelingsledere) and the
 * owners (kommunal eier and delegat, fylkesdirektør and fylkesstab) may all change it.
 */
export const canEditCycle = (access: PartnershipAccess) => canEditPartnership(access) || access.roles.includes("avdelingsleder");

/** The fylke's own people adjust the template its partnerships start from. */
export const canEditTemplate = (fylkeRoles: readonly Role[]) => fylkeRoles.some((r) => r === "fylkesdirektor" || r === "fylkesstab");

export const CYCLE_EDITORS_ONLY = "Bare Nav-lederen, avdelingslederne og eierne kan endre årshjulet.";
export const TEMPLATE_EDITORS_ONLY = "Bare fylkesdirektøren og fylkesstaben kan endre årshjul-malen.";
