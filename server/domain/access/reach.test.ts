import { describe, expect, it } from "vitest";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makeUser } from "~/test/factories";
import { loadPartnershipAccess } from "./load";
import { reachablePartnershipIds, reachedRoles } from "./reach";

async function setup() {
  const db = await createTestDatabase();
  const agder = (await makeFylke(db)).id;
  const vestland = (await makeFylke(db)).id;
  const grimstad = await makePartnership(db, agder);
  const arendal = await makePartnership(db, agder);
  const bergen = await makePartnership(db, vestland);
  return { db, agder, vestland, grimstad, arendal, bergen };
}

describe("which partnerships a person reaches", () => {
  it("is the partnership a role is held in, and every partnership of a fylke a fylke role is held over", async () => {
    const { db, agder, grimstad, arendal, bergen } = await setup();
    const leder = (await makeUser(db)).id;
    await grantRole(db, leder, "nav_leder", { partnershipId: bergen.id });
    const direktor = (await makeUser(db)).id;
    await grantRole(db, direktor, "fylkesdirektor", { fylkeId: agder });

    expect(await reachablePartnershipIds(db, leder)).toEqual([bergen.id]);
    expect((await reachablePartnershipIds(db, direktor)).sort()).toEqual([grimstad.id, arendal.id].sort());
  });

  it("gives global roles and people without roles no partnership", async () => {
    const { db } = await setup();
    const admin = (await makeUser(db)).id;
    await grantRole(db, admin, "admin");
    await grantRole(db, admin, "fasilitator");
    expect(await reachablePartnershipIds(db, admin)).toEqual([]);
    expect(await reachablePartnershipIds(db, (await makeUser(db)).id)).toEqual([]);
  });

  it("lists each role through which a partnership is reached, as the partnership procedure loads them", async () => {
    const { db, agder, grimstad, arendal, bergen } = await setup();
    const person = (await makeUser(db)).id;
    await grantRole(db, person, "avdelingsleder", { partnershipId: grimstad.id });
    await grantRole(db, person, "fylkesstab", { fylkeId: agder });

    const reached = await reachedRoles(db, person);
    const byPartnership = (id: string) => reached.filter((r) => r.partnershipId === id).map((r) => r.role).sort();
    expect(byPartnership(grimstad.id)).toEqual(["avdelingsleder", "fylkesstab"]);
    expect(byPartnership(arendal.id)).toEqual(["fylkesstab"]);
    expect(byPartnership(bergen.id)).toEqual([]);
    for (const p of [grimstad, arendal, bergen]) {
      expect((await loadPartnershipAccess(db, person, p)).roles.sort()).toEqual(byPartnership(p.id));
    }
  });
});
