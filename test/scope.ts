/**
 * The scopes the procedures build (server/api/trpc.ts), for tests that call the domain directly:
 * the partnership or network found by id, the person's roles loaded as a request loads them.
 */
import { eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { network, partnership } from "~/db/schema";
import { loadPartnershipAccess } from "~/server/domain/access/load";
import type { Actor } from "~/server/domain/audit/record";
import { loadNetworkAccess } from "~/server/domain/network/access";
import { networkScope, partnershipScope } from "~/server/domain/scope";

export async function partnershipScopeFor(db: Database, actor: Actor, partnershipId: string) {
  const [found] = await db
    .select({ id: partnership.id, slug: partnership.slug, fylkeId: partnership.fylkeId })
    .from(partnership)
    .where(eq(partnership.id, partnershipId))
    .limit(1);
  if (!found) throw new Error(`No partnership ${partnershipId}`);
  return partnershipScope(db, actor.userId, found, await loadPartnershipAccess(db, actor.userId, found));
}

export async function networkScopeFor(db: Database, actor: Actor, networkId: string) {
  const [found] = await db
    .select({ id: network.id, slug: network.slug, name: network.name })
    .from(network)
    .where(eq(network.id, networkId))
    .limit(1);
  if (!found) throw new Error(`No network ${networkId}`);
  return networkScope(db, actor.userId, found, await loadNetworkAccess(db, actor.userId, networkId));
}
