/**
 * What a person's role lets them do, in words, from the same matrix the server enforces
 * (permissions.ts). Pages show these sentences so that what they say matches what is accepted.
 * The words are in the "partnership" catalogue (ability.*), in the reader's language.
 */
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import type { PartnershipPermission, PermissionSet } from "./permissions";

export type AbilityArea = "partnerskap" | "virksomhetsplan" | "arshjul" | "moter" | "lederavtale" | "mulighetsrom" | "nettverk";

type AbilityKey =
  | "editPartnership"
  | "managePlan"
  | "contributePlan"
  | "approvePlan"
  | "commentPlan"
  | "editCycle"
  | "manageMeetings"
  | "approveMinutes"
  | "editAgreement"
  | "signAgreement"
  | "manageAssessments"
  | "answerAssessments"
  | "networkMembership";

type Ability = { when: (p: PermissionSet) => boolean; key: AbilityKey };

const abilities: Record<AbilityArea, Ability[]> = {
  partnerskap: [{ when: (p) => p["partnership:edit"], key: "editPartnership" }],
  virksomhetsplan: [
    { when: (p) => p["businessPlan:manage"], key: "managePlan" },
    { when: (p) => p["businessPlan:contribute"] && !p["businessPlan:manage"], key: "contributePlan" },
    { when: (p) => p["businessPlan:approve"], key: "approvePlan" },
    { when: (p) => p["businessPlan:comment"], key: "commentPlan" },
  ],
  arshjul: [{ when: (p) => p["annualCycle:edit"], key: "editCycle" }],
  moter: [
    { when: (p) => p["meeting:manage"], key: "manageMeetings" },
    { when: (p) => p["minutes:approve"], key: "approveMinutes" },
  ],
  lederavtale: [
    { when: (p) => p["leaderAgreement:edit"], key: "editAgreement" },
    { when: (p) => p["leaderAgreement:sign"], key: "signAgreement" },
  ],
  mulighetsrom: [
    { when: (p) => p["assessment:manage"], key: "manageAssessments" },
    { when: (p) => p["assessment:answer"], key: "answerAssessments" },
  ],
  nettverk: [{ when: (p) => p["network:membership"], key: "networkMembership" }],
};

/** The permission that lets a person change the area's main content; without it they mostly read. */
const mainPermission: Record<AbilityArea, PartnershipPermission> = {
  partnerskap: "partnership:edit",
  virksomhetsplan: "businessPlan:manage",
  arshjul: "annualCycle:edit",
  moter: "meeting:manage",
  lederavtale: "leaderAgreement:edit",
  mulighetsrom: "assessment:manage",
  nettverk: "network:membership",
};

const allAreas = Object.keys(abilities) as AbilityArea[];

/** The things the person may do in these areas, as sentence parts («endre årshjulet»). */
export function abilitiesIn(permissions: PermissionSet, areas: readonly AbilityArea[] = allAreas, locale: Locale = "nb"): string[] {
  const t = translator(locale, "partnership");
  return areas.flatMap((area) => abilities[area].filter((a) => a.when(permissions)).map((a) => t(`ability.${a.key}`)));
}

/** One sentence for a page: «Du kan … Resten kan du lese.», or that the person reads only. */
export function abilitySentence(permissions: PermissionSet, area: AbilityArea, locale: Locale = "nb"): string {
  const t = translator(locale, "partnership");
  const parts = abilitiesIn(permissions, [area], locale);
  if (parts.length === 0) return t("ability.readOnly");
  const joined = parts.length === 1 ? parts[0]! : t("ability.list", { first: parts.slice(0, -1).join(", "), last: parts.at(-1)! });
  return t(permissions[mainPermission[area]] ? "ability.sentence" : "ability.sentenceReadRest", { abilities: joined });
}
