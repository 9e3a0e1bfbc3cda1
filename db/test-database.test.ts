import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "~/test/database";
import { closeDatabase, dialectOfDatabase, openDatabase } from "./connection";
import { activeDialect } from "./dialect";
import { fylke } from "./schema";

describe("the test database of this project", () => {
  it("is of the project's dialect, migrated and empty", async () => {
    const db = await createTestDatabase();
    expect(dialectOfDatabase(db)).toBe(activeDialect());
    expect(await db.select({ n: count() }).from(fylke)).toEqual([{ n: 0 }]);
    await db.insert(fylke).values({ slug: "agder", name: "Agder" });
    expect(await db.select({ slug: fylke.slug }).from(fylke)).toEqual([{ slug: "agder" }]);
  });

  it("is a new one for each call", async () => {
    const db = await createTestDatabase();
    expect(await db.select({ n: count() }).from(fylke)).toEqual([{ n: 0 }]);
  });

  it("DATABASE_URL names the file's own migrated database, which the app's connection opens", async () => {
    const db = await openDatabase(process.env.DATABASE_URL);
    try {
      expect(dialectOfDatabase(db)).toBe(activeDialect());
      expect(await db.select({ n: count() }).from(fylke)).toEqual([{ n: 0 }]);
    } finally {
      await closeDatabase(db);
    }
  });
});
