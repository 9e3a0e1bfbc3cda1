/**
 * The one context a partnership-scoped domain function receives: made once per request by the
 * partnership procedure (server/api/trpc.ts), or by `partnershipScope` in pages, exports and tests.
 * Domain functions take `(scope, input)`; they never look up the partnership or the roles again.
 */
import type { Database } from "~/db/connection";
import type { PartnershipAccess } from "~/server/domain/access/roles";
import type { Actor } from "~/server/domain/audit/record";
import type { NetworkAccess, NetworkRef } from "~/server/domain/network/access";

/** The partnership a request is scoped to, as the procedure found it by its slug. */
export interface PartnershipRef {
  id: string;
  slug: string;
  fylkeId: string;
}

export interface PartnershipScope {
  db: Database;
  /** The signed-in person; the audit trail names them. */
  actor: Actor;
  partnership: PartnershipRef;
  /** The person's roles here, loaded once by the procedure. */
  access: PartnershipAccess;
}

export function partnershipScope(db: Database, userId: string, partnership: PartnershipRef, access: PartnershipAccess): PartnershipScope {
  return { db, actor: { userId }, partnership, access };
}

/**
 * The same shape for a network-scoped function (a facilitator running the network, or someone
 * looking at what its members share): made by the network procedure, or by `networkScope`.
 */
export interface NetworkScope {
  db: Database;
  actor: Actor;
  network: NetworkRef;
  /** Facilitator or not, and the member partnerships the person reaches, loaded once by the procedure. */
  networkAccess: NetworkAccess;
}

export function networkScope(db: Database, userId: string, network: NetworkRef, networkAccess: NetworkAccess): NetworkScope {
  return { db, actor: { userId }, network, networkAccess };
}
