/** Who may change a partnership's årshjul and a fylke's template. Pure rules. */
import { can, refusals } from "~/server/domain/access/permissions";
import type { PartnershipAccess, Role } from "~/server/domain/access/roles";

/** The Nav-leder and the owners (and their stand-ins) keep the årshjul; others read it. */
export const canEditCycle = (access: PartnershipAccess) => can(access, "annualCycle:edit");

/** The fylke's own people adjust the template its partnerships start from. */
export const canEditTemplate = (fylkeRoles: readonly Role[]) => fylkeRoles.some((r) => r === "fylkesdirektor" || r === "fylkesstab");

export const CYCLE_EDITORS_ONLY = refusals["annualCycle:edit"];
export const TEMPLATE_EDITORS_ONLY = "Bare fylkesdirektøren og fylkesstaben kan endre årshjul-malen.";
