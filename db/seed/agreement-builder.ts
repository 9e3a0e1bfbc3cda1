/**
 * Builds one year's lederavtale through the domain functions, as the people in it
 * would have: the Nav-leder drafts it (from the template or last year's agreement),
 * fills in place and date, and the parties sign one after another. Every
 * timestamp (the version, the signatures, the audit rows) is moved to when that
 * step happened, so a January signing does not look as if it was done today and
 * does not crowd the partnership's "Siste endringer". Used by the Agder demo and
 * the national benchmark data.
 *
 * Runs inside the caller's transaction (the domain functions' own transactions
 * become savepoints).
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { leaderAgreementSignature, leaderAgreementVersion } from "~/db/schema";
import type { AgreementPartyEntry } from "~/db/schema";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import { contentOf, createAgreement, currentParties, loadVersion, sign, updateText } from "~/server/domain/leader-agreement/agreements";
import { hashContent } from "~/server/domain/leader-agreement/canonical";
import { partnershipScope, type PartnershipRef } from "~/server/domain/scope";
import { auditMark, backdateAudit } from "./assessment-builder";

export interface SeedAgreement {
  year: number;
  basis: "mal" | "forrige";
  /** When the Nav-leder made the draft (and filled in place and date half an hour later). */
  draftedAt: Date;
  /** Left out: as the draft came (empty from the template, last year's from "forrige"). */
  place?: string;
  signingDate?: string | null;
  /** Each party (every entry of that kind: a vertskommune office has two kommuner) signs at its time, in this order. */
  signatures?: readonly { party: AgreementPartyEntry["party"]; at: Date }[];
}

export interface SeededAgreement {
  id: string;
  /** The hash of the text as first drafted: stale once place or date was filled in. */
  draftHash: string;
  /** The hash of the text as it stands. */
  hash: string;
  complete: boolean;
}

/** Runs `step`, then dates the audit rows it wrote to `at`, one second apart. */
async function at<T>(db: Database, when: Date, step: () => Promise<T>): Promise<T> {
  const mark = auditMark();
  const result = await step();
  await backdateAudit(db, mark, new Date(when.getTime() - 1000));
  return result;
}

export async function seedAgreement(db: Database, target: PartnershipRef, spec: SeedAgreement): Promise<SeededAgreement> {
  // The Nav-leder (the "kontor" party) drafts and fills in the text.
  const leader = (await currentParties(db, target)).find((p) => p.party === "kontor");
  if (!leader) throw new Error(`lederavtale seed: partnership ${target.id} has no Nav-leder`);
  /** Each step as the person who took it, with their roles in the partnership. */
  const as = async (userId: string) => partnershipScope(db, userId, target, await loadPartnershipAccess(db, userId, target));
  const author = await as(leader.userId);
  const drafted = await at(db, spec.draftedAt, () => createAgreement(author, { year: spec.year, basis: spec.basis }));
  const draftHash = hashContent(contentOf(drafted));
  let lastStep = spec.draftedAt;

  if (spec.place !== undefined || spec.signingDate !== undefined) {
    lastStep = new Date(spec.draftedAt.getTime() + 30 * 60_000);
    await at(db, lastStep, () =>
      updateText(author, {
        versionId: drafted.id,
        version: drafted.version,
        purpose: drafted.purpose,
        changeClause: drafted.changeClause,
        place: spec.place ?? drafted.place,
        signingDate: spec.signingDate === undefined ? drafted.signingDate : spec.signingDate,
      }),
    );
  }

  let complete = false;
  for (const { party, at: signedAt } of spec.signatures ?? []) {
    const signers = drafted.parties.filter((p) => p.party === party);
    for (const [i, signer] of signers.entries()) {
      const when = new Date(signedAt.getTime() + i * 60_000);
      const expectedHash = hashContent(contentOf(await loadVersion(db, target.id, drafted.id)));
      const signerScope = await as(signer.userId);
      ({ complete } = await at(db, when, () => sign(signerScope, { versionId: drafted.id, expectedHash })));
      await db
        .update(leaderAgreementSignature)
        .set({ signedAt: when })
        .where(and(eq(leaderAgreementSignature.versionId, drafted.id), eq(leaderAgreementSignature.userId, signer.userId)));
      lastStep = when;
    }
  }

  await db
    .update(leaderAgreementVersion)
    .set({ createdAt: spec.draftedAt, updatedAt: lastStep, ...(complete ? { signedAt: lastStep } : {}) })
    .where(eq(leaderAgreementVersion.id, drafted.id));
  const row = await loadVersion(db, target.id, drafted.id);
  return { id: drafted.id, draftHash, hash: hashContent(contentOf(row)), complete };
}
