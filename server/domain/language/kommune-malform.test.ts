import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { auditEvent, kommune } from "~/db/schema";
import { createTestDatabase, grantRole, makeFylke, makeKommune, makeUser } from "~/test/factories";
import { listKommuneMalform, setKommuneMalform } from "./kommune-malform";

let db: Database;
let admin: { userId: string };

beforeEach(async () => {
  db = await createTestDatabase();
  const person = await makeUser(db, { name: "Admin Adminsen", email: "admin@test.no" });
  await grantRole(db, person.id, "admin");
  admin = { userId: person.id };
});

const malformOf = async (id: string) => (await db.select({ malform: kommune.malform }).from(kommune).where(eq(kommune.id, id)))[0]?.malform;
const kommuneEvents = () => db.select().from(auditEvent).where(eq(auditEvent.entity, "kommune"));

describe("listKommuneMalform", () => {
  it("lists every fylke's kommuner by name with their målform, bokmål until set", async () => {
    const agder = await makeFylke(db, { name: "Agder" });
    const vestland = await makeFylke(db, { name: "Vestland" });
    await makeKommune(db, agder.id, { name: "Valle" });
    const bykle = await makeKommune(db, agder.id, { name: "Bykle" });
    await makeKommune(db, vestland.id, { name: "Voss" });
    await setKommuneMalform(db, admin, bykle.id, "nynorsk");

    const listed = await listKommuneMalform(db);
    expect(listed.map((f) => [f.name, f.kommuner.map((k) => [k.name, k.malform])])).toEqual([
      ["Agder", [["Bykle", "nynorsk"], ["Valle", "bokmal"]]],
      ["Vestland", [["Voss", "bokmal"]]],
    ]);
  });
});

describe("setKommuneMalform", () => {
  it("saves the målform and audits the change with the fylke", async () => {
    const agder = await makeFylke(db, { name: "Agder" });
    const bykle = await makeKommune(db, agder.id, { name: "Bykle" });

    expect(await setKommuneMalform(db, admin, bykle.id, "nynorsk")).toEqual({ changed: true });
    expect(await malformOf(bykle.id)).toBe("nynorsk");
    const events = await kommuneEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityId: bykle.id, action: "update", actorUserId: admin.userId, fylkeId: agder.id });
    expect(events[0]!.changes).toEqual({ malform: { from: "bokmal", to: "nynorsk" } });
  });

  it("does nothing when the målform is already set", async () => {
    const bykle = await makeKommune(db, (await makeFylke(db)).id, { name: "Bykle" });
    await setKommuneMalform(db, admin, bykle.id, "noytral");
    expect(await setKommuneMalform(db, admin, bykle.id, "noytral")).toEqual({ changed: false });
    expect(await kommuneEvents()).toHaveLength(1);
  });

  it("refuses an unknown kommune and changes nothing", async () => {
    const bykle = await makeKommune(db, (await makeFylke(db)).id, { name: "Bykle" });
    await expect(setKommuneMalform(db, admin, "finnes-ikke", "nynorsk")).rejects.toMatchObject({ kind: "not_found", message: "Fant ikke kommunen." });
    expect(await malformOf(bykle.id)).toBe("bokmal");
    expect(await kommuneEvents()).toHaveLength(0);
  });
});
