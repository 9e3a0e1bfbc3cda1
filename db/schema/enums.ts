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

/** A felles virksomhetsplan version moves utkast → til godkjenning → godkjent → publisert. */
export const businessPlanStatuses = ["utkast", "til_godkjenning", "godkjent", "publisert"] as const;
/** Where a goal or indicator comes from: the state line, the municipal line, or both together. */
export const planSources = ["stat", "kommune", "felles"] as const;
/** A steering document belongs to one of the two lines. */
export const steeringLines = ["stat", "kommune"] as const;
/** How precisely an activity's "når" is given. */
export const activityTimingKinds = ["dato", "maned", "halvar", "fortlopende"] as const;
/** A target is a number to reach, a direction, or a limit. */
export const indicatorTargetKinds = ["tall", "retning", "grense"] as const;
export const indicatorDirections = ["oke", "synke"] as const;
export const indicatorLimitOperators = ["<", "<=", ">", ">="] as const;
export const indicatorPeriodKinds = ["maned", "tertial", "ar"] as const;
export const planApprovalDecisions = ["godkjent", "returnert"] as const;
export const planCommentTargets = ["plan", "goal", "activity", "indicator"] as const;

/** The wheel's rings, inside out. */
export const cycleCategories = ["partnerskapsmote", "plan_styring", "budsjett", "avtaler", "politikk", "utvikling"] as const;
/** An årshjul event happens on a date, over a period, or some time in a month. */
export const cycleDateKinds = ["dato", "periode", "maned"] as const;
/** What an event may point to in the rest of the app. */
export const cycleLinkKinds = ["mote", "virksomhetsplan", "lederavtale", "vurdering"] as const;
export const meetingStatuses = ["planlagt", "innkalt", "holdt", "avlyst"] as const;
/** Minutes are written, sent to the participants for approval, then locked. */
export const minutesStatuses = ["utkast", "til_godkjenning", "godkjent"] as const;
export const followUpStatuses = ["apen", "pagar", "lukket"] as const;

/** A partnership's place in a network: invited, a member, declined, or left. */
export const networkMemberStatuses = ["invitert", "medlem", "avslatt", "utmeldt"] as const;
/** What kind of slot a samling's programme item is. */
export const programmeKinds = ["innlegg", "gruppearbeid", "plenum", "pause"] as const;
/** Live mode of a samling: not yet opened, open for participants (join code valid), or closed. */
export const liveStatuses = ["ikke_startet", "apen", "avsluttet"] as const;
/** The four live tasks of a samling. */
export const workshopTaskKinds = ["selvvurdering", "prioritering", "forventninger", "evaluering"] as const;
/** A task is prepared, open for answers, or closed. */
export const workshopTaskStatuses = ["klar", "apen", "lukket"] as const;
/** The role groups the pilot network split participants into (003: 3000–3260). */
export const roleGroups = ["fylke", "radmenn", "navledere", "avdelingsledere"] as const;
/** Whose role an expectation is about. */
export const expectationTargets = ["radmann", "fylkesdirektor"] as const;

/** What the app notifies people about (labels and defaults: lib/notifications/kinds.ts). */
export const notificationKinds = [
  "plan_sent_for_approval",
  "plan_returned",
  "plan_approved",
  "plan_comment",
  "plan_published",
  "agreement_awaiting_signature",
  "agreement_signed",
  "meeting_invitation",
  "minutes_awaiting_approval",
  "follow_up_assigned",
  "follow_up_due",
  "follow_up_overdue",
  "assessment_opened",
  "assessment_closing",
  "app_invitation",
  "network_invitation",
  "partnership_agreement_revision",
] as const;

/** How a person is told of a kind: at once, in the 07:00 digest, or not by e-mail. */
export const deliveries = ["immediate", "digest", "off"] as const;

/** The app's two written languages (ADR 0018): bokmål and nynorsk. */
export const locales = ["nb", "nn"] as const;

/** A kommune's official written language (målform); «nøytral» kommuner get bokmål. */
export const malformer = ["bokmal", "nynorsk", "noytral"] as const;
