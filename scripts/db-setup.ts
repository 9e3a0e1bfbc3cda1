/**
 * Creates the database if missing, applies migrations, loads the Agder demo.
 * Safe to run again: the seed only adds what is missing.
 */
import { hashPassword } from "better-auth/crypto";
import { closeDatabase, openDatabase, resolveDatabasePath } from "~/db/connection";
import { dialectOf } from "~/db/dialect";
import { DEMO_PASSWORD } from "~/db/seed/agder";
import { seedDemo } from "~/db/seed/seed-demo";

const url = process.env.DATABASE_URL;
// Migrated before it answers (PostgreSQL: under an advisory lock, so several setups never migrate twice).
const db = await openDatabase(url);
try {
  await seedDemo(db, await hashPassword(DEMO_PASSWORD));
} finally {
  await closeDatabase(db);
}
console.log(`Database ready with demo data: ${dialectOf(url) === "postgres" ? "PostgreSQL (DATABASE_URL)" : resolveDatabasePath(url)}`);
