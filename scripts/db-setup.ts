/**
 * Creates the database if missing, applies migrations, loads the Agder demo.
 * Safe to run again: the seed only adds what is missing.
 */
import { hashPassword } from "better-auth/crypto";
import { createDatabase, resolveDatabasePath } from "~/db/connection";
import { DEMO_PASSWORD } from "~/db/seed/agder";
import { seedDemo } from "~/db/seed/seed-demo";

const db = createDatabase(process.env.DATABASE_URL);
seedDemo(db, await hashPassword(DEMO_PASSWORD));
db.$client.close();
console.log(`Database ready with demo data: ${resolveDatabasePath(process.env.DATABASE_URL)}`);
