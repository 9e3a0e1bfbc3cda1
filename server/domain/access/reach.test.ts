import { describe, expect, it } from "vitest";
import { createTestDatabase, grantRole, makeFylke, makePartnership, makeUser } from "~/test/factories";
import { loadPartnershipAccess } from "./load";
import { reachablePartnershipIds, reachedRoles } from "./reach";

function setup() {
  const db = createTestDatabase();
  const agder = makeFylke(db).id;
  const vestland = makeFylke(db).id;
  const grimstad = makePartnership(db, agder);
  const arendal = makePartnership(db, agder);
  const bergen = makePartnership(db, vestland);
  return { db, agder, vestland, grimstad, arendal, bergen };
}

describe("which partnerships a person reaches", () => {
  it("is the partnership a role is held in, and every partnership of a fylke a fylke role is held over", () => {
    const { db, agder, grimstad, arendal, bergen } = setup();
    const leder = makeUser(db).id;
    grantRole(db, leder, "nav_leder", { partnershipId: bergen.id });
    const direktor = makeUser(db).id;
    grantRole(db, direktor, "fylkesdirektor", { fylkeId: agder });

    expect(reachablePartnershipIds(db, leder)).toEqual([bergen.id]);
    expect(reachablePartnershipIds(db, direktor).sort()).toEqual([grimstad.id, arendal.id].sort());
  });

  it("gives global roles and people without roles no partnership", () => {
    const { db } = setup();
    const admin = makeUser(db).id;
    grantRole(db, admin, "admin");
    grantRole(db, admin, "fasilitator");
    expect(reachablePartnershipIds(db, admin)).toEqual([]);
    expect(reachablePartnershipIds(db, makeUser(db).id)).toEqual([]);
  });

  it("lists each role through which a partnership is reached, as the partnership procedure loads them", () => {
    const { db, agder, grimstad, arendal, bergen } = setup();
    const person = makeUser(db).id;
    grantRole(db, person, "avdelingsleder", { partnershipId: grimstad.id });
    grantRole(db, person, "fylkesstab", { fylkeId: agder });

    const byPartnership = (id: string) => reachedRoles(db, person).filter((r) => r.partnershipId === id).map((r) => r.role).sort();
    expect(byPartnership(grimstad.id)).toEqual(["avdelingsleder", "fylkesstab"]);
    expect(byPartnership(arendal.id)).toEqual(["fylkesstab"]);
    expect(byPartnership(bergen.id)).toEqual([]);
    for (const p of [grimstad, arendal, bergen]) {
      expect(loadPartnershipAccess(db, person, p).roles.sort()).toEqual(byPartnership(p.id));
    }
  });
});
