import { asc, inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { inTransaction, poolOf, sqliteHandleOf, type Database } from "~/db/connection";
import type * as Connection from "~/db/connection";
import { fylke } from "~/db/schema";
import { createTestDatabase } from "~/test/factories";
import { writeTogether } from "./group-commit";

/** Transactions that reached the disk: the outermost inTransaction calls (an inner one is a savepoint). */
const counted = vi.hoisted(() => ({ commits: 0 }));

vi.mock("~/db/connection", async (importOriginal) => {
  const original = await importOriginal<typeof Connection>();
  const { currentLane } = await import("~/db/transaction");
  return {
    ...original,
    inTransaction: <T,>(db: Database, work: (tx: Database) => Promise<T>) => {
      const owner = original.sqliteHandleOf(db) ?? original.poolOf(db);
      if (owner && !currentLane(owner)) counted.commits++;
      return original.inTransaction(db, work);
    },
  };
});

const TEXTS = ["a", "b", "c", "d"];

/** A fresh database; notes are fylke rows (a real table of the schema) named by their text. */
async function setup() {
  const db = await createTestDatabase();
  counted.commits = 0;
  /** Each write opens its own transaction, as the domain's do: inside writeTogether it becomes a savepoint. */
  const write = (text: string) =>
    inTransaction(db, async (tx) => {
      await tx.insert(fylke).values({ slug: `note-${text}`, name: text });
    });
  const notes = async () =>
    (await db.select({ name: fylke.name }).from(fylke).where(inArray(fylke.slug, TEXTS.map((t) => `note-${t}`))).orderBy(asc(fylke.slug))).map(
      (r) => r.name,
    );
  /**
   * Whether the note is committed, seen from outside the batch's transaction: on SQLite the one
   * connection has no transaction open; on PostgreSQL another pooled client sees the row.
   */
  const committed = async (text: string) => {
    const handle = sqliteHandleOf(db);
    if (handle) return !handle.inTransaction && (await notes()).includes(text);
    const { rows } = await poolOf(db)!.query<{ n: number }>("SELECT count(*)::int AS n FROM fylke WHERE slug = $1", [`note-${text}`]);
    return rows[0]!.n === 1;
  };
  return { db, write, notes, committed, commits: () => counted.commits };
}

describe("writeTogether", () => {
  it("writes what arrives together in one transaction, and answers each after the commit", async () => {
    const { db, write, notes, committed, commits } = await setup();
    const seenAfter: boolean[] = [];
    const answers = await Promise.all(
      ["a", "b", "c"].map((text) =>
        writeTogether(db, async () => {
          await write(text);
          return text.toUpperCase();
        }).then(async (value) => {
          seenAfter.push(await committed(text));
          return value;
        }),
      ),
    );
    expect(answers).toEqual(["A", "B", "C"]);
    expect(seenAfter).toEqual([true, true, true]);
    expect(await notes()).toEqual(["a", "b", "c"]);
    expect(commits()).toBe(1);

    await writeTogether(db, () => write("d"));
    expect(commits()).toBe(2);
  });

  it("undoes and refuses only the write that failed; the others of the batch are saved", async () => {
    const { db, write, notes, commits } = await setup();
    const results = await Promise.allSettled([
      writeTogether(db, () => write("a")),
      writeTogether(db, async () => {
        await write("b");
        throw new Error("refused");
      }),
      writeTogether(db, () => write("c")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error("refused"));
    expect(await notes()).toEqual(["a", "c"]);
    expect(commits()).toBe(1);
  });
});
