import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { resolveDatabasePath } from "~/db/connection";

/**
 * BETTER_AUTH_SECRET in production. Without it (the demo on a fresh machine),
 * a random secret is created once and kept beside the database file, so
 * sessions survive restarts but no secret is ever committed.
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  const databasePath = resolveDatabasePath(process.env.DATABASE_URL);
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
