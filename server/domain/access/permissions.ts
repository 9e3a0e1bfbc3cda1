/**
 * The role matrix: what each role may do in a partnership. Every router, page and export asks
 * this module, so what a page offers is what the server accepts (ADR 0002).
 *
 * State rules (a plan on review cannot be edited, a signed agreement is frozen, only those present
 * approve minutes, only the named parties sign) stay with their domain; this module answers only
 * "may this role ever do this here".
 */
import { text, type Text } from "~/lib/i18n/text";
import type { Role } from "~/lib/roles";
import type { PartnershipAccess } from "./roles";

export const partnershipPermissions = [
  /** Partnership details, the § 14 agreement checklist, the service portfolio. */
  "partnership:edit",
  /** Create a plan, its foundations, satsingsområder and goals; send, withdraw, version, publish, choose what is public. */
  "businessPlan:manage",
  /** A draft's activities and indicators, measurements, activity status, spreadsheet import. */
  "businessPlan:contribute",
  /** Approve or return a plan for an owner seat. */
  "businessPlan:approve",
  /** Comment on a plan on review, answer and resolve comments. */
  "businessPlan:comment",
  /** Start a year's årshjul, add, change, move and remove its events. */
  "annualCycle:edit",
  /** Plan meetings, agendas, invitations, minutes, decisions, follow-ups, corrections. */
  "meeting:manage",
  /** Approve the minutes of a meeting one attended. */
  "minutes:approve",
  /** Draft the lederavtale, change its text, start an amendment. */
  "leaderAgreement:edit",
  /** Sign the lederavtale as one of its three parties. */
  "leaderAgreement:sign",
  /** Start and close assessments, choose participants, agree statuses and priorities, development plans. */
  "assessment:manage",
  /** Answer an assessment one takes part in. */
  "assessment:answer",
  /** See who gave which answer, where the participant agreed to be named. */
  "assessment:seeNames",
  /** Answer network invitations, choose what the partnership shares with a network, leave it, take over a samling's results. */
  "network:membership",
] as const;

export type PartnershipPermission = (typeof partnershipPermissions)[number];

const NAV_LEDER: readonly PartnershipPermission[] = [
  "partnership:edit",
  "businessPlan:manage",
  "businessPlan:contribute",
  "businessPlan:comment",
  "annualCycle:edit",
  "meeting:manage",
  "leaderAgreement:edit",
  "leaderAgreement:sign",
  "assessment:manage",
  "assessment:answer",
  "assessment:seeNames",
  "network:membership",
];

const OWNER: readonly PartnershipPermission[] = [...NAV_LEDER, "businessPlan:approve", "minutes:approve"];

/** A stand-in acts for the owner, but neither signs nor reads named answers. */
const DELEGATE: readonly PartnershipPermission[] = OWNER.filter((p) => p !== "leaderAgreement:sign" && p !== "assessment:seeNames");

const CONTRIBUTOR: readonly PartnershipPermission[] = ["businessPlan:contribute", "assessment:answer"];

export const roleMatrix: Record<Role, readonly PartnershipPermission[]> = {
  nav_leder: NAV_LEDER,
  kommunal_eier: OWNER,
  fylkesdirektor: OWNER,
  kommunal_delegat: DELEGATE,
  fylkesstab: DELEGATE,
  avdelingsleder: CONTRIBUTOR,
  // Network and administration roles reach no partnership through this matrix.
  fasilitator: [],
  admin: [],
};

type RolesLike = PartnershipAccess | readonly Role[];
const rolesOf = (access: RolesLike): readonly Role[] => ("roles" in access ? access.roles : access);

export function can(access: RolesLike, permission: PartnershipPermission): boolean {
  return rolesOf(access).some((role) => roleMatrix[role].includes(permission));
}

/** Everything the person may do here, for pages to hide what the server would refuse. */
export function permissionsOf(access: RolesLike): PartnershipPermission[] {
  return partnershipPermissions.filter((permission) => can(access, permission));
}

export type PermissionSet = Record<PartnershipPermission, boolean>;

export function permissionSet(access: RolesLike): PermissionSet {
  return Object.fromEntries(partnershipPermissions.map((p) => [p, can(access, p)])) as PermissionSet;
}

/** The refusal a person reads when their role may not do this. */
export const refusals: Record<PartnershipPermission, Text> = {
  "partnership:edit": text("partnership.refusal.partnership_edit"),
  "businessPlan:manage": text("partnership.refusal.businessPlan_manage"),
  "businessPlan:contribute": text("partnership.refusal.businessPlan_contribute"),
  "businessPlan:approve": text("partnership.refusal.businessPlan_approve"),
  "businessPlan:comment": text("partnership.refusal.businessPlan_comment"),
  "annualCycle:edit": text("partnership.refusal.annualCycle_edit"),
  "meeting:manage": text("partnership.refusal.meeting_manage"),
  "minutes:approve": text("partnership.refusal.minutes_approve"),
  "leaderAgreement:edit": text("partnership.refusal.leaderAgreement_edit"),
  "leaderAgreement:sign": text("partnership.refusal.leaderAgreement_sign"),
  "assessment:manage": text("partnership.refusal.assessment_manage"),
  "assessment:answer": text("partnership.refusal.assessment_answer"),
  "assessment:seeNames": text("partnership.refusal.assessment_seeNames"),
  "network:membership": text("partnership.refusal.network_membership"),
};

// --- In a fylke ---------------------------------------------------------------------------

/** What a fylke role may do on the fylke's own pages, outside any one partnership. */
export const fylkePermissions = [
  /** The årshjul template the fylke's partnerships start from. */
  "annualCycleTemplate:edit",
] as const;

export type FylkePermission = (typeof fylkePermissions)[number];

const fylkeMatrix: Partial<Record<Role, readonly FylkePermission[]>> = {
  fylkesdirektor: ["annualCycleTemplate:edit"],
  fylkesstab: ["annualCycleTemplate:edit"],
};

/** `fylkeRoles` are the person's roles in this fylke (ctx.fylkeRoles). */
export function canInFylke(fylkeRoles: readonly Role[], permission: FylkePermission): boolean {
  return fylkeRoles.some((role) => fylkeMatrix[role]?.includes(permission) ?? false);
}

export const fylkeRefusals: Record<FylkePermission, Text> = {
  "annualCycleTemplate:edit": text("partnership.refusal.annualCycleTemplate_edit"),
};
