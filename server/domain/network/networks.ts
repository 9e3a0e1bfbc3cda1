/** Running a network: create it, change its details, and who facilitates it (ADR 0009). */
import { and, count, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database, Executor } from "~/db/connection";
import { network, networkFacilitator } from "~/db/schema";
import { hasGlobalRole } from "~/server/domain/access/load";
import { findUserByEmail } from "~/server/domain/admin/accounts";
import { diffFields, recordAudit, type Actor, type AuditAction, type AuditChangesWithout } from "~/server/domain/audit/record";
import { forbidden, invalid, notFound, staleVersion } from "~/server/domain/errors";
import type { NetworkScope } from "~/server/domain/scope";
import { entityId, isoDate, optionalText, requiredText, versionInput } from "~/lib/validation";

export const NOT_A_FACILITATOR_ROLE = "Bare prosessveiledere (fasilitatorer) og administratorer kan opprette nettverk.";

/** Who may start a network: a person with the global role fasilitator, or an administrator. */
export const canCreateNetwork = (db: Executor, userId: string) =>
  hasGlobalRole(db, userId, "fasilitator") || hasGlobalRole(db, userId, "admin");

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

/** The first of slug, slug-2, slug-3 … that is not taken. Pure. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, SLUG_MAX - String(n).length - 1)}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

const networkFields = {
  name: requiredText("Navnet", 200),
  description: optionalText("Beskrivelsen", 2000),
  periodStart: isoDate("Starten av perioden"),
  periodEnd: isoDate("Slutten av perioden"),
};

const checkPeriod = (v: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx) => {
  if (v.periodEnd < v.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "Perioden kan ikke slutte før den starter." });
  }
};

export const createNetworkInput = z.object(networkFields).superRefine(checkPeriod);
export type CreateNetworkInput = z.infer<typeof createNetworkInput>;

function auditNetwork(
  tx: Executor,
  actor: Actor,
  networkId: string,
  entity: "network" | "network_facilitator",
  entityId: string,
  action: AuditAction,
  changes: AuditChangesWithout<"network" | "network_facilitator", "networkId">,
) {
  recordAudit(tx, actor, { entity, entityId, action, changes: { networkId, ...changes } });
}

/** Only a facilitator or an administrator; the creator becomes the network's first facilitator. */
export function createNetwork(db: Database, actor: Actor, input: CreateNetworkInput) {
  return db.transaction((tx) => {
    if (!canCreateNetwork(tx, actor.userId)) throw forbidden(NOT_A_FACILITATOR_ROLE);
    const slug = uniqueSlug(slugFromName(input.name), (s) => tx.select({ id: network.id }).from(network).where(eq(network.slug, s)).get() !== undefined);
    const created = tx
      .insert(network)
      .values({ slug, ...input, createdByUserId: actor.userId })
      .returning({ id: network.id, slug: network.slug })
      .get();
    tx.insert(networkFacilitator).values({ networkId: created.id, userId: actor.userId }).run();
    auditNetwork(tx, actor, created.id, "network", created.id, "create", { ...input, slug });
    return created;
  });
}

export const updateNetworkInput = z.object({ version: versionInput, ...networkFields }).superRefine(checkPeriod);

/** Name, description and period; the address (slug) stays, so links keep working. */
export function updateNetwork(scope: NetworkScope, input: z.infer<typeof updateNetworkInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return db.transaction((tx) => {
    const row = tx.select().from(network).where(eq(network.id, networkId)).get();
    if (!row) throw notFound("Fant ikke nettverket.");
    const { version: expected, ...fields } = input;
    const updated = tx
      .update(network)
      .set({ ...fields, version: sql`${network.version} + 1` })
      .where(and(eq(network.id, networkId), eq(network.version, expected)))
      .returning({ version: network.version })
      .get();
    if (!updated) throw staleVersion();
    auditNetwork(tx, actor, networkId, "network", networkId, "update", diffFields(row, fields));
    return updated;
  });
}

export const addFacilitatorInput = z.object({
  email: z
    .string({ error: "Skriv e-postadressen til prosessveilederen." })
    .trim()
    .min(1, "Skriv e-postadressen til prosessveilederen.")
    .max(254, "E-postadressen er for lang.")
    .pipe(z.email({ error: "Skriv en gyldig e-postadresse, for eksempel navn@nav.no." })),
});

/** Another person who holds the global role fasilitator helps run the network. */
export function addFacilitator(scope: NetworkScope, input: z.infer<typeof addFacilitatorInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return db.transaction((tx) => {
    const person = findUserByEmail(tx, input.email);
    // One answer for "no account" and "no role", without the name: the form must not tell
    // anyone who has an account or what a person is called from an e-mail address alone.
    if (!person || !hasGlobalRole(tx, person.id, "fasilitator")) {
      throw invalid(
        "Fant ingen prosessveileder (fasilitator) med denne e-postadressen. Personen må ha en konto med denne rollen: be en administrator om det.",
        "email",
      );
    }
    const existing = tx
      .select({ id: networkFacilitator.id })
      .from(networkFacilitator)
      .where(and(eq(networkFacilitator.networkId, networkId), eq(networkFacilitator.userId, person.id)))
      .get();
    if (existing) throw invalid(`${person.name} er allerede fasilitator i nettverket.`, "email");
    const created = tx.insert(networkFacilitator).values({ networkId, userId: person.id }).returning({ id: networkFacilitator.id }).get();
    auditNetwork(tx, actor, networkId, "network_facilitator", created.id, "create", { userId: person.id, name: person.name });
    return { id: created.id, userId: person.id };
  });
}

export const removeFacilitatorInput = z.object({ userId: entityId });

/** Never the last one: a network always has someone to run it. */
export function removeFacilitator(scope: NetworkScope, input: z.infer<typeof removeFacilitatorInput>) {
  const { db, actor, network: { id: networkId } } = scope;
  return db.transaction((tx) => {
    const row = tx
      .select({ id: networkFacilitator.id })
      .from(networkFacilitator)
      .where(and(eq(networkFacilitator.networkId, networkId), eq(networkFacilitator.userId, input.userId)))
      .get();
    if (!row) throw notFound("Fant ikke fasilitatoren i dette nettverket.");
    const total = tx.select({ n: count() }).from(networkFacilitator).where(eq(networkFacilitator.networkId, networkId)).get()!.n;
    if (total <= 1) throw invalid("Nettverket må ha minst én fasilitator. Legg til en annen før du fjerner denne.");
    tx.delete(networkFacilitator).where(eq(networkFacilitator.id, row.id)).run();
    auditNetwork(tx, actor, networkId, "network_facilitator", row.id, "delete", { userId: input.userId });
  });
}
