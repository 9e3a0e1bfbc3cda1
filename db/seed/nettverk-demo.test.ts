import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, gathering, network, networkFacilitator, networkMember, programmeItem } from "~/db/schema";
import { facilitatorView } from "~/server/domain/workshop/view";
import { networkScopeFor } from "~/test/scope";
import type { Database } from "~/db/connection";
import { createTestDatabase } from "~/test/factories";
import { CURRENT_NETWORK_NAME, PILOT_NETWORK_NAME } from "./nettverk-demo";
import { seedDemo } from "./seed-demo";

describe("Agder network demo", () => {
  let db: Database;
  let pilotId: string;
  let samlinger: (typeof gathering.$inferSelect)[];

  /** The network's own facilitator, as on the samling screen. */
  const facilitating = (networkId: string) =>
    networkScopeFor(db, { userId: db.select().from(networkFacilitator).where(eq(networkFacilitator.networkId, networkId)).get()!.userId }, networkId);

  beforeAll(() => {
    db = createTestDatabase();
    seedDemo(db, "hash");
    pilotId = db.select().from(network).where(eq(network.name, PILOT_NETWORK_NAME)).get()!.id;
    samlinger = db.select().from(gathering).where(eq(gathering.networkId, pilotId)).orderBy(gathering.startsOn).all();
  });

  it("has the eleven pilot partnerships as members and the four samlinger with their dates and places", () => {
    const members = db.select().from(networkMember).where(eq(networkMember.networkId, pilotId)).all();
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
      expect(db.select().from(programmeItem).where(eq(programmeItem.gatheringId, s.id)).all().length).toBeGreaterThan(4);
    }
  });

  it("gives each samling's evaluation the report's headline share of 5 and 6", () => {
    const shares = samlinger.map((s) => {
      const evaluation = facilitatorView(facilitating(pilotId), { gatheringId: s.id }).tasks.find((t) => t.kind === "evaluering")!;
      expect(evaluation.status).toBe("lukket");
      expect(evaluation.resultsVisible).toBe(true);
      const overall = evaluation.results.kind === "evaluering" ? evaluation.results.statements[0]!.result : null;
      return overall && !overall.tooFew ? overall.highShare : null;
    });
    expect(shares.slice(0, 3)).toEqual([73, 67, 86]);
    expect(shares[3]).toBeLessThan(73);
    const second = facilitatorView(facilitating(pilotId), { gatheringId: samlinger[1]!.id }).tasks.find((t) => t.kind === "evaluering")!.results;
    // "Nobody" gave 5 or 6 on cross-municipal experience sharing at the second samling.
    expect(second.kind === "evaluering" && !second.statements[1]!.result.tooFew && second.statements[1]!.result.highShare).toBe(0);
  });

  it("has an expectation matrix for samling 1 where every role group is large enough to show", () => {
    const task = facilitatorView(facilitating(pilotId), { gatheringId: samlinger[0]!.id }).tasks.find((t) => t.kind === "forventninger")!;
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

  it("dates the network's audit rows to when it happened, and leaves a current network with a samling ready to open", () => {
    const pilotAudit = db.select().from(auditEvent).where(eq(auditEvent.entityId, pilotId)).get()!;
    expect(pilotAudit.at.getUTCFullYear()).toBe(2018);
    const current = db.select().from(network).where(eq(network.name, CURRENT_NETWORK_NAME)).get()!;
    const members = db.select().from(networkMember).where(eq(networkMember.networkId, current.id)).all();
    expect(members.map((m) => m.status).sort()).toEqual(["invitert", "medlem", "medlem", "medlem"]);
    const [next] = db.select().from(gathering).where(eq(gathering.networkId, current.id)).all();
    expect(next!.liveStatus).toBe("ikke_startet");
    expect(facilitatorView(facilitating(current.id), { gatheringId: next!.id }).tasks.map((t) => t.kind)).toEqual(["selvvurdering", "prioritering", "forventninger", "evaluering"]);
  });

  it("adds nothing when run again", () => {
    const count = () => db.select().from(gathering).all().length;
    const before = count();
    seedDemo(db, "hash");
    expect(count()).toBe(before);
  });
});
