/**
 * Value lists stored in text columns. Plain constants with no database imports,
 * so rules and UI code can use them without pulling in the schema.
 */
export const leaderModels = ["en_leder", "to_ledere"] as const;

/** The five subjects NAV-loven § 14 requires the local partnership agreement to cover. */
export const agreementPointKeys = [
  "lokalisering",
  "organisering",
  "kommunale_tjenester",
  "brukerrepresentanter",
  "ovrige_tjenester",
] as const;

export const agreementPointStatuses = ["ikke_avklart", "under_arbeid", "avklart"] as const;

/**
 * Optional municipal services an office may hold beyond the minimumsløsning.
 * The minimumsløsning itself is fixed by law and never stored.
 */
export const optionalServiceKeys = [
  "rus",
  "bolig",
  "gjeldsradgivning",
  "flyktning",
  "stottekontakt",
  "psykisk_helse",
  "barnevern",
  "annet",
] as const;

export const partnershipRoles = ["nav_leder", "avdelingsleder", "kommunal_eier", "kommunal_delegat"] as const;
export const fylkeRoles = ["fylkesdirektor", "fylkesstab"] as const;
export const globalRoles = ["fasilitator", "admin"] as const;
export const roles = [...partnershipRoles, ...fylkeRoles, ...globalRoles] as const;

/** How a participant (or the group) judges one development area or condition. */
export const areaScores = ["sterk", "kan_styrkes", "ikke_vurdert"] as const;
export const assessmentStatuses = ["open", "closed"] as const;
/** The three sides of a partnership whose views the assessment compares. */
export const sides = ["stat", "kommune", "kontor"] as const;
export const actionStatuses = ["ikke_startet", "pagar", "fullfort", "utsatt"] as const;

/** A leader agreement version: drafted, then signed by every party and frozen. */
export const leaderAgreementStatuses = ["utkast", "signert"] as const;
/** Which party a signatory represents. */
export const agreementParties = ["kommune", "stat", "kontor"] as const;
