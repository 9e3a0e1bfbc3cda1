/**
 * Who reaches a network (ADR 0009): its facilitators run it; people with a role in a
 * member partnership, or a fylke role over one, may look at what members share.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { preparedOnce } from "~/db/prepared";
import { network, networkFacilitator, networkMember } from "~/db/schema";
import { reachablePartnershipsQuery } from "~/server/domain/access/reach";

export interface NetworkRef {
  id: string;
  slug: string;
  name: string;
}

export interface NetworkAccess {
  isFacilitator: boolean;
  /** Member partnerships the person has a role in (or over, through a fylke). */
  ownPartnershipIds: string[];
}

export const canViewNetwork = (access: NetworkAccess) => access.isFacilitator || access.ownPartnershipIds.length > 0;

export async function findNetworkBySlug(db: Executor, slug: string): Promise<NetworkRef | undefined> {
  const [found] = await db.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(eq(network.slug, slug)).limit(1);
  return found;
}

export async function isNetworkFacilitator(db: Executor, userId: string, networkId: string): Promise<boolean> {
  const [found] = await db
    .select({ id: networkFacilitator.id })
    .from(networkFacilitator)
    .where(and(eq(networkFacilitator.networkId, networkId), eq(networkFacilitator.userId, userId)))
    .limit(1);
  return found !== undefined;
}

/** The member partnerships (status "medlem") a person reaches through a partnership or fylke role. */
export async function ownMemberPartnershipIds(db: Executor, userId: string, networkId: string): Promise<string[]> {
  const rows = await db
    .select({ partnershipId: networkMember.partnershipId })
    .from(networkMember)
    .where(
      and(
        eq(networkMember.networkId, networkId),
        eq(networkMember.status, "medlem"),
        inArray(networkMember.partnershipId, reachablePartnershipsQuery(db, userId)),
      ),
    );
  return rows.map((m) => m.partnershipId);
}

export async function loadNetworkAccess(db: Executor, userId: string, networkId: string): Promise<NetworkAccess> {
  return {
    isFacilitator: await isNetworkFacilitator(db, userId, networkId),
    ownPartnershipIds: await ownMemberPartnershipIds(db, userId, networkId),
  };
}

// Prepared once per connection (db/prepared.ts): the layout asks on every page whether to show «Nettverk».
const facilitatedNetworksQuery = (db: Executor) =>
  db
    .select({ id: networkFacilitator.networkId })
    .from(networkFacilitator)
    .where(eq(networkFacilitator.userId, sql.placeholder("userId")))
    .prepare("facilitated_networks");

const memberNetworksQuery = (db: Executor) =>
  db
    .selectDistinct({ id: networkMember.networkId })
    .from(networkMember)
    .where(and(eq(networkMember.status, "medlem"), inArray(networkMember.partnershipId, reachablePartnershipsQuery(db, sql.placeholder("userId")))))
    .prepare("member_networks");

/** Ids of the networks a person can open: those they facilitate, and those a partnership of theirs belongs to. */
export async function reachableNetworkIds(db: Executor, userId: string): Promise<string[]> {
  const facilitated = await preparedOnce(db, facilitatedNetworksQuery).execute({ userId });
  const viaMembers = await preparedOnce(db, memberNetworksQuery).execute({ userId });
  return [...new Set([...facilitated, ...viaMembers].map((r) => r.id))];
}
