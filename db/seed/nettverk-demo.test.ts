import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, gathering, network, networkFacilitator, networkMember, programmeItem } from "~/db/schema";
import { facilitatorView } from "~/server/domain/workshop/view";
import { networkScopeFor } from "~/test/scope";
import type { Database } from "~/db/connection";
import { createTestDatabase } from "~/test/factories";
import { CURRENT_NETWORK_NAME, PILOT_NETWORK_NAME } from "./nettverk-demo";
import { seedDemo } from "./seed-demo";

/** Seeding the whole demo takes seconds, more on a busy machine and on PostgreSQL. */
const SEED_TIMEOUT = 120_000;

describe("Agder network demo", () => {
  let db: Database;
  let pilotId: string;
  let samlinger: (typeof gathering.$inferSelect)[];

  /** The network's own facilitator, as on the samling screen. */
  const facilitating = async (networkId: string) => {
    const [facilitator] = await db.select().from(networkFacilitator).where(eq(networkFacilitator.networkId, networkId)).limit(1);
    return networkScopeFor(db, { userId: facilitator!.userId }, networkId);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db, "hash");
    pilotId = (await db.select().from(network).where(eq(network.name, PILOT_NETWORK_NAME)).limit(1))[0]!.id;
    samlinger = await db.select().from(gathering).where(eq(gathering.networkId, pilotId)).orderBy(gathering.startsOn);
  }, SEED_TIMEOUT);

  it("has the eleven pilot partnerships as members and the four samlinger with their dates and places", async () => {
    const members = await db.select().from(networkMember).where(eq(networkMember.networkId, pilotId));
    expect(members.filter((m) => m.status === "medlem")).toHaveLength(11);
    expect(samlinger.map((s) => [s.startsOn, s.endsOn, s.place])).toEqual([
      ["2018-04-17", "2018-04-18", "Kristiansand"],
      ["2018-08-30", "2018-08-30", "Kristiansand"],
      ["2018-10-23", "2018-10-23", "Arendal"],
      ["2019-03-05", "2019-03-05", "Vennesla"],
    ]);
    for (const s of samlinger) {
      expect(s.liveStatus).toBe("avsluttet");
      expect(s.joinCode).toBeNull();
      expect((await db.select().from(programmeItem).where(eq(programmeItem.gatheringId, s.id))).length).toBeGreaterThan(4);
    }
  });

  it("gives each samling's evaluation the report's headline share of 5 and 6", async () => {
    const shares: (number | null)[] = [];
    for (const s of samlinger) {
      const evaluation = (await facilitatorView(await facilitating(pilotId), { gatheringId: s.id })).tasks.find((t) => t.kind === "evaluering")!;
      expect(evaluation.status).toBe("lukket");
      expect(evaluation.resultsVisible).toBe(true);
      const overall = evaluation.results.kind === "evaluering" ? evaluation.results.statements[0]!.result : null;
      shares.push(overall && !overall.tooFew ? overall.highShare : null);
    }
    expect(shares.slice(0, 3)).toEqual([73, 67, 86]);
    expect(shares[3]).toBeLessThan(73);
    const second = (await facilitatorView(await facilitating(pilotId), { gatheringId: samlinger[1]!.id })).tasks.find((t) => t.kind === "evaluering")!.results;
    // "Nobody" gave 5 or 6 on cross-municipal experience sharing at the second samling.
    expect(second.kind === "evaluering" && !second.statements[1]!.result.tooFew && second.statements[1]!.result.highShare).toBe(0);
  });

  it("has an expectation matrix for samling 1 where every role group is large enough to show", async () => {
    const task = (await facilitatorView(await facilitating(pilotId), { gatheringId: samlinger[0]!.id })).tasks.find((t) => t.kind === "forventninger")!;
    expect(task.results.kind).toBe("forventninger");
    if (task.results.kind !== "forventninger") return;
    const [radmann, fylkesdirektor] = task.results.matrices;
    expect(radmann!.rows).toHaveLength(12);
    expect(fylkesdirektor!.rows).toHaveLength(14);
    expect(radmann!.groups.every((g) => !g.tooFew)).toBe(true);
    expect(radmann!.unsorted + fylkesdirektor!.unsorted).toBe(0);
    const planning = radmann!.rows.find((r) => r.label === "Nav mer inn i kommunens planarbeid")!;
    expect(Object.values(planning.byGroup).every((n) => n !== null && n > 0)).toBe(true);
  });

  it("dates the network's audit rows to when it happened, and leaves a current network with a samling ready to open", async () => {
    const pilotAudit = (await db.select().from(auditEvent).where(eq(auditEvent.entityId, pilotId)).limit(1))[0]!;
    expect(pilotAudit.at.getUTCFullYear()).toBe(2018);
    const current = (await db.select().from(network).where(eq(network.name, CURRENT_NETWORK_NAME)).limit(1))[0]!;
    const members = await db.select().from(networkMember).where(eq(networkMember.networkId, current.id));
    expect(members.map((m) => m.status).sort()).toEqual(["invitert", "medlem", "medlem", "medlem"]);
    const [next] = await db.select().from(gathering).where(eq(gathering.networkId, current.id));
    expect(next!.liveStatus).toBe("ikke_startet");
    expect((await facilitatorView(await facilitating(current.id), { gatheringId: next!.id })).tasks.map((t) => t.kind)).toEqual(["selvvurdering", "prioritering", "forventninger", "evaluering"]);
  });

  it("adds nothing when run again", { timeout: SEED_TIMEOUT }, async () => {
    const count = async () => (await db.select().from(gathering)).length;
    const before = await count();
    await seedDemo(db, "hash");
    expect(await count()).toBe(before);
  });
});
