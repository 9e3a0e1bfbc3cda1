/**
 * For tests that need PostgreSQL whichever Vitest project runs them (several instances, LISTEN,
 * the database limit store): a fresh database on the test server, migrated by the first
 * connection, dropped after the file. Call scratchPostgres() in the file's body (it registers
 * the cleanup); the database is made on the first connect().
 */
import { afterAll } from "vitest";
import { closeDatabase, openDatabase, type Database } from "~/db/connection";
import { adminQuery, databaseUrl, testDatabaseName } from "~/test/postgres-server";

export interface ScratchPostgres {
  /** A new connection to the database: another instance. */
  connect(): Promise<Database>;
}

export function scratchPostgres(): ScratchPostgres {
  const name = testDatabaseName();
  let created: Promise<string> | undefined;
  const opened: Database[] = [];
  afterAll(async () => {
    await Promise.all(opened.splice(0).map((db) => closeDatabase(db).catch(() => undefined)));
    if (created) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    // Dropping a database waits for a checkpoint: seconds on a busy machine.
  }, 120_000);
  return {
    async connect() {
      created ??= adminQuery(`CREATE DATABASE ${name}`).then(() => databaseUrl(name));
      const url = await created;
      const db = await openDatabase(url);
      opened.push(db);
      return db;
    },
  };
}
