/** Read models: the plan page, the document (print, PDF, Word, public page) and links to development plans. */
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import {
  assessment,
  businessPlan,
  businessPlanVersion,
  developmentAction,
  developmentPlan,
  fylke,
  partnership,
  planActivity,
  planApproval,
  planComment,
  user,
} from "~/db/schema";
import { loadPartnershipRoleAssignments } from "~/server/domain/access/load";
import { can } from "~/server/domain/access/permissions";
import type { PartnershipAccess } from "~/server/domain/access/roles";
import { areaKey } from "~/lib/mulighetsrom/model";
import { translator } from "~/lib/i18n/translate";
import { listPartnershipKommuner } from "~/server/domain/partnership/overview";
import { minimumServicesIn, serviceNameIn } from "~/lib/partnership/catalogue";
import { partnershipService } from "~/db/schema";
import { indicatorAdvice, sourceBalance } from "~/lib/business-plan/balance";
import type { Locale } from "~/lib/i18n/locales";
import { missingForApproval } from "./completeness";
import { compareVersions } from "./diff";
import { requiredSeats, STATE_SEAT, type Seat } from "~/server/domain/access/seats";
import { allowedActions } from "./lifecycle";
import type { PartnershipRef, PartnershipScope } from "~/server/domain/scope";
import { decisionsOfRound, positionOf, positionWithRoles } from "./review";
import { findPlan, listVersions, loadSnapshot, type PlanSnapshot } from "./snapshot";

/** Enough of a partnership to name its seats: the public page has no scope, only the plan's office. */
type OfficeRef = Pick<PartnershipRef, "id" | "fylkeId">;

/** Each owner seat with a readable name: "Grimstad kommune", "Nav Agder". */
export async function seatLabels(db: Executor, target: OfficeRef): Promise<Map<Seat, string>> {
  const kommuner = (await listPartnershipKommuner(db, [target.id])).get(target.id) ?? [];
  const [found] = await db.select({ name: fylke.name }).from(fylke).where(eq(fylke.id, target.fylkeId)).limit(1);
  const fylkeName = found?.name ?? "";
  const labels = new Map<Seat, string>(kommuner.map((k) => [`kommune:${k.id}`, `${k.name} kommune`]));
  labels.set(STATE_SEAT, `Nav ${fylkeName}`.trim());
  return labels;
}

async function requiredSeatList(db: Executor, target: OfficeRef) {
  const kommuner = (await listPartnershipKommuner(db, [target.id])).get(target.id) ?? [];
  return requiredSeats(kommuner.map((k) => k.id));
}

/** Where the plan's activities point into development plans, and what they could point to. */
async function developmentActionsOf(db: Executor, partnershipId: string, locale: Locale) {
  const rows = await db
    .select({
      id: developmentAction.id,
      text: developmentAction.text,
      status: developmentAction.status,
      areaNo: developmentPlan.areaNo,
      planId: developmentPlan.id,
      assessmentId: developmentPlan.assessmentId,
      heldOn: assessment.heldOn,
    })
    .from(developmentAction)
    .innerJoin(developmentPlan, eq(developmentPlan.id, developmentAction.planId))
    .innerJoin(assessment, eq(assessment.id, developmentPlan.assessmentId))
    .where(eq(developmentAction.partnershipId, partnershipId))
    .orderBy(desc(assessment.heldOn), asc(developmentPlan.areaNo), asc(developmentAction.position));
  const t = translator(locale, "mulighetsrom");
  return rows.map((a) => ({ ...a, areaName: t(`areas.${areaKey(a.areaNo)}.name`) }));
}

