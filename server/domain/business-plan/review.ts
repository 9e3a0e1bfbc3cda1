/** Sending a plan for approval, the owners' decisions, publishing, and comments while on review. */
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { businessPlan, businessPlanVersion, partnershipKommune, planApproval, planComment } from "~/db/schema";
import { planCommentTargets } from "~/db/schema/enums";
import { loadPartnershipRoleAssignments } from "~/server/domain/access/load";
import { can, refusals } from "~/server/domain/access/permissions";
import { municipalSeatRoles, requiredSeats, seatsOf, type OwnerRole, type Seat } from "~/server/domain/access/seats";
import { forbidden, invalid, notFound, staleVersion } from "~/server/domain/errors";
import { entityId, optionalText, requiredText, versionInput } from "~/lib/validation";
import type { PartnershipScope } from "~/server/domain/scope";
import type { Locale } from "~/lib/i18n/locales";
import { text } from "~/lib/i18n/text";
import { missingForApproval } from "./completeness";
import type { ActorPosition, PlanAction, PlanStatus } from "./lifecycle";
import { auditPlan, isLatestVersion, loadPlanVersion, requireAction } from "./plans";
import { planApproved, planCommented, planPublished, planReturned, planSentForApproval } from "~/server/domain/notifications/plan-events";
import { loadSnapshot, type PlanVersionRow } from "./snapshot";

export async function partnershipKommuneIds(db: Executor, partnershipId: string) {
  const rows = await db
    .select({ kommuneId: partnershipKommune.kommuneId, isHost: partnershipKommune.isHost })
    .from(partnershipKommune)
    .where(eq(partnershipKommune.partnershipId, partnershipId))
    .orderBy(asc(partnershipKommune.kommuneId));
  return rows.sort((a, b) => Number(b.isHost) - Number(a.isHost));
}

export async function decisionsOfRound(db: Executor, version: PlanVersionRow) {
  return db
    .select()
    .from(planApproval)
    .where(and(eq(planApproval.versionId, version.id), eq(planApproval.round, version.reviewRound)))
    .orderBy(asc(planApproval.decidedAt), asc(planApproval.seat));
}

/**
 * The scope's roles, each municipal one with the kommune it represents. The roles themselves are
 * not read again; the kommune is, and only when the person holds a municipal role.
 */
async function ownerRolesOf(db: Executor, scope: PartnershipScope): Promise<OwnerRole[]> {
  const { roles } = scope.access;
  const others = roles.filter((role) => !municipalSeatRoles.includes(role)).map((role) => ({ role, kommuneId: null }));
  if (!roles.some((role) => municipalSeatRoles.includes(role))) return others;
  const municipal = (await loadPartnershipRoleAssignments(db, scope.actor.userId, scope.partnership)).filter((r) => municipalSeatRoles.includes(r.role));
  return [...others, ...municipal];
}

/** Where this person stands towards this version: editor, owner, and which seats still wait. */
export async function positionOf(db: Executor, scope: PartnershipScope, version: PlanVersionRow) {
  return positionWithRoles(db, scope.partnership.id, await ownerRolesOf(db, scope), version);
}

/** positionOf for roles already loaded with their kommuner (the dashboard, across partnerships). */
export async function positionWithRoles(
  db: Executor,
  partnershipId: string,
  roles: readonly OwnerRole[],
  version: PlanVersionRow,
): Promise<ActorPosition & { seats: Seat[] }> {
  const kommuner = await partnershipKommuneIds(db, partnershipId);
  const seats = seatsOf(
    roles.map((r) => ({ role: r.role, kommuneId: r.kommuneId })),
    kommuner[0]?.kommuneId ?? null,
  ).filter((s) => requiredSeats(kommuner.map((k) => k.kommuneId)).includes(s));
  const decided = new Set(
    version.status === "til_godkjenning"
      ? (await decisionsOfRound(db, version))
          .filter((d) => d.decision === "godkjent")
          .map((d) => d.seat)
      : [],
  );
  return {
    status: version.status,
    isLatest: await isLatestVersion(db, version),
    isEditor: can(roles.map((r) => r.role), "businessPlan:manage"),
    isContributor: can(roles.map((r) => r.role), "businessPlan:contribute"),
    isOwner: seats.length > 0,
    openSeats: seats.filter((s) => !decided.has(s)),
    seats,
  };
}

async function act(db: Executor, scope: PartnershipScope, versionId: string, action: PlanAction) {
  const { version, plan } = await loadPlanVersion(db, scope.partnership.id, versionId);
  const position = await positionOf(db, scope, version);
  requireAction(action, position);
  return { version, plan, position };
}

