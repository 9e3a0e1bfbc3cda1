import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvent, network, networkFacilitator } from "~/db/schema";
import { createTestDatabase, grantRole, makeUser } from "~/test/factories";
import { addFacilitator, createNetwork, removeFacilitator, slugFromName, uniqueSlug, updateNetwork } from "./networks";
import { networkScopeFor } from "~/test/scope";

const details = { name: "Pilotnettverk Agder", description: "", periodStart: "2018-04-01", periodEnd: "2019-06-30" };

function setup() {
  const db = createTestDatabase();
  const facilitator = makeUser(db, { email: "fasilitator@test.no", name: "Fia Fasilitator" });
  grantRole(db, facilitator.id, "fasilitator");
  return { db, facilitator, actor: { userId: facilitator.id } };
}

describe("slugs", () => {
  it("derives a readable address from the name", () => {
    expect(slugFromName("Pilotnettverk Agder 2018–19")).toBe("pilotnettverk-agder-2018-19");
    expect(slugFromName("Østre Ålesund Ærlig")).toBe("ostre-alesund-aerlig");
    expect(slugFromName("!!!")).toBe("nettverk");
  });

  it("adds a number when the address is taken", () => {
    const taken = new Set(["agder", "agder-2"]);
    expect(uniqueSlug("agder", (s) => taken.has(s))).toBe("agder-3");
    expect(uniqueSlug("vest", (s) => taken.has(s))).toBe("vest");
  });
});

describe("createNetwork", () => {
  it("makes the creator its facilitator, gives a unique slug and audits", () => {
    const { db, actor, facilitator } = setup();
    const first = createNetwork(db, actor, details);
    const second = createNetwork(db, actor, details);
    expect(first.slug).toBe("pilotnettverk-agder");
    expect(second.slug).toBe("pilotnettverk-agder-2");
    expect(db.select().from(networkFacilitator).where(eq(networkFacilitator.networkId, first.id)).all().map((f) => f.userId)).toEqual([facilitator.id]);
    expect(db.select().from(auditEvent).where(eq(auditEvent.entityId, first.id)).all()).toHaveLength(1);
  });

  it("refuses people without the fasilitator or admin role", () => {
    const { db } = setup();
    const leder = makeUser(db);
    expect(() => createNetwork(db, { userId: leder.id }, details)).toThrow(/Bare prosessveiledere/);
    expect(db.select().from(network).all()).toHaveLength(0);
  });
});

describe("updateNetwork", () => {
  it("keeps the slug and refuses a stale version", () => {
    const { db, actor } = setup();
    const { id } = createNetwork(db, actor, details);
    expect(updateNetwork(networkScopeFor(db, actor, id), { ...details, name: "Nytt navn", version: 1 })).toEqual({ version: 2 });
    expect(db.select().from(network).get()!.slug).toBe("pilotnettverk-agder");
    expect(() => updateNetwork(networkScopeFor(db, actor, id), { ...details, version: 1 })).toThrow(/Noen andre har lagret/);
  });
});

describe("facilitators", () => {
  it("adds only people with the fasilitator role, and never removes the last one", () => {
    const { db, actor, facilitator } = setup();
    const { id } = createNetwork(db, actor, details);
    const other = makeUser(db, { email: "annen@test.no", name: "Anna Annen" });
    const refusalFor = (email: string) => {
      try {
        addFacilitator(networkScopeFor(db, actor, id), { email });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("expected a refusal");
    };
    const noRole = refusalFor("annen@test.no");
    expect(noRole).toMatch(/Fant ingen prosessveileder/);
    // Neither the person's name nor whether they have an account is given away.
    expect(noRole).not.toMatch(/Anna|Annen/);
    expect(refusalFor("ingen@test.no")).toBe(noRole);
    grantRole(db, other.id, "fasilitator");
    addFacilitator(networkScopeFor(db, actor, id), { email: " Annen@Test.no " });
    expect(() => addFacilitator(networkScopeFor(db, actor, id), { email: "annen@test.no" })).toThrow(/allerede fasilitator/);
    removeFacilitator(networkScopeFor(db, actor, id), { userId: facilitator.id });
    expect(() => removeFacilitator(networkScopeFor(db, actor, id), { userId: other.id })).toThrow(/minst én fasilitator/);
  });
});
