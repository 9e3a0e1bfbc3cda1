/**
 * The PostgreSQL server the tests use: TEST_POSTGRES_URL, or the local one at 127.0.0.1:5432.
 * Test databases are named t_<random> and made from one migrated template.
 */
import pg from "pg";

export const TEMPLATE_DATABASE = "partnerskap_test_template";

export const serverUrl = () => process.env.TEST_POSTGRES_URL?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";

/** The address of database `name` on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction). */
export async function adminQuery(statement: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}
