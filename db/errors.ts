/**
 * What a database error means for the caller, on either dialect (ADR 0016), so that code above
 * db/ need not know the drivers: "busy" (SQLite's lock timeout; PostgreSQL's serialization
 * failure, deadlock or lock timeout) or "constraint" (SQLITE_CONSTRAINT_*; PostgreSQL's class 23,
 * integrity constraint violation). Drizzle wraps the driver's error in a DrizzleQueryError, so the
 * chain of causes is searched.
 */
import { SqliteError } from "better-sqlite3";
import pg from "pg";

export type DatabaseErrorKind = "busy" | "constraint";

const POSTGRES_BUSY = new Set(["40001", "40P01", "55P03"]);

export function databaseErrorKind(error: unknown): DatabaseErrorKind | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof SqliteError) {
      if (e.code === "SQLITE_BUSY") return "busy";
      if (e.code.startsWith("SQLITE_CONSTRAINT")) return "constraint";
      return null;
    }
    if (e instanceof pg.DatabaseError && typeof e.code === "string") {
      if (POSTGRES_BUSY.has(e.code)) return "busy";
      if (e.code.startsWith("23")) return "constraint";
      return null;
    }
  }
  return null;
}