/** The whole page for a year: the chosen version (default the newest) and what the viewer may do. */
export async function getPlanYear(scope: PartnershipScope, input: { year: number; versionId?: string }, locale: Locale = "nb") {
  const { db, partnership: target } = scope;
  const { year, versionId } = input;
  const plan = await findPlan(db, target.id, year);
  const hasPreviousYear = (await findPlan(db, target.id, year - 1)) !== undefined;
  if (!plan) return { year, plan: null, hasPreviousYear, canCreate: positionlessEditor(scope.access) } as const;
  const versions = (await listVersions(db, plan.id)).map(({ id, versionNo, status, approvedAt, publishedAt, createdAt, changeNote }) => ({
    id,
    versionNo,
    status,
    approvedAt,
    publishedAt,
    createdAt,
    changeNote,
  }));
  const chosen = versions.find((v) => v.id === versionId) ?? versions[0]!;
  const snapshot = (await loadSnapshot(db, chosen.id))!;
  const position = await positionOf(db, scope, snapshot.version);
  const labels = await seatLabels(db, target);
  const history = await decisionHistory(db, versions.map((v) => v.id), labels);
  const published = versions.find((v) => v.status === "publisert" && v.publishedAt !== null);
  const decisions = snapshot.version.reviewRound > 0 ? await decisionsOfRound(db, snapshot.version) : [];
  const names = await userNames(db, decisions.map((d) => d.userId));
  const developmentActions = await developmentActionsOf(db, target.id, locale);
  const seats = await requiredSeatList(db, target);
  const comments = await listComments(db, plan.id);
  const services = await officeServices(db, target.id, locale);
  return {
    year,
    plan,
    hasPreviousYear,
    canCreate: false,
    /** Newest first, each with every owner decision of every review round and its comment. */
    versions: versions.map((v) => ({ ...v, decisions: history.get(v.id) ?? [] })),
    /** The version the public page shows (the newest published), which may be older than this one. */
    published: published ? { versionId: published.id, versionNo: published.versionNo, publishedAt: published.publishedAt! } : null,
    snapshot,
    isLatest: position.isLatest,
    actions: [...allowedActions(position)],
    isEditor: position.isEditor,
    balance: sourceBalance(snapshot),
    advice: indicatorAdvice(snapshot.indicators, locale),
    missing: snapshot.version.status === "utkast" ? missingForApproval(snapshot, locale) : [],
    approvals: seats.map((seat) => {
      const decision = [...decisions].reverse().find((d) => d.seat === seat);
      return {
        seat,
        label: labels.get(seat) ?? seat,
        decision: decision?.decision ?? null,
        // Null with a decision: the person's account is gone (the page names it in the reader's language).
        by: decision ? (names.get(decision.userId) ?? null) : null,
        comment: decision?.comment ?? "",
        decidedAt: decision?.decidedAt ?? null,
      };
    }),
    mySeats: position.openSeats.map((s) => labels.get(s) ?? s),
    comments,
    developmentActions,
    services,
  };
}

/**
 * Every owner decision on these versions, oldest first, one entry per decision: a person who
 * fills two seats at once (a vertskommune's owner, say) is one entry naming both seats.
 */
export interface PlanDecision {
  round: number;
  decision: "godkjent" | "returnert";
  /** Null when the person's account is gone: the page says so in the reader's language. */
  by: string | null;
  seats: string[];
  comment: string;
  decidedAt: Date;
}

async function decisionHistory(db: Executor, versionIds: string[], labels: Map<Seat, string>) {
  const result = new Map<string, PlanDecision[]>();
  if (versionIds.length === 0) return result;
  const rows = await db
    .select({ approval: planApproval, name: user.name })
    .from(planApproval)
    .leftJoin(user, eq(user.id, planApproval.userId))
    .where(inArray(planApproval.versionId, versionIds))
    .orderBy(asc(planApproval.decidedAt), asc(planApproval.seat));
  const byDecision = new Map<string, PlanDecision>();
  for (const { approval: a, name } of rows) {
    const id = `${a.versionId}|${a.round}|${a.userId}|${a.decision}|${a.decidedAt.getTime()}`;
    const seat = labels.get(a.seat) ?? a.seat;
    const known = byDecision.get(id);
    if (known) {
      known.seats.push(seat);
      continue;
    }
    const entry: PlanDecision = { round: a.round, decision: a.decision, by: name, seats: [seat], comment: a.comment, decidedAt: a.decidedAt };
    byDecision.set(id, entry);
    result.set(a.versionId, [...(result.get(a.versionId) ?? []), entry]);
  }
  return result;
}

const positionlessEditor = (access: PartnershipAccess) => can(access, "businessPlan:manage");

async function userNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: user.id, name: user.name })
    .from(user)
    .where(inArray(user.id, [...new Set(ids)]));
  return new Map(rows.map((u) => [u.id, u.name] as const));
}

/** All comments of the plan, threads first with their replies, oldest first; `author` is null when the account is gone. */
export async function listComments(db: Executor, planId: string) {
  const rows = await db
    .select({ comment: planComment, author: user.name, versionNo: businessPlanVersion.versionNo })
    .from(planComment)
    .leftJoin(user, eq(user.id, planComment.authorUserId))
    .innerJoin(businessPlanVersion, eq(businessPlanVersion.id, planComment.versionId))
    .where(eq(planComment.planId, planId))
    .orderBy(asc(planComment.createdAt));
  const threads = rows
    .filter((r) => !r.comment.parentId)
    .map((r) => ({
      ...r.comment,
      author: r.author,
      versionNo: r.versionNo,
      replies: rows
        .filter((x) => x.comment.parentId === r.comment.id)
        .map((x) => ({ ...x.comment, author: x.author })),
    }));
  return threads;
}

