import { defineConfig } from "drizzle-kit";

/** PostgreSQL, for several instances (ADR 0016). `npm run db:generate` runs both configs. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/pg/index.ts",
  out: "./db/migrations/postgres",
  casing: "snake_case",
});
