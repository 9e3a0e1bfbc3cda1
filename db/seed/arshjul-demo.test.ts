import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { inTransaction, type Database } from "~/db/connection";
import { cycleEvent, cycleTemplateEvent, cycleYear, partnership } from "~/db/schema";
import { loadYearEvents } from "~/server/domain/annual-cycle/view";
import { seedArshjulDemo } from "./arshjul-demo";
import { createTestDatabase } from "~/test/factories";
import { seedDemo } from "./seed-demo";

/** Seeding the whole demo takes seconds, more on a busy machine and on PostgreSQL. */
const SEED_TIMEOUT = 120_000;

describe("seedArshjulDemo", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db, "not-a-real-hash");
    // As seed-demo.ts will call it: inside its transaction, twice to show it is idempotent.
    await inTransaction(db, (tx) => seedArshjulDemo(tx));
    await inTransaction(db, (tx) => seedArshjulDemo(tx));
  }, SEED_TIMEOUT);

  it("gives Agder its own template with a felles ledersamling", async () => {
    const rows = await db.select().from(cycleTemplateEvent);
    expect(rows.some((r) => r.title === "Felles ledersamling i Nav Agder" && r.month === 9)).toBe(true);
    expect(rows.find((r) => r.key === "politisk-orientering")).toMatchObject({ month: 2, version: 2 });
  });

  it("starts Grimstad's 2026 and 2027 wheels once, with own events and one changed template event each", async () => {
    const grimstad = (await db.select().from(partnership).where(eq(partnership.slug, "grimstad")).limit(1))[0]!;
    expect((await db.select({ n: count() }).from(cycleYear).where(eq(cycleYear.partnershipId, grimstad.id)))[0]!.n).toBe(2);
    for (const year of [2026, 2027]) {
      const rows = await db.select().from(cycleEvent).where(and(eq(cycleEvent.partnershipId, grimstad.id), eq(cycleEvent.year, year)));
      expect(rows.filter((r) => r.customised)).toHaveLength(1);
      expect(rows.filter((r) => r.templateKey === null).length).toBeGreaterThanOrEqual(2);
      expect(rows.some((r) => r.title === "Felles ledersamling i Nav Agder")).toBe(true);
    }
    const events = await loadYearEvents(db, grimstad, 2027);
    expect(events.find((e) => e.title.startsWith("Arbeidsmøter om virksomhetsplanen"))!.link).toMatchObject({ href: "/partnerskap/grimstad/virksomhetsplan/2027" });
  });
});
