/**
 * Seeds the PostgreSQL database DATABASE_URL names for `npm run bench` (bench/postgres.ts runs
 * this in a process of its own: `~/db/schema` picks the dialect's tables from DATABASE_URL when
 * it is first imported). The national seed and the live samling, then ANALYZE; what the seed
 * made is written as JSON to BENCH_SEED_OUT. The password hash comes in BENCH_SEED_PASSWORD_HASH
 * so both dialects' people sign in with the same bench password.
 */
import fs from "node:fs";
import { sql } from "drizzle-orm";
import { closeDatabase, openDatabase } from "~/db/connection";
import { activeDialect } from "~/db/dialect";
import { seedNational } from "~/db/seed/national";
import { seedLive } from "./live";

const url = process.env.DATABASE_URL ?? "";
const passwordHash = process.env.BENCH_SEED_PASSWORD_HASH ?? "";
const outFile = process.env.BENCH_SEED_OUT ?? "";
if (activeDialect() !== "postgres" || !passwordHash || !outFile) {
  throw new Error("bench/postgres-seed.ts: set DATABASE_URL=postgres://…, BENCH_SEED_PASSWORD_HASH and BENCH_SEED_OUT (bench/postgres.ts does)");
}

const started = performance.now();
const db = await openDatabase(url);
try {
  const result = await seedNational(db, passwordHash);
  const live = await seedLive(db, passwordHash);
  await db.execute(sql`ANALYZE`);
  const seconds = (performance.now() - started) / 1000;
  fs.writeFileSync(outFile, JSON.stringify({ ...result, live, seconds }));
  console.log(`seeded ${result.partnerships} partnerships, ${result.people} people in ${seconds.toFixed(1)} s`);
} finally {
  await closeDatabase(db);
}