async function setStatus(tx: Executor, version: PlanVersionRow, expected: number, status: PlanStatus, extra: Partial<PlanVersionRow> = {}) {
  const [updated] = await tx
    .update(businessPlanVersion)
    .set({ ...extra, status, version: sql`${businessPlanVersion.version} + 1` })
    .where(and(eq(businessPlanVersion.id, version.id), eq(businessPlanVersion.version, expected)))
    .returning({ version: businessPlanVersion.version });
  if (!updated) throw staleVersion();
  return updated;
}

export const transitionInput = z.object({ versionId: entityId, version: versionInput });

/** Sends the draft to the owners; refused with the list of what is missing. */
export async function sendForApproval(scope: PartnershipScope, input: z.infer<typeof transitionInput>, locale: Locale = "nb") {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { version, plan } = await act(tx, scope, input.versionId, "send");
    // The list is in the sender's language: a Text's values are not translated when it is rendered.
    const missing = missingForApproval((await loadSnapshot(tx, version.id))!, locale);
    if (missing.length > 0) {
      throw invalid(text("plan.errors.notReady", { missing: missing.join(" ") }));
    }
    const updated = await setStatus(tx, version, input.version, "til_godkjenning", { sentAt: new Date(), reviewRound: version.reviewRound + 1 });
    await auditPlan(tx, actor, target.id, version.id, "update", { status: { from: "utkast", to: "til_godkjenning" }, round: version.reviewRound + 1 });
    await planSentForApproval(tx, actor, { target, year: plan.year, versionId: version.id }, version.reviewRound + 1);
    return updated;
  });
}

export async function withdrawFromApproval(scope: PartnershipScope, input: z.infer<typeof transitionInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { version } = await act(tx, scope, input.versionId, "withdraw");
    const updated = await setStatus(tx, version, input.version, "utkast");
    await auditPlan(tx, actor, target.id, version.id, "update", { status: { from: "til_godkjenning", to: "utkast" }, withdrawn: true });
    return updated;
  });
}

export const decisionInput = z.discriminatedUnion("decision", [
  z.object({ versionId: entityId, version: versionInput, decision: z.literal("godkjent"), comment: optionalText("errors.labels.comment", 2000) }),
  z.object({
    versionId: entityId,
    version: versionInput,
    decision: z.literal("returnert"),
    comment: requiredText("errors.labels.changesWithHint", 2000),
  }),
]);

/**
 * An owner approves for every seat they hold that still waits, or returns the plan with a
 * comment. The plan is approved once every seat has approved in this round.
 */
export async function decide(scope: PartnershipScope, input: z.infer<typeof decisionInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { version, plan, position } = await act(tx, scope, input.versionId, input.decision === "godkjent" ? "approve" : "return");
    if (version.version !== input.version) throw staleVersion();
    const kommuneBySeat = (seat: Seat) => (seat.startsWith("kommune:") ? seat.slice("kommune:".length) : null);
    for (const seat of position.openSeats) {
      await tx.insert(planApproval).values({
        versionId: version.id,
        userId: actor.userId,
        seat,
        kommuneId: kommuneBySeat(seat),
        decision: input.decision,
        comment: input.comment,
        round: version.reviewRound,
      });
    }
    let status: PlanStatus = "til_godkjenning";
    if (input.decision === "returnert") {
      status = "utkast";
    } else {
      const approved = new Set((await decisionsOfRound(tx, version)).filter((d) => d.decision === "godkjent").map((d) => d.seat));
      const required = requiredSeats((await partnershipKommuneIds(tx, target.id)).map((k) => k.kommuneId));
      if (required.every((s) => approved.has(s))) status = "godkjent";
    }
    const updated = await setStatus(tx, version, input.version, status, status === "godkjent" ? { approvedAt: new Date() } : {});
    await auditPlan(tx, actor, target.id, version.id, "update", {
      decision: input.decision,
      seats: position.openSeats,
      comment: input.comment,
      year: plan.year,
      ...(status !== version.status ? { status: { from: version.status, to: status } } : {}),
    });
    const ref = { target, year: plan.year, versionId: version.id };
    if (status === "utkast") await planReturned(tx, actor, ref, version.reviewRound);
    if (status === "godkjent") await planApproved(tx, actor, ref);
    return { ...updated, status };
  });
}

export async function publish(scope: PartnershipScope, input: z.infer<typeof transitionInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { version, plan } = await act(tx, scope, input.versionId, "publish");
    const updated = await setStatus(tx, version, input.version, "publisert", { publishedAt: new Date() });
    await auditPlan(tx, actor, target.id, version.id, "update", { status: { from: "godkjent", to: "publisert" } });
    await planPublished(tx, actor, { target, year: plan.year, versionId: version.id });
    return updated;
  });
}

