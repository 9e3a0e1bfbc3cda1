/**
 * Global setup of the Vitest project `postgres` (ADR 0016): finds the server (test/postgres-server.ts
 * says how, and stops the run with a clear message when there is none; never a silent skip), makes
 * the migrated template database, and at the end drops the run's test databases.
 */
import type { TestProject } from "vitest/node";
import { closeDatabase, openDatabase } from "~/db/connection";
import { dropTestDatabases, findPostgresServer, newRunId, prepareTemplate } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
    postgresRun: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await findPostgresServer();
  await prepareTemplate(server, async (url) => {
    const db = await openDatabase(url);
    await closeDatabase(db);
  });
  const run = newRunId();
  project.provide("postgresServerUrl", server);
  project.provide("postgresRun", run);
  return async () => {
    await dropTestDatabases(server, run);
  };
}
