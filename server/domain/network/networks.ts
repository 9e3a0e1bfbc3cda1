/** Running a network: create it, change its details, and who facilitates it (ADR 0009). */
import { and, count, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database, type Executor } from "~/db/connection";
import { network, networkFacilitator } from "~/db/schema";
import { hasGlobalRole } from "~/server/domain/access/load";
import { findUserByEmail } from "~/server/domain/admin/accounts";
import { diffFields, recordAudit, type Actor, type AuditAction, type AuditChangesWithout } from "~/server/domain/audit/record";
import { forbidden, invalid, notFound, staleVersion } from "~/server/domain/errors";
import type { NetworkScope } from "~/server/domain/scope";
import { text } from "~/lib/i18n/text";
import { entityId, isoDate, optionalText, requiredText, versionInput, rule } from "~/lib/validation";

export const NOT_A_FACILITATOR_ROLE = text("network.errors.notFacilitatorRole");

/** Who may start a network: a person with the global role fasilitator, or an administrator. */
export const canCreateNetwork = async (db: Executor, userId: string): Promise<boolean> =>
  (await hasGlobalRole(db, userId, "fasilitator")) || (await hasGlobalRole(db, userId, "admin"));

const SLUG_MAX = 60;

/** "Pilotnettverk Agder 2018–19" → "pilotnettverk-agder-2018-19". Pure. */
export function slugFromName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");
  return slug || "nettverk";
}

/** slug, slug-2, slug-3 …, each at most SLUG_MAX long. Pure. */
export function* slugCandidates(base: string): Generator<string, never> {
  yield base;
  for (let n = 2; ; n++) yield `${base.slice(0, SLUG_MAX - String(n).length - 1)}-${n}`;
}

/** The first of slug, slug-2, slug-3 … that is not taken. Pure. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  for (const candidate of slugCandidates(base)) if (!taken(candidate)) return candidate;
  throw new Error("unreachable");
}

/** The same, asking the database whether a slug is taken. */
async function freeSlug(tx: Executor, base: string): Promise<string> {
  for (const candidate of slugCandidates(base)) {
    const [taken] = await tx.select({ id: network.id }).from(network).where(eq(network.slug, candidate)).limit(1);
    if (!taken) return candidate;
  }
  throw new Error("unreachable");
}

const networkFields = {
  name: requiredText("errors.labels.name", 200),
  description: optionalText("errors.labels.description", 2000),
  periodStart: isoDate("errors.labels.periodStart"),
  periodEnd: isoDate("errors.labels.periodEnd"),
};

const checkPeriod = (v: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx) => {
  if (v.periodEnd < v.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: rule("network.errors.periodEndsBeforeStart").error() });
  }
};

export const createNetworkInput = z.object(networkFields).superRefine(checkPeriod);
export type CreateNetworkInput = z.infer<typeof createNetworkInput>;

async function auditNetwork(
  tx: Executor,
  actor: Actor,
  networkId: string,
  entity: "network" | "network_facilitator",
  entityId: string,
  action: AuditAction,
  changes: AuditChangesWithout<"network" | "network_facilitator", "networkId">,
) {
  await recordAudit(tx, actor, { entity, entityId, action, changes: { networkId, ...changes } });
}

/** Only a facilitator or an administrator; the creator becomes the network's first facilitator. */
export async function createNetwork(db: Database, actor: Actor, input: CreateNetworkInput) {
  return inTransaction(db, async (tx) => {
    if (!(await canCreateNetwork(tx, actor.userId))) throw forbidden(NOT_A_FACILITATOR_ROLE);
    const slug = await freeSlug(tx, slugFromName(input.name));
    const [made] = await tx
      .insert(network)
      .values({ slug, ...input, createdByUserId: actor.userId })
      .returning({ id: network.id, slug: network.slug });
    const created = made!;
    await tx.insert(networkFacilitator).values({ networkId: created.id, userId: actor.userId });
    await auditNetwork(tx, actor, created.id, "network", created.id, "create", { ...input, slug });
    return created;
  });
}

export const updateNetworkInput = z.object({ version: versionInput, ...networkFields }).superRefine(checkPeriod);

/** Name, description and period; the address (slug) stays, so links keep working. */
export async function updateNetwork(scope: NetworkScope, input: z.infer<typeof updateNetworkInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const [row] = await tx.select().from(network).where(eq(network.id, networkId)).limit(1);
    if (!row) throw notFound(text("network.errors.networkNotFound"));
    const { version: expected, ...fields } = input;
    const [updated] = await tx
      .update(network)
      .set({ ...fields, version: sql`${network.version} + 1` })
      .where(and(eq(network.id, networkId), eq(network.version, expected)))
      .returning({ version: network.version });
    if (!updated) throw staleVersion();
    await auditNetwork(tx, actor, networkId, "network", networkId, "update", diffFields(row, fields));
    return updated;
  });
}

export const addFacilitatorInput = z.object({
  email: z
    .string(rule("network.errors.emailRequired"))
    .trim()
    .min(1, rule("network.errors.emailRequired"))
    .max(254, rule("network.errors.emailTooLong"))
    .pipe(z.email(rule("network.errors.emailInvalid"))),
});

/** Another person who holds the global role fasilitator helps run the network. */
export async function addFacilitator(scope: NetworkScope, input: z.infer<typeof addFacilitatorInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return inTransaction(db, async (tx) => {
    const person = await findUserByEmail(tx, input.email);
    // One answer for "no account" and "no role", without the name: the form must not tell
    // anyone who has an account or what a person is called from an e-mail address alone.
    if (!person || !(await hasGlobalRole(tx, person.id, "fasilitator"))) {
      throw invalid(
        text("network.errors.noSuchFacilitator"),
        "email",
      );
    }
    const [existing] = await tx
      .select({ id: networkFacilitator.id })
      .from(networkFacilitator)
      .where(and(eq(networkFacilitator.networkId, networkId), eq(networkFacilitator.userId, person.id)))
      .limit(1);
    if (existing) throw invalid(text("network.errors.alreadyFacilitator", { name: person.name }), "email");
    const [made] = await tx.insert(networkFacilitator).values({ networkId, userId: person.id }).returning({ id: networkFacilitator.id });
    const created = made!;
    await auditNetwork(tx, actor, networkId, "network_facilitator", created.id, "create", { userId: person.id, name: person.name });
    return { id: created.id, userId: person.id };
  });
}

export const removeFacilitatorInput = z.object({ userId: entityId });

/** Never the last one: a network always has someone to run it. */
export async function removeFacilitator(scope: NetworkScope, input: z.infer<typeof removeFacilitatorInput>): Promise<void> {
  const { db, actor, network: { id: networkId } } = scope;
  await inTransaction(db, async (tx) => {
    const [row] = await tx
      .select({ id: networkFacilitator.id })
      .from(networkFacilitator)
      .where(and(eq(networkFacilitator.networkId, networkId), eq(networkFacilitator.userId, input.userId)))
      .limit(1);
    if (!row) throw notFound(text("network.errors.facilitatorNotFound"));
    const [counted] = await tx.select({ n: count() }).from(networkFacilitator).where(eq(networkFacilitator.networkId, networkId));
    if ((counted?.n ?? 0) <= 1) throw invalid(text("network.errors.lastFacilitator"));
    await tx.delete(networkFacilitator).where(eq(networkFacilitator.id, row.id));
    await auditNetwork(tx, actor, networkId, "network_facilitator", row.id, "delete", { userId: input.userId });
  });
}
