/**
 * inTransaction is real on both dialects (issue 17 point 2, ADR 0016): a rollback after awaits
 * leaves nothing, inner transactions are savepoints, nobody reads uncommitted rows, and the
 * version check turns a stale save into zero changed rows. Runs in the postgres project (it needs
 * both dialects at once): each case on in-memory SQLite, a SQLite file and a fresh PostgreSQL database.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import BetterSqlite3 from "better-sqlite3";
import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createTestPostgresDatabase, createTestSqliteDatabase } from "~/test/database";
import { dialectOfDatabase, inTransaction, type Database } from "./connection";
import * as pgSchema from "./schema/pg";
import * as sqliteSchema from "./schema/sqlite";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "infra-tx-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
let files = 0;

interface Case {
  name: string;
  onFile?: boolean;
  open: () => Promise<Database>;
}

/** The file the last SQLite-file case opened. */
let lastFile = "";
const sqliteCases: Case[] = [
  { name: "SQLite in memory", open: () => createTestSqliteDatabase(":memory:") },
  {
    name: "SQLite file",
    onFile: true,
    open: () => createTestSqliteDatabase((lastFile = path.join(scratch, `db-${++files}.sqlite`))),
  },
];
const postgresCase: Case = { name: "PostgreSQL", open: () => createTestPostgresDatabase({ poolSize: 6 }) };

/** The tables of the connection's own dialect, typed as the PostgreSQL ones (as ~/db/schema does). */
const tablesOf = (db: Database) => (dialectOfDatabase(db) === "postgres" ? pgSchema : (sqliteSchema as unknown as typeof pgSchema));

async function fylkeSlugs(db: Database): Promise<string[]> {
  const { fylke } = tablesOf(db);
  return (await db.select({ slug: fylke.slug }).from(fylke).orderBy(asc(fylke.slug))).map((row) => row.slug);
}

/** A promise and the function that settles it: lets a test hold a transaction open. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Whether `promise` has settled after the event loop had time to run everything that could run. */
async function settledSoon(promise: Promise<unknown>, ms = 50): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await sleep(ms);
  return settled;
}

