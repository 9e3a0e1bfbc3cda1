import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "~": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "eslint/**/*.test.ts"],
    // Each file gets its own module registry and in-memory database.
    isolate: true,
    pool: "forks",
    testTimeout: 20_000,
    // Code that opens the app's own connection (auth, route handlers) gets a private in-memory database.
    env: { DATABASE_URL: ":memory:", BETTER_AUTH_URL: "http://localhost:3000" },
  },
});
