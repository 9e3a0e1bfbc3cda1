import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "~/server/api/root";

export type FieldErrors = Record<string, string>;

/** The field messages a failed mutation carries (zod or domain), keyed by field name. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data;
    return data?.fieldErrors ?? {};
  }
  return {};
}

/** Server field names of a nested input arrive as "fields.title"; forms whose ids drop the "fields." part read them through this. */
export function withoutFieldsPrefix(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [key.replace(/^fields\./, ""), message]));
}

/**
 * What a failure with no message of ours says (the request never reached the server): common.errors.network
 * in the page's language. TRPCReactProvider sets it from the catalogue as it renders, before any
 * request can fail; the bokmål here is only what it says until then.
 */
let networkFailure = "Noe gikk galt. Sjekk nettforbindelsen og prøv igjen.";

export function setNetworkFailureMessage(message: string): void {
  networkFailure = message;
}

/** The server's message (already in the caller's language), or that the request failed on the way. */
export function messageOf(error: unknown): string {
  if (error instanceof TRPCClientError) return error.message;
  return networkFailure;
}

export function isConflict(error: unknown): boolean {
  return error instanceof TRPCClientError && (error as TRPCClientError<AppRouter>).data?.code === "CONFLICT";
}
