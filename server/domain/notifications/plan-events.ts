/**
 * The virksomhetsplan's notifications, raised by business-plan/review.ts inside its
 * transactions: sent for approval (to every owner seat), returned or approved (to the office),
 * a comment (to the office and whoever wrote in the thread), published (to everyone in the partnership).
 */
import { and, eq, isNotNull, or } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { planComment } from "~/db/schema";
import type { Actor } from "~/server/domain/audit/record";
import type { PartnershipRef } from "~/server/domain/scope";
import { notify } from "./notify";
import { holdersOf, officeNameOf, ownerSeatHolders, planOffice } from "./recipients";

export interface PlanRef {
  target: PartnershipRef;
  year: number;
  versionId: string;
}

const planLink = (ref: PlanRef) => `/partnerskap/${ref.target.slug}/virksomhetsplan/${ref.year}`;
const planName = async (tx: Executor, ref: PlanRef, capital = true) =>
  `${capital ? "V" : "v"}irksomhetsplanen ${ref.year} for ${await officeNameOf(tx, ref.target.id)}`;

/** `round` is the review round the plan was just sent in: sent again after a return, it is asked again. */
export async function planSentForApproval(tx: Executor, actor: Actor, ref: PlanRef, round: number) {
  return notify(tx, actor, {
    kind: "plan_sent_for_approval",
    recipientUserIds: await ownerSeatHolders(tx, ref.target),
    partnershipId: ref.target.id,
    title: `${await planName(tx, ref)} venter på din godkjenning`,
    link: planLink(ref),
    dedupeKey: `plan-sent.${ref.versionId}.${round}`,
    intro: "Les planen og godkjenn den, eller send den tilbake med en kommentar om hva som må endres.",
    reason: "du fyller en av eierplassene som godkjenner virksomhetsplanen",
  });
}

export async function planReturned(tx: Executor, actor: Actor, ref: PlanRef, round: number) {
  return notify(tx, actor, {
    kind: "plan_returned",
    recipientUserIds: await planOffice(tx, ref.target),
    partnershipId: ref.target.id,
    title: `${await planName(tx, ref)} er sendt tilbake med en kommentar`,
    link: planLink(ref),
    dedupeKey: `plan-returned.${ref.versionId}.${round}`,
    intro: "En av eierne har sendt planen tilbake. Kommentaren sier hva som må endres før den kan godkjennes.",
    reason: "du har ansvaret for virksomhetsplanen",
  });
}

/** Every owner seat has approved. */
export async function planApproved(tx: Executor, actor: Actor, ref: PlanRef) {
  return notify(tx, actor, {
    kind: "plan_approved",
    recipientUserIds: await planOffice(tx, ref.target),
    partnershipId: ref.target.id,
    title: `${await planName(tx, ref)} er godkjent av alle eierne`,
    link: planLink(ref),
    dedupeKey: `plan-approved.${ref.versionId}`,
    intro: "Planen kan nå publiseres.",
    reason: "du har ansvaret for virksomhetsplanen",
  });
}

/** A new comment or reply: to the office, and to those who already wrote in the same thread. */
export async function planCommented(tx: Executor, actor: Actor, ref: PlanRef, comment: { id: string; parentId: string | null }) {
  const thread = comment.parentId
    ? (
        await tx
          .select({ authorUserId: planComment.authorUserId })
          .from(planComment)
          .where(and(or(eq(planComment.id, comment.parentId), eq(planComment.parentId, comment.parentId)), isNotNull(planComment.authorUserId)))
          .orderBy(planComment.createdAt, planComment.id)
      ).map((c) => c.authorUserId!)
    : [];
  const name = await planName(tx, ref, false);
  return notify(tx, actor, {
    kind: "plan_comment",
    recipientUserIds: [...(await planOffice(tx, ref.target)), ...thread],
    partnershipId: ref.target.id,
    title: comment.parentId ? `Nytt svar i en kommentartråd på ${name}` : `Ny kommentar på ${name}`,
    link: planLink(ref),
    dedupeKey: `plan-comment.${comment.id}`,
    reason: comment.parentId ? "du har ansvaret for virksomhetsplanen eller har skrevet i tråden" : "du har ansvaret for virksomhetsplanen",
  });
}

export async function planPublished(tx: Executor, actor: Actor, ref: PlanRef) {
  return notify(tx, actor, {
    kind: "plan_published",
    recipientUserIds: await holdersOf(tx, ref.target, "businessPlan:contribute"),
    partnershipId: ref.target.id,
    title: `${await planName(tx, ref)} er publisert`,
    link: planLink(ref),
    dedupeKey: `plan-published.${ref.versionId}`,
  });
}
