import { TRPCError } from "@trpc/server";
import { databaseErrorKind } from "~/db/errors";
import { renderText, text, type MessageKey } from "~/lib/i18n/text";
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

const GENERIC_ERROR = text("errors.generic");

/** Messages for errors tRPC itself raises (unreadable request, unknown procedure), which are in English. */
const messageKeyForCode: Partial<Record<TRPCError["code"], MessageKey>> = {
  PARSE_ERROR: "errors.code.unreadable",
  BAD_REQUEST: "errors.code.unreadable",
  METHOD_NOT_SUPPORTED: "errors.code.unreadable",
  NOT_FOUND: "errors.code.notFound",
  UNAUTHORIZED: "errors.code.unauthenticated",
  FORBIDDEN: "errors.code.forbidden",
  PAYLOAD_TOO_LARGE: "errors.code.tooLarge",
  TOO_MANY_REQUESTS: "errors.code.tooMany",
};

/** What the caller reads for an error of ours that has no message of its own: by its code, else "something went wrong". */
export function messageForCode(code: TRPCError["code"], locale: Locale): string {
  const key = code === "INTERNAL_SERVER_ERROR" ? undefined : messageKeyForCode[code];
  return renderText(key ? text(key) : GENERIC_ERROR, locale);
}

/**
 * The one place domain and database errors become tRPC errors, with the message in the caller's
 * language. Anything not recognised stays an internal error, whose message is hidden from the caller.
 */
export function toTRPCError(cause: unknown, locale: Locale = "nb"): TRPCError | null {
  if (cause instanceof DomainError) {
    return new TRPCError({ code: codeFor[cause.kind], message: cause.messageIn(locale), cause });
  }
  const kind = databaseErrorKind(cause);
  if (kind === "busy") return new TRPCError({ code: "CONFLICT", message: renderText(text("errors.busy"), locale), cause });
  if (kind === "constraint") return new TRPCError({ code: "BAD_REQUEST", message: renderText(text("errors.constraint"), locale), cause });
  return null;
}
