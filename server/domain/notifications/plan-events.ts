/**
 * The virksomhetsplan's notifications, raised by business-plan/review.ts inside its
 * transactions: sent for approval (to every owner seat), returned or approved (to the office),
 * a comment (to the office and whoever wrote in the thread), published (to everyone in the partnership).
 */
import { and, eq, isNotNull, or } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { planComment } from "~/db/schema";
import { text } from "~/lib/i18n/text";
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
/** The values every plan title names: «Virksomhetsplanen 2027 for Nav Grimstad …». */
const planNames = async (tx: Executor, ref: PlanRef) => ({ year: ref.year, office: await officeNameOf(tx, ref.target.id) });

/** `round` is the review round the plan was just sent in: sent again after a return, it is asked again. */
export async function planSentForApproval(tx: Executor, actor: Actor, ref: PlanRef, round: number) {
  return notify(tx, actor, {
    kind: "plan_sent_for_approval",
    recipientUserIds: await ownerSeatHolders(tx, ref.target),
    partnershipId: ref.target.id,
    title: text("mail.plan.sentTitle", await planNames(tx, ref)),
    link: planLink(ref),
    dedupeKey: `plan-sent.${ref.versionId}.${round}`,
    intro: text("mail.plan.sentIntro"),
    reason: text("mail.plan.sentReason"),
  });
}

export async function planReturned(tx: Executor, actor: Actor, ref: PlanRef, round: number) {
  return notify(tx, actor, {
    kind: "plan_returned",
    recipientUserIds: await planOffice(tx, ref.target),
    partnershipId: ref.target.id,
    title: text("mail.plan.returnedTitle", await planNames(tx, ref)),
    link: planLink(ref),
    dedupeKey: `plan-returned.${ref.versionId}.${round}`,
    intro: text("mail.plan.returnedIntro"),
    reason: text("mail.plan.reasonOffice"),
  });
}

/** Every owner seat has approved. */
export async function planApproved(tx: Executor, actor: Actor, ref: PlanRef) {
  return notify(tx, actor, {
    kind: "plan_approved",
    recipientUserIds: await planOffice(tx, ref.target),
    partnershipId: ref.target.id,
    title: text("mail.plan.approvedTitle", await planNames(tx, ref)),
    link: planLink(ref),
    dedupeKey: `plan-approved.${ref.versionId}`,
    intro: text("mail.plan.approvedIntro"),
    reason: text("mail.plan.reasonOffice"),
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
  const names = await planNames(tx, ref);
  return notify(tx, actor, {
    kind: "plan_comment",
    recipientUserIds: [...(await planOffice(tx, ref.target)), ...thread],
    partnershipId: ref.target.id,
    title: text(comment.parentId ? "mail.plan.replyTitle" : "mail.plan.commentTitle", names),
    link: planLink(ref),
    dedupeKey: `plan-comment.${comment.id}`,
    reason: text(comment.parentId ? "mail.plan.reasonThread" : "mail.plan.reasonOffice"),
  });
}

export async function planPublished(tx: Executor, actor: Actor, ref: PlanRef) {
  return notify(tx, actor, {
    kind: "plan_published",
    recipientUserIds: await holdersOf(tx, ref.target, "businessPlan:contribute"),
    partnershipId: ref.target.id,
    title: text("mail.plan.publishedTitle", await planNames(tx, ref)),
    link: planLink(ref),
    dedupeKey: `plan-published.${ref.versionId}`,
  });
}
