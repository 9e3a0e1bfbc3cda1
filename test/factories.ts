/**
 * Test data builders. Every test file makes its own fresh database with the
 * real migrations (test/database.ts), and builds only what it needs.
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

export async function makeFylke(db: Database, overrides: { slug?: string; name?: string } = {}) {
  const n = next();
  const [made] = await db
    .insert(fylke)
    .values({ slug: overrides.slug ?? `fylke-${n}`, name: overrides.name ?? `Fylke ${n}` })
    .returning();
  return made!;
}

export async function makeKommune(db: Database, fylkeId: string, overrides: { name?: string } = {}) {
  const n = next();
  const [made] = await db
    .insert(kommune)
    .values({ number: String(9000 + n), name: overrides.name ?? `Kommune ${n}`, fylkeId })
    .returning();
  return made!;
}

/** A partnership with its own kommune (or the given ones) in the fylke. */
export async function makePartnership(
  db: Database,
  fylkeId: string,
  overrides: { slug?: string; officeName?: string; kommuneIds?: string[]; leaderModel?: LeaderModel } = {},
) {
  const n = next();
  const kommuneIds = overrides.kommuneIds ?? [(await makeKommune(db, fylkeId)).id];
  return await createPartnership(db, null, {
    slug: overrides.slug ?? `kontor-${n}`,
    officeName: overrides.officeName ?? `Nav Kontor ${n}`,
    fylkeId,
    kommuneIds,
    leaderModel: overrides.leaderModel ?? "en_leder",
  });
}

export async function makeUser(db: Database, overrides: { email?: string; name?: string; passwordHash?: string } = {}) {
  const n = next();
  return await createPasswordAccount(db, {
    email: overrides.email ?? `person${n}@test.no`,
    name: overrides.name ?? `Person ${n}`,
    passwordHash: overrides.passwordHash ?? "not-a-real-hash",
  });
}

export async function grantRole(
  db: Database,
  userId: string,
  role: Role,
  scope: { partnershipId?: string; fylkeId?: string; kommuneId?: string; title?: string } = {},
) {
  const [made] = await db
    .insert(roleAssignment)
    .values({ userId, role, ...scope })
    .returning();
  return made!;
}

/** A person holding one role, ready to be a caller. */
export async function makePersonWithRole(
  db: Database,
  role: Role,
  scope: { partnershipId?: string; fylkeId?: string; kommuneId?: string } = {},
) {
  const user = await makeUser(db);
  await grantRole(db, user.id, role, scope);
  return user;
}

// Networks and live samlinger (issue 7): rows inserted directly, without the network domain.

export async function makeNetwork(db: Database, overrides: Partial<typeof network.$inferInsert> = {}) {
  const n = next();
  const [made] = await db
    .insert(network)
    .values({ slug: `nettverk-${n}`, name: `Nettverk ${n}`, periodStart: "2018-01-01", periodEnd: "2019-12-31", ...overrides })
    .returning();
  return made!;
}

/** A facilitator of the network: the global role "fasilitator" and the network_facilitator row. */
export async function makeNetworkFacilitator(db: Database, networkId: string, given?: { id: string }) {
  const user = given ?? (await makeUser(db));
  const [hasRole] = await db
    .select({ id: roleAssignment.id })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.userId, user.id), eq(roleAssignment.role, "fasilitator")))
    .limit(1);
  if (!hasRole) await grantRole(db, user.id, "fasilitator");
  await db.insert(networkFacilitator).values({ networkId, userId: user.id });
  return user;
}

/** A partnership in the network; a member (status "medlem") sharing statuses and priorities unless told. */
export async function makeNetworkMember(
  db: Database,
  networkId: string,
  partnershipId: string,
  overrides: Partial<Omit<typeof networkMember.$inferInsert, "networkId" | "partnershipId">> = {},
) {
  const [made] = await db
    .insert(networkMember)
    .values({ networkId, partnershipId, status: "medlem", ...overrides })
    .returning();
  return made!;
}

/** A samling of the network; live mode not started unless told (joinCode with liveStatus "apen" opens it). */
export async function makeGathering(
  db: Database,
  networkId: string,
  overrides: Partial<Omit<typeof gathering.$inferInsert, "networkId">> = {},
) {
  const n = next();
  const [made] = await db
    .insert(gathering)
    .values({ networkId, title: `Samling ${n}`, startsOn: "2018-04-17", endsOn: "2018-04-17", ...overrides })
    .returning();
  return made!;
}
