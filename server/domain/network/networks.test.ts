import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvent, network, networkFacilitator } from "~/db/schema";
import { createTestDatabase, grantRole, makeUser } from "~/test/factories";
import { addFacilitator, createNetwork, removeFacilitator, slugFromName, uniqueSlug, updateNetwork } from "./networks";
import { networkScopeFor } from "~/test/scope";

const details = { name: "Pilotnettverk Agder", description: "", periodStart: "2018-04-01", periodEnd: "2019-06-30" };

async function setup() {
  const db = await createTestDatabase();
  const facilitator = await makeUser(db, { email: "fasilitator@test.no", name: "Fia Fasilitator" });
  await grantRole(db, facilitator.id, "fasilitator");
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
  it("makes the creator its facilitator, gives a unique slug and audits", async () => {
    const { db, actor, facilitator } = await setup();
    const first = await createNetwork(db, actor, details);
    const second = await createNetwork(db, actor, details);
    expect(first.slug).toBe("pilotnettverk-agder");
    expect(second.slug).toBe("pilotnettverk-agder-2");
    expect((await db.select().from(networkFacilitator).where(eq(networkFacilitator.networkId, first.id))).map((f) => f.userId)).toEqual([facilitator.id]);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.entityId, first.id))).toHaveLength(1);
  });

  it("refuses people without the fasilitator or admin role", async () => {
    const { db } = await setup();
    const leder = await makeUser(db);
    await expect(createNetwork(db, { userId: leder.id }, details)).rejects.toThrow(/Bare prosessveiledere/);
    expect(await db.select().from(network)).toHaveLength(0);
  });
});

describe("updateNetwork", () => {
  it("keeps the slug and refuses a stale version", async () => {
    const { db, actor } = await setup();
    const { id } = await createNetwork(db, actor, details);
    expect(await updateNetwork(await networkScopeFor(db, actor, id), { ...details, name: "Nytt navn", version: 1 })).toEqual({ version: 2 });
    expect((await db.select().from(network).limit(1))[0]!.slug).toBe("pilotnettverk-agder");
    await expect(updateNetwork(await networkScopeFor(db, actor, id), { ...details, version: 1 })).rejects.toThrow(/Noen andre har lagret/);
  });
});

describe("facilitators", () => {
  it("adds only people with the fasilitator role, and never removes the last one", async () => {
    const { db, actor, facilitator } = await setup();
    const { id } = await createNetwork(db, actor, details);
    const other = await makeUser(db, { email: "annen@test.no", name: "Anna Annen" });
    const refusalFor = async (email: string) => {
      try {
        await addFacilitator(await networkScopeFor(db, actor, id), { email });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("expected a refusal");
    };
    const noRole = await refusalFor("annen@test.no");
    expect(noRole).toMatch(/Fant ingen prosessveileder/);
    // Neither the person's name nor whether they have an account is given away.
    expect(noRole).not.toMatch(/Anna|Annen/);
    expect(await refusalFor("ingen@test.no")).toBe(noRole);
    await grantRole(db, other.id, "fasilitator");
    await addFacilitator(await networkScopeFor(db, actor, id), { email: " Annen@Test.no " });
    await expect(addFacilitator(await networkScopeFor(db, actor, id), { email: "annen@test.no" })).rejects.toThrow(/allerede fasilitator/);
    await removeFacilitator(await networkScopeFor(db, actor, id), { userId: facilitator.id });
    await expect(removeFacilitator(await networkScopeFor(db, actor, id), { userId: other.id })).rejects.toThrow(/minst én fasilitator/);
  });
});
