import { describe, expect, it, vi } from "vitest";
import type { Database } from "~/db/connection";
import { createTestDatabase } from "~/test/factories";
import { writeTogether } from "./group-commit";

/** A database with a scratch table, and a count of the transactions that reached the disk (the outermost ones). */
function setup() {
  const db = createTestDatabase();
  db.$client.exec("CREATE TABLE note (text TEXT NOT NULL)");
  let commits = 0;
  const original = db.transaction.bind(db);
  vi.spyOn(db, "transaction").mockImplementation(((fn: never, config: never) => {
    if (!db.$client.inTransaction) commits++;
    return original(fn, config);
  }) as Database["transaction"]);
  const write = (text: string) => db.transaction(() => db.$client.prepare("INSERT INTO note (text) VALUES (?)").run(text));
  const notes = () => (db.$client.prepare("SELECT text FROM note ORDER BY rowid").all() as { text: string }[]).map((r) => r.text);
  return { db, write, notes, commits: () => commits };
}

describe("writeTogether", () => {
  it("writes what arrives together in one transaction, and answers each after the commit", async () => {
    const { db, write, notes, commits } = setup();
    const seenAfter: boolean[] = [];
    const answers = await Promise.all(
      ["a", "b", "c"].map((text) =>
        writeTogether(db, () => (write(text), text.toUpperCase())).then((value) => {
          seenAfter.push(!db.$client.inTransaction && notes().includes(text));
          return value;
        }),
      ),
    );
    expect(answers).toEqual(["A", "B", "C"]);
    expect(seenAfter).toEqual([true, true, true]);
    expect(notes()).toEqual(["a", "b", "c"]);
    expect(commits()).toBe(1);

    await writeTogether(db, () => write("d"));
    expect(commits()).toBe(2);
  });

  it("undoes and refuses only the write that failed; the others of the batch are saved", async () => {
    const { db, write, notes } = setup();
    const results = await Promise.allSettled([
      writeTogether(db, () => write("a")),
      writeTogether(db, () => {
        write("b");
        throw new Error("refused");
      }),
      writeTogether(db, () => write("c")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error("refused"));
    expect(notes()).toEqual(["a", "c"]);
  });
});