describe.each([...sqliteCases, postgresCase])("inTransaction on $name", (dialectCase) => {
  it("commits what the work did once it resolves, and hands back its result", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    const result = await inTransaction(db, async (tx) => {
      await tx.insert(fylke).values({ slug: "agder", name: "Agder" });
      await sleep(5);
      await tx.insert(fylke).values({ slug: "rogaland", name: "Rogaland" });
      return "done";
    });
    expect(result).toBe("done");
    expect(await fylkeSlugs(db)).toEqual(["agder", "rogaland"]);
  });

  it("rolls back everything after an await when the work throws", async () => {
    const db = await dialectCase.open();
    const { fylke, kommune } = tablesOf(db);
    const failure = new Error("fails after awaiting");
    await expect(
      inTransaction(db, async (tx) => {
        const [made] = await tx.insert(fylke).values({ slug: "agder", name: "Agder" }).returning();
        await sleep(5);
        await tx.insert(kommune).values({ number: "4202", name: "Grimstad", fylkeId: made!.id });
        // Inside, the transaction sees its own rows.
        expect(await fylkeSlugs(tx)).toEqual(["agder"]);
        await Promise.resolve();
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await fylkeSlugs(db)).toEqual([]);
    expect(await db.select({ n: count() }).from(kommune)).toEqual([{ n: 0 }]);
  });

  it("sends a helper's statements made through `db` (not `tx`) to the open transaction", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    const helper = async (handle: Database) => {
      await sleep(1);
      await handle.insert(fylke).values({ slug: "nordland", name: "Nordland" });
    };
    await expect(
      inTransaction(db, async () => {
        await helper(db);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await fylkeSlugs(db)).toEqual([]);
  });

  it("routes db.transaction to the same runner", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(fylke).values({ slug: "troms", name: "Troms" });
        await sleep(1);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await fylkeSlugs(db)).toEqual([]);
  });

  it("makes a transaction inside another a savepoint: an inner failure undoes only the inner part", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    await inTransaction(db, async (tx) => {
      await tx.insert(fylke).values({ slug: "a-outer", name: "Outer before" });
      await expect(
        inTransaction(tx, async (inner) => {
          await inner.insert(fylke).values({ slug: "b-inner-failed", name: "Inner" });
          await sleep(1);
          // Two deep: the innermost succeeds, and is undone with its parent.
          await inTransaction(inner, async (innermost) => {
            await innermost.insert(fylke).values({ slug: "c-innermost", name: "Innermost" });
          });
          throw new Error("inner fails");
        }),
      ).rejects.toThrow("inner fails");
      await inTransaction(tx, async (inner) => {
        await inner.insert(fylke).values({ slug: "d-inner-kept", name: "Inner kept" });
      });
      await tx.insert(fylke).values({ slug: "e-outer", name: "Outer after" });
    });
    expect(await fylkeSlugs(db)).toEqual(["a-outer", "d-inner-kept", "e-outer"]);
  });

  it("undoes the savepoints too when the outer transaction fails", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    await expect(
      inTransaction(db, async (tx) => {
        await inTransaction(tx, async (inner) => {
          await inner.insert(fylke).values({ slug: "inner", name: "Inner" });
        });
        throw new Error("outer fails");
      }),
    ).rejects.toThrow("outer fails");
    expect(await fylkeSlugs(db)).toEqual([]);
  });

  it("rolls back a statement error inside the transaction and leaves the connection usable", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    await expect(
      inTransaction(db, async (tx) => {
        await tx.insert(fylke).values({ slug: "agder", name: "Agder" });
        await tx.insert(fylke).values({ slug: "agder", name: "Agder again" }); // unique slug
      }),
    ).rejects.toThrow();
    expect(await fylkeSlugs(db)).toEqual([]);
    await inTransaction(db, async (tx) => {
      await tx.insert(fylke).values({ slug: "agder", name: "Agder" });
    });
    expect(await fylkeSlugs(db)).toEqual(["agder"]);
  });

  it("turns a stale save into zero changed rows (the version check), with its audit row undone", async () => {
    const db = await dialectCase.open();
    const { fylke, partnership, auditEvent } = tablesOf(db);
    const [made] = await db.insert(fylke).values({ slug: "agder", name: "Agder" }).returning();
    const [office] = await db.insert(partnership).values({ slug: "grimstad", officeName: "Nav Grimstad", fylkeId: made!.id }).returning();
    expect(office!.version).toBe(1);

    // Two editors loaded version 1 and save at the same time.
    const save = (officeName: string, seenVersion: number) =>
      inTransaction(db, async (tx) => {
        const changed = await tx
          .update(partnership)
          .set({ officeName, version: seenVersion + 1 })
          .where(and(eq(partnership.id, office!.id), eq(partnership.version, seenVersion)));
        await tx.insert(auditEvent).values({ entity: "partnership", entityId: office!.id, action: "update", changes: { officeName: { to: officeName } } });
        await sleep(5);
        if (changed.rowCount !== 1) throw new Error("CONFLICT");
        return changed.rowCount;
      });
    const results = await Promise.allSettled([save("Nav Grimstad A", 1), save("Nav Grimstad B", 1)]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(won[0]).toMatchObject({ value: 1 });
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toEqual(new Error("CONFLICT"));

    const [saved] = await db.select().from(partnership).where(eq(partnership.id, office!.id));
    expect(saved!.version).toBe(2);
    expect(["Nav Grimstad A", "Nav Grimstad B"]).toContain(saved!.officeName);
    expect(await db.select({ n: count() }).from(auditEvent)).toEqual([{ n: 1 }]);

    // A later save that names the current version goes through; one naming the old does not.
    expect((await db.update(partnership).set({ version: 3 }).where(and(eq(partnership.id, office!.id), eq(partnership.version, 1)))).rowCount).toBe(0);
    expect((await db.update(partnership).set({ version: 3 }).where(and(eq(partnership.id, office!.id), eq(partnership.version, 2)))).rowCount).toBe(1);
  });
});

