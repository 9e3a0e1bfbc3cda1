/**
 * A fresh database for one test (ADR 0016): in-memory SQLite with the real migrations, or, when
 * the Vitest project is `postgres`, a new PostgreSQL database copied from the migrated template
 * that test/postgres-global-setup.ts made. Each is closed (and a PostgreSQL one dropped) after its file.
 */
import { afterAll } from "vitest";
import { closeDatabase, openDatabase, type Database, type PoolOptions } from "~/db/connection";
import { activeDialect } from "~/db/dialect";
import { atMost, createDatabaseFromTemplate, databaseUrl, dropDatabaseQuietly } from "./postgres-server";

const opened: { db: Database; name?: string }[] = [];
let closing = false;

function closeAfterFile() {
  if (closing) return;
  closing = true;
  // All at once: one by one, a file that made thirty databases spent longer here than in its tests.
  afterAll(async () => {
    await Promise.all(
      opened.splice(0).map(async ({ db, name }) => {
        await atMost(closeDatabase(db), 5_000);
        if (name) await dropDatabaseQuietly(name);
      }),
    );
  });
}

/** A fresh database of the dialect this project runs (DATABASE_URL). */
export async function createTestDatabase(): Promise<Database> {
  return activeDialect() === "postgres" ? createTestPostgresDatabase() : createTestSqliteDatabase();
}

/** A fresh SQLite database: in memory, or the given file. */
export async function createTestSqliteDatabase(file = ":memory:"): Promise<Database> {
  closeAfterFile();
  const db = await openDatabase(file);
  opened.push({ db });
  return db;
}

/**
 * A fresh PostgreSQL database made from the migrated template (needs the `postgres` project's
 * global setup, or a template made by an earlier run). Answers the handle and its URL.
 */
export async function createTestPostgresDatabaseWithUrl(options: PoolOptions = {}): Promise<{ db: Database; url: string; name: string }> {
  closeAfterFile();
  const name = await createDatabaseFromTemplate();
  const url = databaseUrl(name);
  const db = await openDatabase(url, options);
  opened.push({ db, name });
  return { db, url, name };
}

export async function createTestPostgresDatabase(options: PoolOptions = {}): Promise<Database> {
  return (await createTestPostgresDatabaseWithUrl(options)).db;
}
