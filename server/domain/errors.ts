/**
 * Errors the domain raises on purpose. Messages are Norwegian because they are
 * shown to users as they are; `field` points a form at the input to mark.
 * Mapped to tRPC codes in one place: server/api/errors.ts.
 */
export type DomainErrorKind = "unauthenticated" | "not_found" | "forbidden" | "conflict" | "invalid" | "too_many";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const unauthenticated = () => new DomainError("unauthenticated", "Du må logge inn først.");

export const notFound = (message = "Fant ikke det du lette etter.") =>
  new DomainError("not_found", message);

export const forbidden = (message = "Du har ikke tilgang til dette.") =>
  new DomainError("forbidden", message);

export const invalid = (message: string, field?: string) =>
  new DomainError("invalid", message, field);

export const staleVersion = () =>
  new DomainError(
    "conflict",
    "Noen andre har lagret en endring mens du redigerte. Last siden på nytt for å se den nyeste versjonen, og gjør endringen din igjen.",
  );

export const tooMany = (message = "Du sender for mye på kort tid. Vent litt og prøv igjen.") =>
  new DomainError("too_many", message);
