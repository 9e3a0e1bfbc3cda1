import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "~/test/database";
import { dialectOfDatabase } from "./connection";
import { checkReadiness } from "./readiness";

describe("checkReadiness", () => {
  it("is ready on a migrated database, counting every committed migration", async () => {
    const db = await createTestDatabase();
    const readiness = await checkReadiness(db);
    expect(readiness.ready).toBe(true);
    expect(readiness.database).toBe("ok");
    expect(readiness.migrations!.applied).toBe(readiness.migrations!.expected);
    expect(readiness.migrations!.expected).toBeGreaterThan(0);
  });

  it("is not ready while a committed migration is not applied", async () => {
    const db = await createTestDatabase();
    const table = dialectOfDatabase(db) === "postgres" ? sql`drizzle.__drizzle_migrations` : sql`__drizzle_migrations`;
    await db.execute(sql`delete from ${table} where created_at = (select max(created_at) from ${table})`);
    const readiness = await checkReadiness(db);
    expect(readiness.ready).toBe(false);
    expect(readiness.migrations!.applied).toBe(readiness.migrations!.expected - 1);
  });
});
