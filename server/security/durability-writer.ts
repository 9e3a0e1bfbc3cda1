/**
 * A writer for durability.test.ts: saves partnerships through the domain layer into the SQLite
 * file it is given and prints each one's id only after its transaction has committed. The test
 * kills it with SIGKILL mid-burst. Bounded, so it stops by itself if nobody does.
 *
 * Usage: tsx server/security/durability-writer.ts <database file> <fylke id> <kommune id> <writer name>
 */
import { createDatabase } from "~/db/connection";
import { createPartnership } from "~/server/domain/partnership/create";

const [file, fylkeId, kommuneId, writer] = process.argv.slice(2);
if (!file || !fylkeId || !kommuneId || !writer) throw new Error("usage: <file> <fylkeId> <kommuneId> <writer>");

const db = createDatabase(file);
const MAX_WRITES = 5_000;
const deadline = Date.now() + 30_000;

for (let i = 0; i < MAX_WRITES && Date.now() < deadline; i++) {
  try {
    const created = createPartnership(db, null, {
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
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) continue;
    throw error;
  }
}
