import "server-only";
import { TRPCError } from "@trpc/server";
import type { TRPCRequestInfo } from "@trpc/server/http";
import { getSessionCookie } from "better-auth/cookies";
import { getDb } from "~/db/client";
import { auth } from "~/server/auth/auth";
import type { SessionUser } from "~/server/auth/read-session";
import { invalid } from "~/server/domain/errors";
import { loadPersonLanguage } from "~/server/domain/language/person-language";
import type { Locale } from "~/lib/i18n/locales";
import { renderText, text } from "~/lib/i18n/text";
import { cookieLocale, statedLocale } from "~/server/security/request-language";
import { requestClientAddress } from "~/server/security/client-address";
import type { Context } from "./trpc";

export function contextFor(user: SessionUser | null, clientAddress: string | null = null, locale?: Locale): Context {
  return { db: getDb(), user, clientAddress, locale };
}

/**
 * The browser's choice or the calling page's language when the request names one; else the
 * account's or its målform default (one lookup).
 */
async function callerLocale(headers: Headers, user: SessionUser | null): Promise<Locale> {
  if (!user || statedLocale(headers)) return cookieLocale(headers);
  return (await loadPersonLanguage(getDb(), user.id)).locale;
}

const ANONYMOUS_BATCH = text("errors.anonymousBatch");
/** Its bokmål rendering; the error formatter renders it in the cookie's language (no ctx yet). */
export const ANONYMOUS_BATCH_MESSAGE = renderText(ANONYMOUS_BATCH, "nb");

/**
 * For API requests: better-auth's own session check, which also refreshes the session.
 * Requests without a session cookie (guests at a live samling) skip it: they cannot have one.
 * Anonymous callers get one call per request: a batch would let one request try many join
 * codes (the guest's pages send one at a time, see trpc-provider.tsx).
 */
export async function createContext({ headers, info }: { headers: Headers; info?: Pick<TRPCRequestInfo, "isBatchCall" | "calls"> }): Promise<Context> {
  const clientAddress = requestClientAddress(headers);
  const session = getSessionCookie(headers) ? await auth.api.getSession({ headers }) : null;
  if (!session && info?.isBatchCall && info.calls.length > 1) {
    throw new TRPCError({ code: "BAD_REQUEST", message: ANONYMOUS_BATCH_MESSAGE, cause: invalid(ANONYMOUS_BATCH) });
  }
  const user =
    session && !session.user.deactivatedAt
      ? {
          id: session.user.id,
          name: session.user.name,
          email: session.user.email,
          twoFactorEnabled: session.user.twoFactorEnabled ?? false,
          sessionId: session.session.id,
        }
      : null;
  return contextFor(user, clientAddress, await callerLocale(headers, user));
}
