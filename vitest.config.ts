import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Two projects run the same suite (ADR 0016): `sqlite` on in-memory SQLite databases, `postgres` on
 * fresh PostgreSQL databases copied from a migrated template (test/postgres-global-setup.ts finds
 * or starts the server). `npm run test:unit` runs both; `npx vitest run --project sqlite <files>` one.
 */
const include = ["lib/**/*.test.ts", "server/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "eslint/**/*.test.ts", "messages/**/*.test.ts"];
/** These compare or cross the two dialects themselves, so they run once, in the postgres project. */
const bothDialects = ["db/transaction.test.ts", "db/schema-drift.test.ts", "scripts/copy-sqlite-to-postgres.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "~": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include,
    // Each file gets its own module registry and database.
    isolate: true,
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The postgres project's teardown drops the run's leftover databases.
    teardownTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          exclude: [...configDefaults.exclude, ...bothDialects],
          // Code that opens the app's own connection (auth, route handlers) gets a private in-memory database.
          env: { DATABASE_URL: ":memory:", BETTER_AUTH_URL: "http://localhost:3000" },
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          hookTimeout: 60_000,
          globalSetup: ["test/postgres-global-setup.ts"],
          // Sets DATABASE_URL to the file's own fresh database before the file's imports.
          setupFiles: ["test/postgres-setup.ts"],
          // Small pools that let go of idle clients: two workers × many files stay far below max_connections.
          env: { BETTER_AUTH_URL: "http://localhost:3000", DATABASE_POOL_SIZE: "3", DATABASE_POOL_IDLE_MS: "1000" },
        },
      },
    ],
  },
});