// --- The document ------------------------------------------------------------------

export interface PlanDocument {
  officeName: string;
  year: number;
  slug: string;
  snapshot: PlanSnapshot;
  services: string[];
  /** The owners' approvals of this version, in seat order; names are null when hidden. */
  approvals: { label: string; name: string | null; decidedAt: Date }[];
  /** Development-plan actions the activities link to, by id. */
  linkedActions: Record<string, { areaNo: number; areaName: string; text: string }>;
  namesShown: boolean;
}

/** The services of the office: the minimumsløsning and what the partnership has added. */
export async function officeServices(db: Executor, partnershipId: string, locale: Locale = "nb") {
  const rows = await db
    .select()
    .from(partnershipService)
    .where(and(eq(partnershipService.partnershipId, partnershipId), eq(partnershipService.enabled, true)));
  return [...minimumServicesIn(locale), ...rows.map((row) => serviceNameIn(row, locale))];
}

async function buildDocument(db: Executor, target: OfficeRef, snapshot: PlanSnapshot, showNames: boolean, locale: Locale): Promise<PlanDocument> {
  const office = (await db.select().from(partnership).where(eq(partnership.id, target.id)).limit(1))[0]!;
  const labels = await seatLabels(db, target);
  const decisions = snapshot.version.reviewRound > 0 ? (await decisionsOfRound(db, snapshot.version)).filter((d) => d.decision === "godkjent") : [];
  const names = await userNames(db, decisions.map((d) => d.userId));
  const linkedIds = snapshot.focusAreas.flatMap((a) => a.goals.flatMap((g) => g.activities.map((x) => x.developmentActionId))).filter(
    (x): x is string => x !== null,
  );
  const linkedActions = Object.fromEntries(
    (await developmentActionsOf(db, target.id, locale))
      .filter((a) => linkedIds.includes(a.id))
      .map((a) => [a.id, { areaNo: a.areaNo, areaName: a.areaName, text: a.text }]),
  );
  const shown = showNames
    ? snapshot
    : {
        ...snapshot,
        focusAreas: snapshot.focusAreas.map((area) => ({
          ...area,
          goals: area.goals.map((goal) => ({
            ...goal,
            activities: goal.activities.map((a) => ({ ...a, responsiblePerson: "" })),
          })),
        })),
      };
  return {
    officeName: office.officeName,
    year: snapshot.plan.year,
    slug: office.slug,
    snapshot: shown,
    services: await officeServices(db, target.id, locale),
    approvals: (await requiredSeatList(db, target)).flatMap((seat) => {
      const d = decisions.find((x) => x.seat === seat);
      return d ? [{ label: labels.get(seat) ?? seat, name: showNames ? (names.get(d.userId) ?? null) : null, decidedAt: d.decidedAt }] : [];
    }),
    linkedActions,
    namesShown: showNames,
  };
}

/** The document for the partnership's own people: names shown, any version of the year. */
export async function getPlanDocument(
  scope: PartnershipScope,
  input: { year: number; versionId?: string },
  locale: Locale = "nb",
): Promise<PlanDocument | null> {
  const { db, partnership: target } = scope;
  const { year, versionId } = input;
  const plan = await findPlan(db, target.id, year);
  if (!plan) return null;
  const versions = await listVersions(db, plan.id);
  const chosen = versions.find((v) => v.id === versionId) ?? versions[0];
  if (!chosen) return null;
  return buildDocument(db, target, (await loadSnapshot(db, chosen.id))!, true, locale);
}

/** The public page: the newest published version of the plan, names hidden unless the office shows them. */
export async function getPublicDocument(db: Executor, planId: string, locale: Locale = "nb"): Promise<PlanDocument | null> {
  const [plan] = await db.select().from(businessPlan).where(eq(businessPlan.id, planId)).limit(1);
  if (!plan) return null;
  const [published] = await db
    .select({ id: businessPlanVersion.id })
    .from(businessPlanVersion)
    .where(and(eq(businessPlanVersion.planId, plan.id), isNotNull(businessPlanVersion.publishedAt), eq(businessPlanVersion.status, "publisert")))
    .orderBy(desc(businessPlanVersion.versionNo))
    .limit(1);
  if (!published) return null;
  const [office] = await db
    .select({ id: partnership.id, fylkeId: partnership.fylkeId })
    .from(partnership)
    .where(eq(partnership.id, plan.partnershipId))
    .limit(1);
  return buildDocument(db, office!, (await loadSnapshot(db, published.id))!, plan.publicShowsNames, locale);
}

