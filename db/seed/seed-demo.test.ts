import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { partnership, partnershipService, roleAssignment, user } from "../schema";
import { getFylkeOverview } from "~/server/domain/fylke/overview";
import { getPartnershipOverview } from "~/server/domain/partnership/overview";
import { createTestDatabase } from "./factories";
import { seedDemo } from "./seed-demo";

describe("Agder demo seed", () => {
  it("loads the eleven pilot partnerships and can run again without duplicating anything", () => {
    const db = createTestDatabase();
    seedDemo(db, "hash");
    const counts = () => [partnership, user, roleAssignment, partnershipService].map((t) => db.select({ n: count() }).from(t).get()!.n);
    const first = counts();
    seedDemo(db, "hash");
    expect(counts()).toEqual(first);
    expect(first[0]).toBe(11);
  });

  it("gives Nav Grimstad its positions and municipal services", () => {
    const db = createTestDatabase();
    seedDemo(db, "hash");
    const grimstad = db.select().from(partnership).where(eq(partnership.slug, "grimstad")).get()!;
    const overview = getPartnershipOverview(db, grimstad.id);
    expect([overview.municipalPositions, overview.statePositions]).toEqual([12.6, 25.3]);
    expect(overview.services.filter((s) => s.enabled).map((s) => s.name)).toEqual([
      "Gjeldsrådgivning",
      "Flyktningtjeneste / introduksjonsprogram",
    ]);
    expect(overview.people.map((p) => p.email)).toEqual(expect.arrayContaining(["navleder@demo.no", "radmann@demo.no", "fylkesdirektor@demo.no"]));
    expect(getFylkeOverview(db, grimstad.fylkeId).partnerships).toHaveLength(11);
  });
});
