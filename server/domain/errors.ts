/**
 * Errors the domain raises on purpose. A message is a catalogue key (lib/i18n/text.ts), rendered in
 * the reader's language where the error leaves the server (server/api/errors.ts); `message` holds
 * the bokmål rendering, for logs and for code that has no reader. Plain strings are still accepted
 * while the areas move to the catalogues. `field` points a form at the input to mark.
 */
import type { Locale } from "~/lib/i18n/locales";
import { renderText, type Text } from "~/lib/i18n/text";

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

export const unauthenticated = () => new DomainError("unauthenticated", "Du må logge inn først.");

export const notFound = (message: Text | string = "Fant ikke det du lette etter.") => new DomainError("not_found", message);

export const forbidden = (message: Text | string = "Du har ikke tilgang til dette.") => new DomainError("forbidden", message);

export const invalid = (message: Text | string, field?: string) => new DomainError("invalid", message, field);

export const staleVersion = () =>
  new DomainError(
    "conflict",
    "Noen andre har lagret en endring mens du redigerte. Last siden på nytt for å se den nyeste versjonen, og gjør endringen din igjen.",
  );

export const tooMany = (message: Text | string = "Du sender for mye på kort tid. Vent litt og prøv igjen.") =>
  new DomainError("too_many", message);
