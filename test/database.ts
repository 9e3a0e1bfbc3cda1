/**
 * A fresh database for one test (ADR 0016): in-memory SQLite with the real migrations, or, when
 * the Vitest project is `postgres`, a new PostgreSQL database copied from the migrated template
 * that test/postgres-global-setup.ts made. Each is closed after its file.
 */
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { closeDatabase, openDatabase, type Database } from "~/db/connection";
import { activeDialect } from "~/db/dialect";
import { adminQuery, databaseUrl, TEMPLATE_DATABASE } from "./postgres-server";

const opened: Database[] = [];
let closing = false;

export async function createTestDatabase(): Promise<Database> {
  if (!closing) {
    closing = true;
    afterAll(async () => {
      await Promise.all(opened.splice(0).map((db) => closeDatabase(db)));
    });
  }
  if (activeDialect() !== "postgres") return openDatabase(":memory:");
  const name = `t_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  const db = await openDatabase(databaseUrl(name));
  opened.push(db);
  return db;
}
