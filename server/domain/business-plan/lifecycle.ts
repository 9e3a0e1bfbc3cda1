/**
 * Who may move a plan version where. Pure rules; plans.ts and review.ts apply them.
 *
 * utkast → (send) → til_godkjenning → (every owner seat approves) → godkjent → (publish) → publisert
 * til_godkjenning → (an owner returns it, or the office withdraws it) → utkast
 * godkjent/publisert → (new version) → a new utkast with the next number; the old one is kept.
 */
import { refusals } from "~/server/domain/access/permissions";
import type { Seat } from "~/server/domain/access/seats";
import type { businessPlanStatuses } from "~/db/schema/enums";

export type PlanStatus = (typeof businessPlanStatuses)[number];

export const planStatusLabels: Record<PlanStatus, string> = {
  utkast: "Utkast",
  til_godkjenning: "Til godkjenning",
  godkjent: "Godkjent",
  publisert: "Publisert",
};

export type PlanAction = "edit" | "contribute" | "send" | "withdraw" | "approve" | "return" | "publish" | "new_version" | "comment" | "follow_up";

export interface ActorPosition {
  status: PlanStatus;
  /** Only the newest version of a year can change; older ones are history. */
  isLatest: boolean;
  /** May run the plan: the role matrix's businessPlan:manage. */
  isEditor: boolean;
  /** May add and change a draft's activities and indicators and record follow-up (also the avdelingsleder). */
  isContributor: boolean;
  /** The seats this person could fill that still wait for a decision in this round. */
  openSeats: readonly Seat[];
  isOwner: boolean;
}

/** What this person may do to this version now. */
export function allowedActions(p: ActorPosition): Set<PlanAction> {
  const allowed = new Set<PlanAction>();
  if (!p.isLatest) return allowed;
  if (p.isContributor) allowed.add("follow_up");
  switch (p.status) {
    case "utkast":
      if (p.isContributor) allowed.add("contribute");
      if (p.isEditor) allowed.add("edit").add("send");
      break;
    case "til_godkjenning":
      if (p.isEditor) allowed.add("withdraw").add("comment");
      if (p.isOwner) allowed.add("comment");
      if (p.openSeats.length > 0) allowed.add("approve").add("return");
      break;
    case "godkjent":
      if (p.isEditor) allowed.add("publish").add("new_version");
      break;
    case "publisert":
      if (p.isEditor) allowed.add("new_version");
      break;
  }
  return allowed;
}

/** Norwegian refusal for an action that is not allowed, naming the reason a user can act on. */
export function refusalFor(action: PlanAction, p: ActorPosition): string {
  if (!p.isLatest) return "Dette er en eldre versjon av planen. Bare den nyeste versjonen kan endres.";
  const status = planStatusLabels[p.status].toLowerCase();
  switch (action) {
    case "contribute":
      if (!p.isContributor) return refusals["businessPlan:contribute"];
      if (p.status === "til_godkjenning") return "Planen er sendt til godkjenning. Trekk den tilbake for å endre den.";
      return "Planen er godkjent. Start en ny versjon for å endre den.";
    case "edit":
      if (!p.isEditor) return "Bare Nav-lederen og eierne kan endre planen.";
      if (p.status === "til_godkjenning") return "Planen er sendt til godkjenning. Trekk den tilbake for å endre den.";
      return "Planen er godkjent. Start en ny versjon for å endre den.";
    case "send":
      return p.isEditor ? `Planen er ${status} og kan ikke sendes til godkjenning nå.` : "Bare Nav-lederen og eierne kan sende planen til godkjenning.";
    case "withdraw":
      return p.isEditor ? "Bare en plan som er til godkjenning kan trekkes tilbake." : "Bare Nav-lederen og eierne kan trekke planen tilbake.";
    case "approve":
    case "return":
      if (p.status !== "til_godkjenning") return "Planen er ikke til godkjenning.";
      return p.isOwner ? "Du har allerede godkjent denne versjonen." : "Bare eierne – kommunen og Nav fylke – kan godkjenne planen.";
    case "publish":
      if (p.status === "publisert") return "Planen er allerede publisert.";
      if (p.status === "godkjent") return "Bare Nav-lederen og eierne kan publisere planen.";
      return "Planen må være godkjent av alle eierne før den kan publiseres.";
    case "new_version":
      if (!p.isEditor && (p.status === "godkjent" || p.status === "publisert")) {
        return "Bare Nav-lederen og eierne kan starte en ny versjon av planen.";
      }
      return "En ny versjon kan bare startes fra en godkjent eller publisert plan.";
    case "comment":
      return p.isEditor || p.isOwner ? "Kommentarer kan skrives mens planen er til godkjenning." : refusals["businessPlan:comment"];
    case "follow_up":
      return refusals["businessPlan:contribute"];
  }
}
