import { SqliteError } from "better-sqlite3";
import { DrizzleQueryError } from "drizzle-orm/errors";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { text } from "~/lib/i18n/text";
import { forbidden, invalid, staleVersion } from "~/server/domain/errors";
import { messageForCode, toTRPCError } from "./errors";

/** A PostgreSQL error as node-postgres raises it, with its SQLSTATE. */
const postgresError = (code: string) => Object.assign(new pg.DatabaseError("failed", 0, "error"), { code });
/** Drizzle wraps every driver error of a query (ADR 0016: the async drivers on both dialects). */
const wrapped = (cause: Error) => new DrizzleQueryError("insert into …", [], cause);

describe("toTRPCError", () => {
  it("keeps a domain error's kind and message", () => {
    expect(toTRPCError(invalid("Velg et fylke.", "fylkeId"))).toMatchObject({ code: "BAD_REQUEST", message: "Velg et fylke." });
  });

  it("renders a domain error's Text in the caller's language, bokmål by default", () => {
    const error = invalid(text("errors.rules.required", { label: "Tittelen" }), "title");
    expect(toTRPCError(error, "nn")).toMatchObject({ code: "BAD_REQUEST", message: "Tittelen må fyllast ut." });
    expect(toTRPCError(error)).toMatchObject({ message: "Tittelen må fylles ut." });
    expect(toTRPCError(staleVersion(), "nn")?.message).toMatch(/^Nokon andre har lagra ei endring/);
    expect(toTRPCError(forbidden(), "nn")).toMatchObject({ code: "FORBIDDEN", message: "Du har ikkje tilgang til dette." });
  });

  it("says what went wrong for tRPC's own errors in either language, and hides internal ones", () => {
    expect(messageForCode("PARSE_ERROR", "nb")).toBe("Forespørselen kunne ikke leses.");
    expect(messageForCode("PARSE_ERROR", "nn")).toBe("Førespurnaden kunne ikkje lesast.");
    expect(messageForCode("INTERNAL_SERVER_ERROR", "nn")).toBe("Noko gjekk gale hos oss. Prøv igjen om litt.");
    expect(messageForCode("TIMEOUT", "nb")).toBe("Noe gikk galt hos oss. Prøv igjen om litt.");
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
      expect(toTRPCError(wrapped(error), "nn")?.message).toBe("Databasen er oppteken akkurat no. Prøv igjen.");
    }
  });

  it("leaves anything else an internal error", () => {
    expect(toTRPCError(new Error("boom"))).toBeNull();
    expect(toTRPCError(wrapped(postgresError("42P01")))).toBeNull();
    expect(toTRPCError(wrapped(new SqliteError("no such table", "SQLITE_ERROR")))).toBeNull();
  });
});