/** For a development plan's actions: the activities of the newest plan versions that link to them. */
export async function activitiesLinkedTo(db: Executor, partnershipId: string, actionIds: string[]) {
  if (actionIds.length === 0) return new Map<string, { year: number; text: string }[]>();
  const rows = await db
    .select({
      actionId: planActivity.developmentActionId,
      text: planActivity.text,
      year: businessPlan.year,
      versionNo: businessPlanVersion.versionNo,
      planId: businessPlan.id,
    })
    .from(planActivity)
    .innerJoin(businessPlanVersion, eq(businessPlanVersion.id, planActivity.versionId))
    .innerJoin(businessPlan, eq(businessPlan.id, businessPlanVersion.planId))
    .where(and(eq(businessPlan.partnershipId, partnershipId), inArray(planActivity.developmentActionId, actionIds)))
    .orderBy(asc(businessPlan.year), asc(planActivity.position));
  const newest = new Map<string, number>();
  for (const r of rows) newest.set(r.planId, Math.max(newest.get(r.planId) ?? 0, r.versionNo));
  const result = new Map<string, { year: number; text: string }[]>();
  for (const r of rows) {
    if (r.versionNo !== newest.get(r.planId) || !r.actionId) continue;
    const list = result.get(r.actionId) ?? [];
    list.push({ year: r.year, text: r.text });
    result.set(r.actionId, list);
  }
  return result;
}

/** Two versions of the same year's plan, compared item by item (older on the left). */
export async function compareYearVersions(scope: PartnershipScope, input: { year: number; from: string; to: string }, locale: Locale = "nb") {
  const { db, partnership: target } = scope;
  const { year, from: fromId, to: toId } = input;
  const plan = await findPlan(db, target.id, year);
  if (!plan) return null;
  const versions = await listVersions(db, plan.id);
  const from = versions.find((v) => v.id === fromId);
  const to = versions.find((v) => v.id === toId);
  if (!from || !to) return null;
  const [before, after] = from.versionNo <= to.versionNo ? [from, to] : [to, from];
  return {
    versions: versions.map((v) => ({ id: v.id, versionNo: v.versionNo, status: v.status })),
    before: { id: before.id, versionNo: before.versionNo, status: before.status },
    after: { id: after.id, versionNo: after.versionNo, status: after.status },
    diff: compareVersions((await loadSnapshot(db, before.id))!, (await loadSnapshot(db, after.id))!, locale),
  };
}

/** Plans on review where this person still holds an owner seat without a decision: the dashboard's "venter på deg". */
export async function plansAwaitingApproval(db: Executor, userId: string, partnerships: readonly { id: string; fylkeId: string }[]) {
  if (partnerships.length === 0) return [];
  const byId = new Map(partnerships.map((p) => [p.id, p]));
  const onReview = await db
    .select({ version: businessPlanVersion, year: businessPlan.year, partnershipId: businessPlan.partnershipId, slug: partnership.slug, officeName: partnership.officeName })
    .from(businessPlanVersion)
    .innerJoin(businessPlan, eq(businessPlan.id, businessPlanVersion.planId))
    .innerJoin(partnership, eq(partnership.id, businessPlan.partnershipId))
    .where(and(eq(businessPlanVersion.status, "til_godkjenning"), inArray(businessPlan.partnershipId, [...byId.keys()])))
    .orderBy(asc(businessPlanVersion.sentAt), asc(businessPlanVersion.id));
  const waiting = [];
  for (const r of onReview) {
    const roles = await loadPartnershipRoleAssignments(db, userId, byId.get(r.partnershipId)!);
    const position = await positionWithRoles(db, r.partnershipId, roles, r.version);
    if (position.openSeats.length > 0) waiting.push(r);
  }
  return waiting.map((r) => ({ versionId: r.version.id, year: r.year, slug: r.slug, officeName: r.officeName, sentAt: r.version.sentAt }));
}

/**
 * The approved plan version a lederavtale's appendix refers to: the newest version approved at
 * or before `asOf` (the agreement's signing), or the newest approved one when not yet signed.
 */
export async function approvedPlanVersion(db: Executor, partnershipId: string, year: number, asOf: Date | null) {
  const plan = await findPlan(db, partnershipId, year);
  if (!plan) return null;
  const approved = (await listVersions(db, plan.id)).filter(
    (v) => v.approvedAt !== null && (v.status === "godkjent" || v.status === "publisert") && (asOf === null || v.approvedAt <= asOf),
  );
  const chosen = approved[0];
  return chosen ? { versionId: chosen.id, versionNo: chosen.versionNo, approvedAt: chosen.approvedAt! } : null;
}
