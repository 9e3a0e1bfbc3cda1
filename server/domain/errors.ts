/**
 * Errors the domain raises on purpose. A message is a catalogue key (lib/i18n/text.ts), rendered in
 * the reader's language where the error leaves the server (server/api/errors.ts); `message` holds
 * the bokmål rendering, for logs and for code that has no reader. Plain strings are still accepted
 * while the areas move to the catalogues. `field` points a form at the input to mark.
 */
import type { Locale } from "~/lib/i18n/locales";
import { renderText, text, type Text } from "~/lib/i18n/text";

export type DomainErrorKind = "unauthenticated" | "not_found" | "forbidden" | "conflict" | "invalid" | "too_many";

export class DomainError extends Error {
  readonly text: Text | string;

  constructor(
    readonly kind: DomainErrorKind,
    message: Text | string,
    readonly field?: string,
  ) {
    super(renderText(message, "nb"));
    this.text = message;
    this.name = "DomainError";
  }

  /** The message as the reader should see it. */
  messageIn(locale: Locale): string {
    return locale === "nb" ? this.message : renderText(this.text, locale);
  }
}

export const unauthenticated = () => new DomainError("unauthenticated", text("errors.code.unauthenticated"));

export const notFound = (message: Text | string = text("errors.code.notFound")) => new DomainError("not_found", message);

export const forbidden = (message: Text | string = text("errors.code.forbidden")) => new DomainError("forbidden", message);

export const invalid = (message: Text | string, field?: string) => new DomainError("invalid", message, field);

export const staleVersion = () => new DomainError("conflict", text("errors.staleVersion"));

export const tooMany = (message: Text | string = text("errors.code.tooMany")) => new DomainError("too_many", message);
