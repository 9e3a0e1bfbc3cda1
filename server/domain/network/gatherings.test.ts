import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvent, gathering } from "~/db/schema";
import { renderText } from "~/lib/i18n/text";
import { createTestDatabase, grantRole, makeUser } from "~/test/factories";
import {
  addProgrammeItem,
  addProgrammeItemInput,
  createGathering,
  createGatheringInput,
  gatheringDatesProblem,
  type Problem,
  programmeTimeProblem,
  removeGathering,
  updateGathering,
  updateGatheringInput,
} from "./gatherings";
import { createNetwork } from "./networks";
import { getGatheringView } from "./view";
import { networkScopeFor } from "~/test/scope";

const samling = { title: "Samling 1", startsOn: "2018-04-17", endsOn: "2018-04-18", place: "Kristiansand", description: "" };
const item = { day: "2018-04-17", startTime: "10:00", endTime: "10:30", title: "Velkommen", speaker: "Fylkesdirektøren", kind: "innlegg" as const };

async function setup() {
  const db = await createTestDatabase();
  const u = await makeUser(db);
  await grantRole(db, u.id, "fasilitator");
  const actor = { userId: u.id };
  const net = await createNetwork(db, actor, { name: "Agder", description: "", periodStart: "2018-01-01", periodEnd: "2019-12-31" });
  const other = await createNetwork(db, actor, { name: "Vest", description: "", periodStart: "2018-01-01", periodEnd: "2019-12-31" });
  return { db, actor, networkId: net.id, otherId: other.id };
}

const inBokmal = (problem: Problem | null) => (problem ? renderText(problem, "nb") : null);

describe("dates and times", () => {
  it("needs the last day on or after the first, and at most a week", () => {
    expect(gatheringDatesProblem("2018-04-17", "2018-04-17")).toBeNull();
    expect(inBokmal(gatheringDatesProblem("2018-04-18", "2018-04-17"))).toMatch(/før første dag/);
    expect(inBokmal(gatheringDatesProblem("2018-04-17", "2018-04-30"))).toMatch(/høyst 7 dager/);
    expect(renderText(gatheringDatesProblem("2018-04-17", "2018-04-30")!, "nn")).toBe("Ei samling kan vare i høgst 7 dagar.");
    expect(createGatheringInput.safeParse({ ...samling, endsOn: "2018-04-16" }).error?.issues[0]?.message).toBe("Siste dag kan ikke være før første dag.");
    expect(createGatheringInput.safeParse({ ...samling, endsOn: "2018-02-31" }).success).toBe(false);
  });

  it("needs a start time, and an end after it", () => {
    expect(inBokmal(programmeTimeProblem("10:00", "10:00"))).toMatch(/slutte etter/);
    expect(programmeTimeProblem("10:00", null)).toBeNull();
    expect(addProgrammeItemInput.safeParse({ gatheringId: "x", ...item, startTime: "" }).success).toBe(false);
    expect(addProgrammeItemInput.safeParse({ gatheringId: "x", ...item, startTime: "9.30", endTime: "" }).data).toMatchObject({ startTime: "09:30", endTime: null });
  });
});

describe("samlinger", () => {
  it("keeps the language guests start in: bokmål unless the facilitator picks nynorsk, and audits a change", async () => {
    const { db, actor, networkId } = await setup();
    const scope = async () => networkScopeFor(db, actor, networkId);
    const plain = await createGathering(await scope(), createGatheringInput.parse(samling));
    const nynorsk = await createGathering(await scope(), createGatheringInput.parse({ ...samling, title: "Samling 2", language: "nn" }));
    const languageOf = async (id: string) => (await db.select({ language: gathering.language }).from(gathering).where(eq(gathering.id, id)))[0]?.language;
    expect(await languageOf(plain.id)).toBe("nb");
    expect(await languageOf(nynorsk.id)).toBe("nn");
    expect(createGatheringInput.safeParse({ ...samling, language: "sv" }).success).toBe(false);

    await updateGathering(await scope(), updateGatheringInput.parse({ gatheringId: plain.id, version: 1, ...samling, language: "nn" }));
    expect(await languageOf(plain.id)).toBe("nn");
    const audit = await db.select().from(auditEvent).where(eq(auditEvent.entityId, plain.id));
    expect(audit.map((a) => [a.action, a.changes.language])).toEqual([
      ["create", "nb"],
      ["update", { from: "nb", to: "nn" }],
    ]);
    const created = await db.select().from(auditEvent).where(eq(auditEvent.entityId, nynorsk.id));
    expect(created[0]?.changes.language).toBe("nn");
  });

  it("keeps programme items on the samling's days, sorted by day and time", async () => {
    const { db, actor, networkId } = await setup();
    const { id } = await createGathering(await networkScopeFor(db, actor, networkId), samling);
    await addProgrammeItem(await networkScopeFor(db, actor, networkId), { gatheringId: id, ...item, day: "2018-04-18", startTime: "09:00" });
    await addProgrammeItem(await networkScopeFor(db, actor, networkId), { gatheringId: id, ...item, startTime: "12:00", kind: "pause", title: "Lunsj" });
    await addProgrammeItem(await networkScopeFor(db, actor, networkId), { gatheringId: id, ...item });
    await expect(addProgrammeItem(await networkScopeFor(db, actor, networkId), { gatheringId: id, ...item, day: "2018-04-19" })).rejects.toThrow(/en av dagene/);
    const view = await getGatheringView(await networkScopeFor(db, actor, networkId), { gatheringId: id });
    expect(view.days.map((d) => [d.day, d.items.map((i) => i.startTime)])).toEqual([
      ["2018-04-17", ["10:00", "12:00"]],
      ["2018-04-18", ["09:00"]],
    ]);
    await expect(
      updateGathering(await networkScopeFor(db, actor, networkId), { gatheringId: id, version: 1, ...samling, endsOn: "2018-04-17" }),
    ).rejects.toThrow(/utenfor de nye datoene/);
  });

  it("answers not found for another network's samling, and refuses removal after live mode opened", async () => {
    const { db, actor, networkId, otherId } = await setup();
    const { id } = await createGathering(await networkScopeFor(db, actor, networkId), samling);
    await expect(addProgrammeItem(await networkScopeFor(db, actor, otherId), { gatheringId: id, ...item })).rejects.toThrow(/Fant ikke samlingen/);
    await expect(removeGathering(await networkScopeFor(db, actor, otherId), { gatheringId: id, version: 1 })).rejects.toThrow(/Fant ikke samlingen/);
    await db.update(gathering).set({ liveStatus: "avsluttet" }).where(eq(gathering.id, id));
    await expect(removeGathering(await networkScopeFor(db, actor, networkId), { gatheringId: id, version: 1 })).rejects.toThrow(/live-modus/);
    await db.update(gathering).set({ liveStatus: "ikke_startet" }).where(eq(gathering.id, id));
    await removeGathering(await networkScopeFor(db, actor, networkId), { gatheringId: id, version: 1 });
    expect(await db.select().from(gathering)).toHaveLength(0);
  });
});
