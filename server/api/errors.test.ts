import { SqliteError } from "better-sqlite3";
import { DrizzleQueryError } from "drizzle-orm/errors";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { invalid } from "~/server/domain/errors";
import { toTRPCError } from "./errors";

/** A PostgreSQL error as node-postgres raises it, with its SQLSTATE. */
const postgresError = (code: string) => Object.assign(new pg.DatabaseError("failed", 0, "error"), { code });
/** Drizzle wraps every driver error of a query (ADR 0016: the async drivers on both dialects). */
const wrapped = (cause: Error) => new DrizzleQueryError("insert into …", [], cause);

describe("toTRPCError", () => {
  it("keeps a domain error's kind and message", () => {
    expect(toTRPCError(invalid("Velg et fylke.", "fylkeId"))).toMatchObject({ code: "BAD_REQUEST", message: "Velg et fylke." });
  });

  it("answers a broken constraint with BAD_REQUEST on both dialects, also under drizzle's wrapper", () => {
    for (const error of [
      new SqliteError("UNIQUE constraint failed", "SQLITE_CONSTRAINT_UNIQUE"),
      postgresError("23505"),
      postgresError("23503"),
    ]) {
      for (const thrown of [error, wrapped(error)]) {
        const mapped = toTRPCError(thrown);
        expect(mapped?.code).toBe("BAD_REQUEST");
        expect(mapped?.message).toMatch(/^Endringen passer ikke/);
      }
    }
  });

  it("answers a busy database with CONFLICT on both dialects", () => {
    for (const error of [new SqliteError("database is locked", "SQLITE_BUSY"), postgresError("40001"), postgresError("40P01")]) {
      expect(toTRPCError(wrapped(error))).toMatchObject({ code: "CONFLICT", message: "Databasen er opptatt akkurat nå. Prøv igjen." });
    }
  });

  it("leaves anything else an internal error", () => {
    expect(toTRPCError(new Error("boom"))).toBeNull();
    expect(toTRPCError(wrapped(postgresError("42P01")))).toBeNull();
    expect(toTRPCError(wrapped(new SqliteError("no such table", "SQLITE_ERROR")))).toBeNull();
  });
});
