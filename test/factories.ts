/**
 * Test data builders. Every test file makes its own in-memory database with the
 * real migrations, and builds only what it needs.
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "~/db/connection";
import { fylke, gathering, kommune, network, networkFacilitator, networkMember, roleAssignment } from "~/db/schema";
import type { Role } from "~/lib/roles";
import { createPasswordAccount } from "~/server/domain/admin/accounts";
import { createPartnership } from "~/server/domain/partnership/create";
import type { LeaderModel } from "~/lib/partnership/catalogue";

let sequence = 0;
const next = () => ++sequence;

export { createTestDatabase } from "./database";

export function makeFylke(db: Database, overrides: { slug?: string; name?: string } = {}) {
  const n = next();
  return db
    .insert(fylke)
    .values({ slug: overrides.slug ?? `fylke-${n}`, name: overrides.name ?? `Fylke ${n}` })
    .returning()
    .get();
}

export function makeKommune(db: Database, fylkeId: string, overrides: { name?: string } = {}) {
  const n = next();
  return db
    .insert(kommune)
    .values({ number: String(9000 + n), name: overrides.name ?? `Kommune ${n}`, fylkeId })
    .returning()
    .get();
}

/** A partnership with its own kommune (or the given ones) in the fylke. */
export function makePartnership(
  db: Database,
  fylkeId: string,
  overrides: { slug?: string; officeName?: string; kommuneIds?: string[]; leaderModel?: LeaderModel } = {},
) {
  const n = next();
  const kommuneIds = overrides.kommuneIds ?? [makeKommune(db, fylkeId).id];
  return createPartnership(db, null, {
    slug: overrides.slug ?? `kontor-${n}`,
    officeName: overrides.officeName ?? `Nav Kontor ${n}`,
    fylkeId,
    kommuneIds,
    leaderModel: overrides.leaderModel ?? "en_leder",
  });
}

export function makeUser(db: Database, overrides: { email?: string; name?: string; passwordHash?: string } = {}) {
  const n = next();
  return createPasswordAccount(db, {
    email: overrides.email ?? `person${n}@test.no`,
    name: overrides.name ?? `Person ${n}`,
    passwordHash: overrides.passwordHash ?? "not-a-real-hash",
  });
}

export function grantRole(
  db: Database,
  userId: string,
  role: Role,
  scope: { partnershipId?: string; fylkeId?: string; kommuneId?: string; title?: string } = {},
) {
  return db
    .insert(roleAssignment)
    .values({ userId, role, ...scope })
    .returning()
    .get();
}

/** A person holding one role, ready to be a caller. */
export function makePersonWithRole(
  db: Database,
  role: Role,
  scope: { partnershipId?: string; fylkeId?: string; kommuneId?: string } = {},
) {
  const user = makeUser(db);
  grantRole(db, user.id, role, scope);
  return user;
}

// Networks and live samlinger (issue 7): rows inserted directly, without the network domain.

export function makeNetwork(db: Database, overrides: Partial<typeof network.$inferInsert> = {}) {
  const n = next();
  return db
    .insert(network)
    .values({ slug: `nettverk-${n}`, name: `Nettverk ${n}`, periodStart: "2018-01-01", periodEnd: "2019-12-31", ...overrides })
    .returning()
    .get();
}

/** A facilitator of the network: the global role "fasilitator" and the network_facilitator row. */
export function makeNetworkFacilitator(db: Database, networkId: string, user: { id: string } = makeUser(db)) {
  const hasRole = db
    .select({ id: roleAssignment.id })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.userId, user.id), eq(roleAssignment.role, "fasilitator")))
    .get();
  if (!hasRole) grantRole(db, user.id, "fasilitator");
  db.insert(networkFacilitator).values({ networkId, userId: user.id }).run();
  return user;
}

/** A partnership in the network; a member (status "medlem") sharing statuses and priorities unless told. */
export function makeNetworkMember(
  db: Database,
  networkId: string,
  partnershipId: string,
  overrides: Partial<Omit<typeof networkMember.$inferInsert, "networkId" | "partnershipId">> = {},
) {
  return db
    .insert(networkMember)
    .values({ networkId, partnershipId, status: "medlem", ...overrides })
    .returning()
    .get();
}

/** A samling of the network; live mode not started unless told (joinCode with liveStatus "apen" opens it). */
export function makeGathering(db: Database, networkId: string, overrides: Partial<Omit<typeof gathering.$inferInsert, "networkId">> = {}) {
  const n = next();
  return db
    .insert(gathering)
    .values({ networkId, title: `Samling ${n}`, startsOn: "2018-04-17", endsOn: "2018-04-17", ...overrides })
    .returning()
    .get();
}