describe.each(sqliteCases)("two async flows interleaving on $name", (dialectCase) => {
  it("a reader outside the transaction never sees its uncommitted rows: it waits, then sees none after a rollback", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    const inserted = gate();
    const finish = gate();
    const writer = inTransaction(db, async (tx) => {
      await tx.insert(fylke).values({ slug: "uncommitted", name: "Not yet" });
      inserted.open();
      await finish.opened;
      throw new Error("rolled back");
    });
    const writerSettled = writer.catch((error: Error) => error.message);
    await inserted.opened;

    const read = fylkeSlugs(db);
    expect(await settledSoon(read)).toBe(false);
    finish.open();
    expect(await writerSettled).toBe("rolled back");
    expect(await read).toEqual([]);
  });

  it("a reader outside sees the rows once committed, never before", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    const inserted = gate();
    const finish = gate();
    const events: string[] = [];
    const writer = inTransaction(db, async (tx) => {
      await tx.insert(fylke).values({ slug: "agder", name: "Agder" });
      inserted.open();
      await finish.opened;
      events.push("writer commits");
    });
    await inserted.opened;
    const read = fylkeSlugs(db).then((slugs) => {
      events.push("reader reads");
      return slugs;
    });
    expect(await settledSoon(read)).toBe(false);
    finish.open();
    await writer;
    expect(await read).toEqual(["agder"]);
    expect(events).toEqual(["writer commits", "reader reads"]);
  });

  it("a second transaction waits for the first and then sees what it committed", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    const events: string[] = [];
    const firstInside = gate();
    const finishFirst = gate();
    const first = inTransaction(db, async (tx) => {
      events.push("first begins");
      await tx.insert(fylke).values({ slug: "first", name: "First" });
      firstInside.open();
      await finishFirst.opened;
      events.push("first ends");
    });
    await firstInside.opened;
    const second = inTransaction(db, async (tx) => {
      events.push("second begins");
      const seen = await fylkeSlugs(tx);
      await tx.insert(fylke).values({ slug: "second", name: "Second" });
      return seen;
    });
    expect(await settledSoon(second)).toBe(false);
    expect(events).toEqual(["first begins"]);
    finishFirst.open();
    await first;
    expect(await second).toEqual(["first"]);
    expect(events).toEqual(["first begins", "first ends", "second begins"]);
    expect(await fylkeSlugs(db)).toEqual(["first", "second"]);
  });

  it("many interleaving transactions with awaits all commit, one after the other", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        inTransaction(db, async (tx) => {
          inside++;
          most = Math.max(most, inside);
          await tx.insert(fylke).values({ slug: `f-${String(i).padStart(2, "0")}`, name: `F ${i}` });
          await sleep(1);
          await tx.select().from(fylke);
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(await fylkeSlugs(db)).toHaveLength(10);
  });

  it("statements of other flows started at the same moment as a transaction never land inside it", async () => {
    const db = await dialectCase.open();
    const { fylke } = tablesOf(db);
    const outside = Array.from({ length: 20 }, (_, i) => db.insert(fylke).values({ slug: `out-${String(i).padStart(2, "0")}`, name: `Out ${i}` }).then(() => undefined));
    const failing = Array.from({ length: 3 }, (_, i) =>
      inTransaction(db, async (tx) => {
        await tx.insert(fylke).values({ slug: `tx-${i}`, name: `Tx ${i}` });
        await sleep(1);
        throw new Error("rolled back");
      }).then(
        () => "committed",
        (error: Error) => error.message,
      ),
    );
    const [outcomes] = await Promise.all([Promise.all(failing), ...outside]);
    expect(outcomes).toEqual(["rolled back", "rolled back", "rolled back"]);
    const slugs = await fylkeSlugs(db);
    expect(slugs.filter((slug) => slug.startsWith("tx-"))).toEqual([]);
    expect(slugs.filter((slug) => slug.startsWith("out-"))).toHaveLength(20);
  });

  if (dialectCase.onFile) {
    it("another connection to the file sees nothing uncommitted either", async () => {
      const db = await dialectCase.open();
      const { fylke } = tablesOf(db);
      const other = new BetterSqlite3(lastFile, { readonly: true });
      try {
        const inserted = gate();
        const finish = gate();
        const writer = inTransaction(db, async (tx) => {
          await tx.insert(fylke).values({ slug: "agder", name: "Agder" });
          inserted.open();
          await finish.opened;
        });
        await inserted.opened;
        expect(other.prepare("select count(*) as n from fylke").get()).toEqual({ n: 0 });
        finish.open();
        await writer;
        expect(other.prepare("select count(*) as n from fylke").get()).toEqual({ n: 1 });
      } finally {
        other.close();
      }
    });
  }
});

describe("concurrent transactions on PostgreSQL", () => {
  it("run side by side, each on its own client, and each commits", async () => {
    const db = await postgresCase.open();
    const { fylke } = tablesOf(db);
    const flows = 3;
    let arrived = 0;
    let looked = 0;
    const allInserted = gate();
    const allLooked = gate();
    const results = await Promise.all(
      Array.from({ length: flows }, (_, i) =>
        inTransaction(db, async (tx) => {
          await tx.insert(fylke).values({ slug: `f-${i}`, name: `F ${i}` });
          // Every flow waits here until all have inserted: they are open at the same time.
          if (++arrived === flows) allInserted.open();
          await allInserted.opened;
          // Read committed: each sees only its own uncommitted row, and so does a reader outside.
          const own = await fylkeSlugs(tx);
          // …and none commits before all have looked (a commit would show its row to a later reader).
          if (++looked === flows) allLooked.open();
          await allLooked.opened;
          return own;
        }),
      ),
    );
    expect(results).toEqual([["f-0"], ["f-1"], ["f-2"]]);
    expect(await fylkeSlugs(db)).toEqual(["f-0", "f-1", "f-2"]);
  });

  it("a reader outside an open transaction does not see its rows (and does not wait for it)", async () => {
    const db = await postgresCase.open();
    const { fylke } = tablesOf(db);
    const inserted = gate();
    const finish = gate();
    const writer = inTransaction(db, async (tx) => {
      await tx.insert(fylke).values({ slug: "agder", name: "Agder" });
      inserted.open();
      await finish.opened;
    });
    await inserted.opened;
    expect(await fylkeSlugs(db)).toEqual([]);
    finish.open();
    await writer;
    expect(await fylkeSlugs(db)).toEqual(["agder"]);
  });

  it("a rollback in one concurrent transaction leaves the others' commits", async () => {
    const db = await postgresCase.open();
    const { fylke } = tablesOf(db);
    const results = await Promise.allSettled(
      ["a", "b", "c"].map((slug) =>
        inTransaction(db, async (tx) => {
          await tx.insert(fylke).values({ slug, name: slug });
          await sleep(5);
          if (slug === "b") throw new Error("b fails");
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await fylkeSlugs(db)).toEqual(["a", "c"]);
  });
});
