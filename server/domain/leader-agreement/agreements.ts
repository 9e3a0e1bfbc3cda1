import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Executor } from "~/db/connection";
import { auditEvent, leaderAgreementSignature, leaderAgreementVersion, partnership } from "~/db/schema";
import { agreementParties } from "~/db/schema/enums";
import type { AgreementPartyEntry, DutyItem } from "~/db/schema/values";
import { agreementSignatoryRoles } from "~/server/domain/access/seats";
import { roleLabel } from "~/lib/role-label";
import { diffFields, recordAudit, type Actor } from "~/server/domain/audit/record";
import { DomainError, invalid, notFound, staleVersion } from "~/server/domain/errors";
import { listPartnershipPeople } from "~/server/domain/partnership/overview";
import type { PartnershipRef, PartnershipScope } from "~/server/domain/scope";
import { entityId, isoDate, optionalText, requiredText, rule, versionInput, yearInput } from "~/lib/validation";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { text } from "~/lib/i18n/text";
import { hashContent, type AgreementContent } from "./canonical";
import { signingProblem, signingState } from "./signing";
import { agreementAwaitingSignature, agreementSigned } from "~/server/domain/notifications/agreement-events";
import { agreementTemplate } from "./template";

type VersionRow = typeof leaderAgreementVersion.$inferSelect;

export { yearInput };

/**
 * The signatories as the partnership stands now: kommunal eier(e), the fylkesdirektør, the Nav-leder.
 * A person without a title of their own is named by their role, in `locale` (the version's maker's).
 */
export async function currentParties(db: Executor, target: Pick<PartnershipRef, "id" | "fylkeId">, locale: Locale = defaultLocale): Promise<AgreementPartyEntry[]> {
  const people = await listPartnershipPeople(db, target);
  const pick = (party: AgreementPartyEntry["party"]) => {
    const role = agreementSignatoryRoles[party];
    return people
      .filter((p) => p.role === role)
      .map((p) => ({
        userId: p.userId,
        party,
        name: p.name,
        title:
          party === "kommune" && p.kommuneName
            ? `${p.title ?? roleLabel(role, locale)}, ${p.kommuneName} kommune`
            : (p.title ?? roleLabel(role, locale)),
      }));
  };
  return agreementParties.flatMap(pick);
}

/** A new version (first draft or amendment) needs someone for each of the three parties. */
function requireAllParties(parties: AgreementPartyEntry[]) {
  const missing = (["kommune", "stat", "kontor"] as const).filter((p) => !parties.some((x) => x.party === p));
  // «kommune_stat»: the catalogue names each combination (agreement.errors.missingParties).
  if (missing.length > 0) throw invalid(text("agreement.errors.missingParties", { missing: missing.join("_") }));
  return parties;
}

export const contentOf = (row: VersionRow): AgreementContent => ({
  year: row.year,
  versionNo: row.versionNo,
  officeName: row.officeName,
  parties: row.parties,
  purpose: row.purpose,
  leaderDuties: row.leaderDuties,
  ownerDuties: row.ownerDuties,
  changeClause: row.changeClause,
  place: row.place,
  signingDate: row.signingDate,
});

export async function loadVersion(db: Executor, partnershipId: string, versionId: string) {
  const [row] = await db
    .select()
    .from(leaderAgreementVersion)
    .where(and(eq(leaderAgreementVersion.id, versionId), eq(leaderAgreementVersion.partnershipId, partnershipId)))
    .limit(1);
  if (!row) throw notFound(text("agreement.errors.notFound"));
  return row;
}

export async function listSignatures(db: Executor, versionId: string) {
  return db
    .select()
    .from(leaderAgreementSignature)
    .where(eq(leaderAgreementSignature.versionId, versionId))
    .orderBy(asc(leaderAgreementSignature.signedAt));
}

export async function latestVersion(db: Executor, partnershipId: string, year: number) {
  const [latest] = await db
    .select()
    .from(leaderAgreementVersion)
    .where(and(eq(leaderAgreementVersion.partnershipId, partnershipId), eq(leaderAgreementVersion.year, year)))
    .orderBy(desc(leaderAgreementVersion.versionNo))
    .limit(1);
  return latest;
}

const newItems = (texts: readonly string[]): DutyItem[] => texts.map((text) => ({ id: crypto.randomUUID(), text }));

