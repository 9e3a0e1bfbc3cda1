import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { DEFAULT_DATABASE_PATH, resolveDatabasePath } from "~/db/connection";
import { activeDialect } from "~/db/dialect";

/**
 * BETTER_AUTH_SECRET in production. Without it (the demo on a fresh machine),
 * a random secret is created once and kept beside the database file, so
 * sessions survive restarts but no secret is ever committed.
 *
 * On PostgreSQL (ADR 0016) there is no database file: the secret is kept in the default data
 * folder instead, which instances started from the same folder share. Several instances on
 * separate machines must be given the same BETTER_AUTH_SECRET, or a session made on one is
 * refused by the others.
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  const onPostgres = activeDialect() === "postgres";
  if (onPostgres && process.env.NODE_ENV === "production") {
    console.warn(
      JSON.stringify({
        level: "warn",
        msg: "BETTER_AUTH_SECRET is not set: sessions are valid only on instances that share the data folder",
      }),
    );
  }
  const databasePath = onPostgres ? DEFAULT_DATABASE_PATH : resolveDatabasePath(process.env.DATABASE_URL);
  if (databasePath === ":memory:") return randomBytes(32).toString("hex");
  const file = path.join(path.dirname(path.resolve(databasePath)), ".auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process created it first; read theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}