export const publicNamesInput = z.object({ planId: entityId, version: versionInput, showNames: z.boolean() });

/** Whether the public page names people; off by default, a choice of the office. */
export async function setPublicNames(scope: PartnershipScope, input: z.infer<typeof publicNamesInput>) {
  const { db, actor, partnership: target, access } = scope;
  return inTransaction(db, async (tx) => {
    if (!can(access, "businessPlan:manage")) throw forbidden(refusals["businessPlan:manage"]);
    const [plan] = await tx
      .select()
      .from(businessPlan)
      .where(and(eq(businessPlan.id, input.planId), eq(businessPlan.partnershipId, target.id)))
      .limit(1);
    if (!plan) throw notFound(text("plan.errors.planNotFound"));
    const [updated] = await tx
      .update(businessPlan)
      .set({ publicShowsNames: input.showNames, version: sql`${businessPlan.version} + 1` })
      .where(and(eq(businessPlan.id, plan.id), eq(businessPlan.version, input.version)))
      .returning({ version: businessPlan.version });
    if (!updated) throw staleVersion();
    await auditPlan(tx, actor, target.id, plan.id, "update", { publicShowsNames: { from: plan.publicShowsNames, to: input.showNames } });
    return updated;
  });
}

// --- Comments -------------------------------------------------------------------

export const addCommentInput = z.object({
  versionId: entityId,
  targetKind: z.enum(planCommentTargets),
  targetKey: z.string().max(64).nullable(),
  parentId: entityId.nullable(),
  body: requiredText("errors.labels.comment", 2000),
});

export async function addComment(scope: PartnershipScope, input: z.infer<typeof addCommentInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const { version, plan } = await act(tx, scope, input.versionId, "comment");
    if (input.targetKind !== "plan" && !input.targetKey) throw invalid(text("plan.errors.chooseCommentTarget"));
    if (input.targetKind !== "plan") {
      const snapshot = (await loadSnapshot(tx, version.id))!;
      const keys = new Set<string>([
        ...snapshot.indicators.map((i) => i.key),
        ...snapshot.focusAreas.flatMap((a) => a.goals.flatMap((g) => [g.key, ...g.activities.map((x) => x.key)])),
      ]);
      if (!keys.has(input.targetKey!)) throw notFound(text("plan.errors.commentTargetNotFound"));
    }
    if (input.parentId) {
      const [parent] = await tx.select().from(planComment).where(and(eq(planComment.id, input.parentId), eq(planComment.planId, plan.id))).limit(1);
      if (!parent) throw notFound(text("plan.errors.parentCommentNotFound"));
      if (parent.parentId) throw invalid(text("plan.errors.replyToFirst"));
    }
    const [created] = await tx
      .insert(planComment)
      .values({
        planId: plan.id,
        versionId: version.id,
        targetKind: input.targetKind,
        targetKey: input.targetKind === "plan" ? null : input.targetKey,
        parentId: input.parentId,
        authorUserId: actor.userId,
        body: input.body,
      })
      .returning({ id: planComment.id });
    await auditPlan(tx, actor, target.id, created!.id, "create", { kind: "comment", targetKind: input.targetKind, body: input.body });
    await planCommented(tx, actor, { target, year: plan.year, versionId: version.id }, { id: created!.id, parentId: input.parentId });
    return created!;
  });
}

export const resolveCommentInput = z.object({ commentId: entityId, resolved: z.boolean() });

/** The office or the comment's author marks a thread resolved (or opens it again). */
export async function resolveComment(scope: PartnershipScope, input: z.infer<typeof resolveCommentInput>) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    const [found] = await tx
      .select({ comment: planComment })
      .from(planComment)
      .innerJoin(businessPlan, eq(businessPlan.id, planComment.planId))
      .where(and(eq(planComment.id, input.commentId), eq(businessPlan.partnershipId, target.id)))
      .limit(1);
    const comment = found?.comment;
    if (!comment) throw notFound(text("plan.errors.commentNotFound"));
    if (comment.parentId) throw invalid(text("plan.errors.resolveThreadNotReply"));
    const { version } = await loadPlanVersion(tx, target.id, comment.versionId);
    const position = await positionOf(tx, scope, version);
    if (!position.isEditor && comment.authorUserId !== actor.userId) {
      throw forbidden(text("plan.errors.resolveOnlyOfficeOrAuthor"));
    }
    await tx
      .update(planComment)
      .set(input.resolved ? { resolvedAt: new Date(), resolvedByUserId: actor.userId } : { resolvedAt: null, resolvedByUserId: null })
      .where(eq(planComment.id, comment.id));
    await auditPlan(tx, actor, target.id, comment.id, "update", { kind: "comment", resolved: input.resolved });
  });
}
