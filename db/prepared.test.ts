import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { dialectOfDatabase, inTransaction, type Database, type Executor } from "~/db/connection";
import { preparedOnce } from "~/db/prepared";
import { fylke } from "~/db/schema";
import { createTestDatabase } from "~/test/factories";

const fylkeBySlug = (db: Executor) =>
  db.select({ id: fylke.id, name: fylke.name }).from(fylke).where(eq(fylke.slug, sql.placeholder("slug"))).prepare("test_fylke_by_slug");

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.insert(fylke).values({ slug: "agder", name: "Agder" });
});

describe("preparedOnce", () => {
  it("keeps one prepared query per connection and answers rows on every call", async () => {
    expect(preparedOnce(db, fylkeBySlug)).toBe(preparedOnce(db, fylkeBySlug));
    for (let i = 0; i < 3; i++) expect(await preparedOnce(db, fylkeBySlug).execute({ slug: "agder" })).toMatchObject([{ name: "Agder" }]);
    expect(await preparedOnce(db, fylkeBySlug).execute({ slug: "finnes-ikke" })).toEqual([]);
  });

  it("runs in the caller's open transaction, seeing its rows, which a rollback takes away", async () => {
    await expect(
      inTransaction(db, async (tx) => {
        await tx.insert(fylke).values({ slug: "vestland", name: "Vestland" });
        expect(await preparedOnce(tx, fylkeBySlug).execute({ slug: "vestland" })).toMatchObject([{ name: "Vestland" }]);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await preparedOnce(db, fylkeBySlug).execute({ slug: "vestland" })).toEqual([]);
  });

  it("gives several transactions at once their own answers", async () => {
    const names = await Promise.all(
      ["a", "b", "c"].map((suffix) =>
        inTransaction(db, async (tx) => {
          await tx.insert(fylke).values({ slug: `fylke-${suffix}`, name: `Fylke ${suffix}` });
          return (await preparedOnce(tx, fylkeBySlug).execute({ slug: `fylke-${suffix}` })).map((r) => r.name);
        }),
      ),
    );
    expect(names).toEqual([["Fylke a"], ["Fylke b"], ["Fylke c"]]);
  });
});

describe("preparedOnce's statement names", () => {
  it("refuses a second query under a name another query has", async () => {
    const clash = (db: Executor) => db.select({ id: fylke.id }).from(fylke).prepare("test_fylke_by_slug");
    preparedOnce(db, fylkeBySlug);
    if (dialectOfDatabase(db) === "postgres") expect(() => preparedOnce(db, clash)).toThrow(/already used by another query/);
    else expect(await preparedOnce(db, clash).execute()).toHaveLength(4);
  });
});