export const createAgreementInput = z.object({
  year: yearInput,
  basis: z.enum(["mal", "forrige"], rule("agreement.errors.chooseBasis")),
});

/**
 * The year's first draft, from the template or from last year's latest version. The template is
 * taken in the language of the person making the draft (`locale`); from then on the text is data.
 */
export async function createAgreement(scope: PartnershipScope, input: z.infer<typeof createAgreementInput>, locale: Locale = defaultLocale) {
  const { db, actor, partnership: target } = scope;
  return inTransaction(db, async (tx) => {
    if (await latestVersion(tx, target.id, input.year)) {
      throw new DomainError("conflict", text("agreement.errors.exists", { year: input.year }));
    }
    const parties = requireAllParties(await currentParties(tx, target, locale));
    const [office] = await tx.select({ officeName: partnership.officeName }).from(partnership).where(eq(partnership.id, target.id)).limit(1);
    const previous = input.basis === "forrige" ? await latestVersion(tx, target.id, input.year - 1) : undefined;
    if (input.basis === "forrige" && !previous) throw invalid(text("agreement.errors.noPrevious", { year: input.year - 1 }), "basis");
    const template = agreementTemplate(locale);
    const [created] = await tx
      .insert(leaderAgreementVersion)
      .values({
        partnershipId: target.id,
        year: input.year,
        versionNo: 1,
        officeName: office!.officeName,
        parties,
        purpose: previous?.purpose ?? template.purpose,
        leaderDuties: newItems(previous ? previous.leaderDuties.map((d) => d.text) : template.leaderDuties),
        ownerDuties: newItems(previous ? previous.ownerDuties.map((d) => d.text) : template.ownerDuties),
        changeClause: previous?.changeClause ?? template.changeClause,
        place: previous?.place ?? "",
        createdByUserId: actor.userId,
      })
      .returning();
    if (!created) throw new Error("insert returned no row");
    await recordAudit(tx, actor, {
      partnershipId: target.id,
      entity: "leader_agreement",
      entityId: created.id,
      action: "create",
      changes: { year: input.year, versionNo: 1, basis: input.basis },
    });
    return created;
  });
}

/** A version may change only while it is a draft nobody has signed. */
async function requireEditable(tx: Executor, row: VersionRow) {
  if (row.status !== "utkast") {
    throw invalid(text("agreement.errors.signedLocked"));
  }
  if ((await listSignatures(tx, row.id)).length > 0) {
    throw invalid(text("agreement.errors.partlySignedLocked"));
  }
}

async function saveVersion(
  tx: Executor,
  actor: Actor,
  row: VersionRow,
  version: number,
  values: Partial<Pick<VersionRow, "purpose" | "changeClause" | "place" | "signingDate" | "leaderDuties" | "ownerDuties">>,
  changes: Record<string, unknown>,
) {
  await requireEditable(tx, row);
  const [updated] = await tx
    .update(leaderAgreementVersion)
    .set({ ...values, version: sql`${leaderAgreementVersion.version} + 1` })
    .where(and(eq(leaderAgreementVersion.id, row.id), eq(leaderAgreementVersion.version, version)))
    .returning({ version: leaderAgreementVersion.version });
  if (!updated) throw staleVersion();
  await recordAudit(tx, actor, {
    partnershipId: row.partnershipId,
    entity: "leader_agreement",
    entityId: row.id,
    action: "update",
    changes: { year: row.year, versionNo: row.versionNo, ...changes },
  });
  return updated;
}

export const updateTextInput = z.object({
  versionId: entityId,
  version: versionInput,
  purpose: requiredText("errors.labels.purpose", 4000),
  changeClause: requiredText("errors.labels.changeClause", 2000),
  place: optionalText("errors.labels.place", 100),
  signingDate: isoDate("errors.labels.date").nullable(),
});

export async function updateText(scope: PartnershipScope, input: z.infer<typeof updateTextInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadVersion(tx, partnershipId, input.versionId);
    const { versionId: _id, version, ...values } = input;
    return saveVersion(tx, actor, row, version, values, diffFields(row, values));
  });
}

const dutyList = z.enum(["leaderDuties", "ownerDuties"], rule("agreement.errors.unknownList"));

