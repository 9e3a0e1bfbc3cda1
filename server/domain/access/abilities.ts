/**
 * What a person's role lets them do, in words, from the same matrix the server enforces
 * (permissions.ts). Pages show these sentences so that what they say matches what is accepted.
 * Pure and browser-safe: it imports only types.
 */
import type { PartnershipPermission, PermissionSet } from "./permissions";

export type AbilityArea = "partnerskap" | "virksomhetsplan" | "arshjul" | "moter" | "lederavtale" | "mulighetsrom" | "nettverk";

type Ability = { when: (p: PermissionSet) => boolean; text: string };

const abilities: Record<AbilityArea, Ability[]> = {
  partnerskap: [{ when: (p) => p["partnership:edit"], text: "endre opplysningene om partnerskapet, avtalen og tjenestene" }],
  virksomhetsplan: [
    { when: (p) => p["businessPlan:manage"], text: "opprette og endre hele virksomhetsplanen, sende den til godkjenning og publisere den" },
    {
      when: (p) => p["businessPlan:contribute"] && !p["businessPlan:manage"],
      text: "legge til og endre aktiviteter og indikatorer i et utkast, og registrere status og målinger",
    },
    { when: (p) => p["businessPlan:approve"], text: "godkjenne planen eller sende den tilbake" },
    { when: (p) => p["businessPlan:comment"], text: "kommentere planen mens den er til godkjenning" },
  ],
  arshjul: [{ when: (p) => p["annualCycle:edit"], text: "legge til, endre og fjerne hendelser i årshjulet" }],
  moter: [
    { when: (p) => p["meeting:manage"], text: "planlegge partnerskapsmøter, sende innkalling og skrive referat" },
    { when: (p) => p["minutes:approve"], text: "godkjenne referatet fra møter du var til stede på" },
  ],
  lederavtale: [
    { when: (p) => p["leaderAgreement:edit"], text: "utarbeide og endre lederavtalen før den signeres" },
    { when: (p) => p["leaderAgreement:sign"], text: "signere lederavtalen når du er part i den" },
  ],
  mulighetsrom: [
    { when: (p) => p["assessment:manage"], text: "starte vurderinger, sette status og prioriteringer og skrive utviklingsplaner" },
    { when: (p) => p["assessment:answer"], text: "svare på vurderinger du er invitert til" },
  ],
  nettverk: [{ when: (p) => p["network:membership"], text: "svare på invitasjoner til nettverk og velge hva partnerskapet deler" }],
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
export function abilitiesIn(permissions: PermissionSet, areas: readonly AbilityArea[] = allAreas): string[] {
  return areas.flatMap((area) => abilities[area].filter((a) => a.when(permissions)).map((a) => a.text));
}

const joined = (parts: readonly string[]) =>
  parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}`;

/** One sentence for a page: «Du kan … Resten kan du lese.», or that the person reads only. */
export function abilitySentence(permissions: PermissionSet, area: AbilityArea): string {
  const parts = abilitiesIn(permissions, [area]);
  if (parts.length === 0) return "Med din rolle kan du lese her, men ikke endre.";
  return `Med din rolle kan du ${joined(parts)}.${permissions[mainPermission[area]] ? "" : " Resten kan du lese."}`;
}
