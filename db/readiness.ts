/**
 * Whether this instance may take traffic (`/api/ready`): the database answers and every
 * committed migration of its dialect is applied. During a rolling deploy a new instance is not
 * ready until the migrations it ships with have run.
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { dialectOfDatabase, type Database } from "./connection";
import { POSTGRES_MIGRATIONS } from "./postgres";
import { SQLITE_MIGRATIONS } from "./sqlite";

export interface Readiness {
  ready: boolean;
  database: "ok" | "unavailable";
  migrations: { expected: number; applied: number } | null;
}

/** The migrations committed for a dialect, by the time drizzle-kit stamped on each. */
export function committedMigrations(folder: string): number[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
  return journal.entries.map((entry) => entry.when);
}

export async function checkReadiness(db: Database): Promise<Readiness> {
  const postgres = dialectOfDatabase(db) === "postgres";
  const expected = committedMigrations(postgres ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS);
  try {
    const table = postgres ? sql`drizzle.__drizzle_migrations` : sql`__drizzle_migrations`;
    const { rows } = await db.execute<{ created_at: string | number }>(sql`select created_at from ${table}`);
    const applied = new Set(rows.map((row) => Number(row.created_at)));
    const missing = expected.filter((when) => !applied.has(when)).length;
    return { ready: missing === 0, database: "ok", migrations: { expected: expected.length, applied: expected.length - missing } };
  } catch {
    return { ready: false, database: "unavailable", migrations: null };
  }
}