export const dutyEditInput = z.discriminatedUnion("op", [
  z.object({ op: z.literal("add"), versionId: entityId, version: versionInput, list: dutyList, text: requiredText("errors.labels.point", 1000) }),
  z.object({
    op: z.literal("update"),
    versionId: entityId,
    version: versionInput,
    list: dutyList,
    itemId: entityId,
    text: requiredText("errors.labels.point", 1000),
  }),
  z.object({ op: z.literal("remove"), versionId: entityId, version: versionInput, list: dutyList, itemId: entityId }),
  z.object({
    op: z.literal("move"),
    versionId: entityId,
    version: versionInput,
    list: dutyList,
    itemId: entityId,
    direction: z.enum(["up", "down"], rule("agreement.errors.chooseDirection")),
  }),
]);

/** Add, change, remove or move one duty; each is its own audited step. */
export async function editDuty(scope: PartnershipScope, input: z.infer<typeof dutyEditInput>) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadVersion(tx, partnershipId, input.versionId);
    // Checked first, so that a move past either end (a no-op) is refused on a signed version too.
    await requireEditable(tx, row);
    const items = [...row[input.list]];
    const index = input.op === "add" ? -1 : items.findIndex((i) => i.id === input.itemId);
    if (input.op !== "add" && index === -1) throw notFound(text("agreement.errors.itemNotFound"));
    let changes: Record<string, unknown>;
    switch (input.op) {
      case "add": {
        const item = { id: crypto.randomUUID(), text: input.text };
        items.push(item);
        changes = { list: input.list, added: item.text };
        break;
      }
      case "update":
        changes = { list: input.list, item: { from: items[index]!.text, to: input.text } };
        items[index] = { ...items[index]!, text: input.text };
        break;
      case "remove":
        changes = { list: input.list, removed: items[index]!.text };
        items.splice(index, 1);
        break;
      case "move": {
        const target = input.direction === "up" ? index - 1 : index + 1;
        if (target < 0 || target >= items.length) return { version: row.version };
        [items[index], items[target]] = [items[target]!, items[index]!];
        changes = { list: input.list, moved: { text: items[target].text, direction: input.direction } };
        break;
      }
    }
    return saveVersion(tx, actor, row, input.version, { [input.list]: items }, changes);
  });
}

export const signInput = z.object({
  versionId: entityId,
  /** The hash of the text the signer was shown; a different current text refuses the signature. */
  expectedHash: z.string(rule("agreement.errors.hashMissing")).regex(/^[0-9a-f]{64}$/, rule("agreement.errors.hashInvalid")),
  password: z
    .string(rule("agreement.errors.passwordMissing"))
    .min(1, rule("agreement.errors.passwordMissing"))
    .max(200, rule("agreement.errors.passwordTooLong")),
});

/**
 * Records one party's signature. The password has been checked by the caller, outside the
 * transaction. When the last party signs, the version is frozen with the hash of its text.
 */
export async function sign(scope: PartnershipScope, input: { versionId: string; expectedHash: string }) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  return inTransaction(db, async (tx) => {
    const row = await loadVersion(tx, partnershipId, input.versionId);
    const signatures = await listSignatures(tx, row.id);
    const problem = signingProblem(row.status, row.parties, signatures, actor.userId);
    if (problem) throw new DomainError(problem.kind, problem.message);
    const hash = hashContent(contentOf(row));
    if (hash !== input.expectedHash) {
      throw new DomainError("conflict", text("agreement.errors.textChanged"));
    }
    const party = row.parties.find((p) => p.userId === actor.userId)!;
    const now = new Date();
    await tx
      .insert(leaderAgreementSignature)
      .values({ versionId: row.id, userId: actor.userId, party: party.party, name: party.name, title: party.title, textHash: hash, signedAt: now });
    const complete = signingState(row.parties, [...signatures, { userId: actor.userId }]).complete;
    if (complete) {
      await tx
        .update(leaderAgreementVersion)
        .set({ status: "signert", signedHash: hash, signedAt: now, version: sql`${leaderAgreementVersion.version} + 1` })
        .where(eq(leaderAgreementVersion.id, row.id));
    }
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "leader_agreement_signature",
      entityId: row.id,
      action: "create",
      changes: { year: row.year, versionNo: row.versionNo, party: party.party, hash, complete },
    });
    const ref = { target: scope.partnership, year: row.year, versionId: row.id, parties: row.parties };
    if (complete) await agreementSigned(tx, actor, ref);
    else await agreementAwaitingSignature(tx, actor, ref, [...signatures.map((s) => s.userId), actor.userId]);
    return { complete, hash };
  });
}

