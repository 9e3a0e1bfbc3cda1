/**
 * A writer for durability.test.ts: saves partnerships through the domain layer into the database
 * it is given (a SQLite file or a PostgreSQL address, ADR 0016) and prints each one's id only after
 * its transaction has committed. The test kills it with SIGKILL mid-burst. Bounded, so it stops by
 * itself if nobody does.
 *
 * Usage: tsx server/security/durability-writer.ts <database file or url> <fylke id> <kommune id> <writer name>
 */
import { closeDatabase, openDatabase } from "~/db/connection";
import { createPartnership } from "~/server/domain/partnership/create";

const [target, fylkeId, kommuneId, writer] = process.argv.slice(2);
if (!target || !fylkeId || !kommuneId || !writer) throw new Error("usage: <file or url> <fylkeId> <kommuneId> <writer>");

/** SQLite's lock timeout, found under drizzle's wrapper (DrizzleQueryError) too. */
function isBusy(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ((e as { code?: unknown }).code?.toString().startsWith("SQLITE_BUSY")) return true;
  }
  return false;
}

const db = await openDatabase(target);
const MAX_WRITES = 5_000;
const deadline = Date.now() + 30_000;

for (let i = 0; i < MAX_WRITES && Date.now() < deadline; i++) {
  try {
    const created = await createPartnership(db, null, {
      slug: `${writer}-${i}`,
      officeName: `Nav ${writer} ${i}`,
      fylkeId,
      kommuneIds: [kommuneId],
      leaderModel: "en_leder",
    });
    // Written to a pipe, which is synchronous on Linux and macOS: once printed, the test has it.
    process.stdout.write(`${created.id}\n`);
  } catch (error) {
    // Another writer held the lock: not acknowledged, so nothing is promised for this one.
    if (isBusy(error)) continue;
    throw error;
  }
}
await closeDatabase(db);
