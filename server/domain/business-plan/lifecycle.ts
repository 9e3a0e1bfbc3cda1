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
import { text, type Text } from "~/lib/i18n/text";

export type PlanStatus = (typeof businessPlanStatuses)[number];

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

/**
 * The refusal for an action that is not allowed, naming the reason a user can act on: a catalogue
 * message (plan.errors.*), or the role matrix's sentence.
 */
export function refusalFor(action: PlanAction, p: ActorPosition): Text | string {
  if (!p.isLatest) return text("plan.errors.olderVersion");
  switch (action) {
    case "contribute":
      if (!p.isContributor) return refusals["businessPlan:contribute"];
      if (p.status === "til_godkjenning") return text("plan.errors.onReviewWithdrawToChange");
      return text("plan.errors.approvedNewVersionToChange");
    case "edit":
      if (!p.isEditor) return text("plan.errors.onlyEditorsChange");
      if (p.status === "til_godkjenning") return text("plan.errors.onReviewWithdrawToChange");
      return text("plan.errors.approvedNewVersionToChange");
    case "send":
      return p.isEditor ? text(`plan.errors.cannotSend.${p.status}`) : text("plan.errors.onlyEditorsSend");
    case "withdraw":
      return p.isEditor ? text("plan.errors.onlyOnReviewWithdraw") : text("plan.errors.onlyEditorsWithdraw");
    case "approve":
    case "return":
      if (p.status !== "til_godkjenning") return text("plan.errors.notOnReview");
      return p.isOwner ? text("plan.errors.alreadyApproved") : text("plan.errors.onlyOwnersApprove");
    case "publish":
      if (p.status === "publisert") return text("plan.errors.alreadyPublished");
      if (p.status === "godkjent") return text("plan.errors.onlyEditorsPublish");
      return text("plan.errors.approveBeforePublish");
    case "new_version":
      if (!p.isEditor && (p.status === "godkjent" || p.status === "publisert")) {
        return text("plan.errors.onlyEditorsNewVersion");
      }
      return text("plan.errors.newVersionFromApproved");
    case "comment":
      return p.isEditor || p.isOwner ? text("plan.errors.commentsOnReview") : refusals["businessPlan:comment"];
    case "follow_up":
      return refusals["businessPlan:contribute"];
  }
}