/** A refused signature (wrong password) is kept in the audit trail. */
export async function recordRefusedSignature(scope: PartnershipScope, input: { versionId: string }) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  const { versionId } = input;
  await inTransaction(db, async (tx) => {
    const row = await loadVersion(tx, partnershipId, versionId);
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "leader_agreement_signature",
      entityId: row.id,
      action: "update",
      changes: { year: row.year, versionNo: row.versionNo, refused: "wrong_password" },
    });
  });
}

/** Takes back one's own signature while the others have not all signed. */
export async function withdrawSignature(scope: PartnershipScope, input: { versionId: string }) {
  const { db, actor, partnership: { id: partnershipId } } = scope;
  const { versionId } = input;
  return inTransaction(db, async (tx) => {
    const row = await loadVersion(tx, partnershipId, versionId);
    if (row.status !== "utkast") throw invalid(text("agreement.errors.signedWithdraw"));
    const [removed] = await tx
      .delete(leaderAgreementSignature)
      .where(and(eq(leaderAgreementSignature.versionId, row.id), eq(leaderAgreementSignature.userId, actor.userId)))
      .returning({ id: leaderAgreementSignature.id });
    if (!removed) throw invalid(text("agreement.errors.notSignedByYou"));
    await recordAudit(tx, actor, {
      partnershipId,
      entity: "leader_agreement_signature",
      entityId: row.id,
      action: "delete",
      changes: { year: row.year, versionNo: row.versionNo },
    });
    return { withdrawn: true };
  });
}

/** An endring: the signed version is copied into the next version, to be signed again by all. */
export async function startAmendment(scope: PartnershipScope, input: { versionId: string }, locale: Locale = defaultLocale) {
  const { db, actor, partnership: target } = scope;
  const { versionId } = input;
  return inTransaction(db, async (tx) => {
    const row = await loadVersion(tx, target.id, versionId);
    if (row.status !== "signert") throw invalid(text("agreement.errors.amendOnlySigned"));
    const latest = (await latestVersion(tx, target.id, row.year))!;
    if (latest.id !== row.id) throw new DomainError("conflict", text("agreement.errors.newerExists", { no: latest.versionNo }));
    const parties = requireAllParties(await currentParties(tx, target, locale));
    const [created] = await tx
      .insert(leaderAgreementVersion)
      .values({
        partnershipId: target.id,
        year: row.year,
        versionNo: row.versionNo + 1,
        officeName: row.officeName,
        parties,
        purpose: row.purpose,
        leaderDuties: row.leaderDuties,
        ownerDuties: row.ownerDuties,
        changeClause: row.changeClause,
        place: row.place,
        signingDate: null,
        amendmentOf: row.id,
        createdByUserId: actor.userId,
      })
      .returning();
    if (!created) throw new Error("insert returned no row");
    await recordAudit(tx, actor, {
      partnershipId: target.id,
      entity: "leader_agreement",
      entityId: created.id,
      action: "create",
      changes: { year: row.year, versionNo: created.versionNo, amendmentOf: row.versionNo },
    });
    return created;
  });
}

/** Recomputes the hash of a signed version's stored text and compares it with the signed hash. */
export async function verify(scope: PartnershipScope, input: { versionId: string }) {
  const { db, partnership: { id: partnershipId } } = scope;
  const { versionId } = input;
  const row = await loadVersion(db, partnershipId, versionId);
  const currentHash = hashContent(contentOf(row));
  const signatures = await listSignatures(db, row.id);
  return {
    signedHash: row.signedHash,
    currentHash,
    unchanged: row.signedHash !== null && row.signedHash === currentHash,
    signaturesMatch: signatures.every((s) => s.textHash === currentHash),
  };
}

export const MAX_REFUSED_SIGNATURES = 5;
const REFUSAL_WINDOW_MS = 15 * 60 * 1000;

/** Wrong-password signature attempts by this person in the last 15 minutes. */
export async function recentRefusedSignatures(db: Executor, userId: string, now = new Date()) {
  const events = await db
    .select({ changes: auditEvent.changes })
    .from(auditEvent)
    .where(
      and(
        eq(auditEvent.actorUserId, userId),
        eq(auditEvent.entity, "leader_agreement_signature"),
        gte(auditEvent.at, new Date(now.getTime() - REFUSAL_WINDOW_MS)),
      ),
    );
  return events.filter((e) => (e.changes as { refused?: string }).refused !== undefined).length;
}
