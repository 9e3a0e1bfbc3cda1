/** Read models for the lederavtale page, the dashboard and the fylke overview. */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import type { AgreementYearStatus } from "~/lib/leader-agreement";
import { leaderAgreementSignature, leaderAgreementVersion, partnership } from "~/db/schema";
import { can } from "~/server/domain/access/permissions";
import { appendixText, canonicalText, hashContent } from "./canonical";
import { contentOf, listSignatures, loadVersion } from "./agreements";
import { signingState } from "./signing";
import type { PartnershipScope } from "~/server/domain/scope";
import { approvedPlanVersion } from "~/server/domain/business-plan/view";

/** The year's versions (newest first) and one of them in full: by default the newest. */
export async function getAgreementYear(scope: PartnershipScope, input: { year: number; versionId?: string }) {
  const { db, actor, access, partnership: { id: partnershipId } } = scope;
  const { year, versionId } = input;
  const versions = await db
    .select({
      id: leaderAgreementVersion.id,
      versionNo: leaderAgreementVersion.versionNo,
      status: leaderAgreementVersion.status,
      signedAt: leaderAgreementVersion.signedAt,
    })
    .from(leaderAgreementVersion)
    .where(and(eq(leaderAgreementVersion.partnershipId, partnershipId), eq(leaderAgreementVersion.year, year)))
    .orderBy(desc(leaderAgreementVersion.versionNo));
  const [previousYear] = await db
    .select({ id: leaderAgreementVersion.id })
    .from(leaderAgreementVersion)
    .where(and(eq(leaderAgreementVersion.partnershipId, partnershipId), eq(leaderAgreementVersion.year, year - 1)))
    .limit(1);
  const canEdit = can(access, "leaderAgreement:edit");
  const chosenId = versionId ?? versions[0]?.id;
  if (!chosenId) return { year, versions, current: null, canEdit, hasPreviousYear: previousYear !== undefined };

  const row = await loadVersion(db, partnershipId, chosenId);
  if (row.year !== year) return { year, versions, current: null, canEdit, hasPreviousYear: previousYear !== undefined };
  const content = contentOf(row);
  const signatures = await listSignatures(db, row.id);
  const state = signingState(row.parties, signatures);
  const isLatest = versions[0]?.id === row.id;
  const mine = signatures.find((s) => s.userId === actor.userId);
  return {
    year,
    versions,
    hasPreviousYear: previousYear !== undefined,
    canEdit,
    current: {
      ...row,
      isLatest,
      text: canonicalText(content),
      hash: hashContent(content),
      appendix: appendixText(content),
      appendixPlan: await approvedPlanVersion(db, partnershipId, year, row.signedAt),
      signatures,
      missing: state.missing,
      editable: canEdit && row.status === "utkast" && signatures.length === 0,
      canSign: row.status === "utkast" && can(access, "leaderAgreement:sign") && row.parties.some((p) => p.userId === actor.userId) && !mine,
      signedByMe: mine !== undefined,
      canAmend: canEdit && row.status === "signert" && isLatest,
    },
  };
}

export type AgreementYear = Awaited<ReturnType<typeof getAgreementYear>>;

/** Drafts naming this person as a party that they have not signed yet. */
export async function agreementsAwaitingSignature(db: Executor, userId: string) {
  const rows = await db
    .select({
      id: leaderAgreementVersion.id,
      year: leaderAgreementVersion.year,
      parties: leaderAgreementVersion.parties,
      slug: partnership.slug,
      officeName: partnership.officeName,
    })
    .from(leaderAgreementVersion)
    .innerJoin(partnership, eq(partnership.id, leaderAgreementVersion.partnershipId))
    .where(eq(leaderAgreementVersion.status, "utkast"))
    .orderBy(asc(leaderAgreementVersion.createdAt), asc(leaderAgreementVersion.id));
  const drafts = rows.filter((d) => d.parties.some((p) => p.userId === userId));
  if (drafts.length === 0) return [];
  const mine = await db
    .select({ versionId: leaderAgreementSignature.versionId })
    .from(leaderAgreementSignature)
    .where(
      and(
        eq(leaderAgreementSignature.userId, userId),
        inArray(
          leaderAgreementSignature.versionId,
          drafts.map((d) => d.id),
        ),
      ),
    );
  const signed = new Set(mine.map((s) => s.versionId));
  return drafts.filter((d) => !signed.has(d.id)).map(({ parties: _p, ...d }) => d);
}


/**
 * The year's newest lederavtale version per partnership, with the people who have signed it
 * (looked up for drafts only: a signed version is signed by all).
 */
export async function latestAgreementsOfYear(db: Executor, partnershipIds: readonly string[], year: number) {
  const latest = new Map<string, { id: string; versionNo: number; status: "utkast" | "signert"; parties: { party: string; userId: string; name: string }[]; signedBy: Set<string> }>();
  if (partnershipIds.length === 0) return latest;
  const versions = await db
    .select({
      id: leaderAgreementVersion.id,
      partnershipId: leaderAgreementVersion.partnershipId,
      versionNo: leaderAgreementVersion.versionNo,
      status: leaderAgreementVersion.status,
      parties: leaderAgreementVersion.parties,
    })
    .from(leaderAgreementVersion)
    .where(and(inArray(leaderAgreementVersion.partnershipId, [...partnershipIds]), eq(leaderAgreementVersion.year, year)));
  for (const { partnershipId, ...v } of versions) {
    if ((latest.get(partnershipId)?.versionNo ?? 0) < v.versionNo) latest.set(partnershipId, { ...v, signedBy: new Set() });
  }
  const drafts = new Map([...latest.values()].filter((v) => v.status === "utkast").map((v) => [v.id, v]));
  if (drafts.size > 0) {
    const signatures = await db
      .select({ versionId: leaderAgreementSignature.versionId, userId: leaderAgreementSignature.userId })
      .from(leaderAgreementSignature)
      .where(inArray(leaderAgreementSignature.versionId, [...drafts.keys()]));
    for (const s of signatures) drafts.get(s.versionId)?.signedBy.add(s.userId);
  }
  return latest;
}

/** How far a version has come: signed by all, by some, or by nobody yet. */
export const agreementYearStatus = (v: { status: "utkast" | "signert"; signedBy: Set<string> }): AgreementYearStatus =>
  v.status === "signert" ? "signert" : v.signedBy.size > 0 ? "delvis_signert" : "utkast";

/** Per partnership in a fylke: how far the year's lederavtale has come (latest version). */
export async function agreementStatusByPartnership(db: Executor, partnershipIds: readonly string[], year: number) {
  const result = new Map<string, AgreementYearStatus>(partnershipIds.map((id) => [id, "mangler"]));
  for (const [pid, v] of await latestAgreementsOfYear(db, partnershipIds, year)) result.set(pid, agreementYearStatus(v));
  return result;
}
