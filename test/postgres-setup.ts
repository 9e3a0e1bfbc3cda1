/**
 * Setup file of the Vitest project `postgres` (ADR 0016). Runs in each test file's module registry
 * before the file's own imports: makes a fresh database from the migrated template and points
 * DATABASE_URL at it, so `~/db/schema` picks the PostgreSQL tables and code that calls getDb()
 * gets that database. Closes the app's connection and drops the database after the file.
 */
import { afterAll, inject } from "vitest";
import { atMost, createDatabaseFromTemplate, databaseUrl, dropDatabaseQuietly, RUN_ENV } from "./postgres-server";

const server = inject("postgresServerUrl");
process.env.TEST_POSTGRES_URL = server;
process.env[RUN_ENV] = inject("postgresRun");

const name = await createDatabaseFromTemplate(server);
process.env.DATABASE_URL = databaseUrl(name, server);

afterAll(async () => {
  const app = (globalThis as { partnerskapDb?: object }).partnerskapDb;
  if (app) {
    const { closeDatabase } = await import("~/db/connection");
    await atMost(closeDatabase(app as never), 5_000);
    delete (globalThis as { partnerskapDb?: object }).partnerskapDb;
  }
  await dropDatabaseQuietly(name, server);
});
