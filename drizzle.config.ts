import { defineConfig } from "drizzle-kit";

/** SQLite, the embedded default. The PostgreSQL twin is drizzle.postgres.config.ts (ADR 0016). */
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema/sqlite/index.ts",
  out: "./db/migrations/sqlite",
  casing: "snake_case",
});
