import { TRPCError } from "@trpc/server";
import { databaseErrorKind } from "~/db/errors";
import { DomainError, type DomainErrorKind } from "~/server/domain/errors";
import type { Locale } from "~/lib/i18n/locales";

const codeFor: Record<DomainErrorKind, TRPCError["code"]> = {
  unauthenticated: "UNAUTHORIZED",
  not_found: "NOT_FOUND",
  forbidden: "FORBIDDEN",
  conflict: "CONFLICT",
  invalid: "BAD_REQUEST",
  too_many: "TOO_MANY_REQUESTS",
};

export const GENERIC_ERROR_MESSAGE = "Noe gikk galt hos oss. Prøv igjen om litt.";

/** Messages for errors tRPC itself raises (unreadable request, unknown procedure), which are in English. */
export const messageForCode: Partial<Record<TRPCError["code"], string>> = {
  PARSE_ERROR: "Forespørselen kunne ikke leses.",
  BAD_REQUEST: "Forespørselen kunne ikke leses.",
  METHOD_NOT_SUPPORTED: "Forespørselen kunne ikke leses.",
  NOT_FOUND: "Fant ikke det du lette etter.",
  UNAUTHORIZED: "Du må logge inn først.",
  FORBIDDEN: "Du har ikke tilgang til dette.",
  PAYLOAD_TOO_LARGE: "Forespørselen er for stor.",
  TOO_MANY_REQUESTS: "Du sender for mye på kort tid. Vent litt og prøv igjen.",
};

const BUSY_MESSAGE = "Databasen er opptatt akkurat nå. Prøv igjen.";
const CONSTRAINT_MESSAGE = "Endringen passer ikke med det som allerede er lagret. Last siden på nytt og prøv igjen.";

/**
 * The one place domain and database errors become tRPC errors. Anything not
 * recognised stays an internal error, whose message is hidden from the caller.
 */
export function toTRPCError(cause: unknown, locale: Locale = "nb"): TRPCError | null {
  if (cause instanceof DomainError) {
    return new TRPCError({ code: codeFor[cause.kind], message: cause.messageIn(locale), cause });
  }
  const kind = databaseErrorKind(cause);
  if (kind === "busy") return new TRPCError({ code: "CONFLICT", message: BUSY_MESSAGE, cause });
  if (kind === "constraint") return new TRPCError({ code: "BAD_REQUEST", message: CONSTRAINT_MESSAGE, cause });
  return null;
}
