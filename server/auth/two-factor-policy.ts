/**
 * AUTH_REQUIRE_2FA=1: every person who can sign in with a password must have turned on two-factor
 * sign-in before they use the app. Until they have, the pages send them to /konto
 * (app/(app)/layout.tsx) and the API refuses everything but their own account
 * (server/api/trpc.ts, protectedProcedure). People who sign in only through an OpenID Connect
 * provider are exempt: their provider asks for the second factor. A person with both a password
 * and a provider account is not: the password alone would still let someone in.
 *
 * Read on every check rather than once at start-up, so tests can switch it; it is one string
 * comparison, and the database is asked only when the rule applies.
 */
import { and, eq } from "drizzle-orm";
import { renderText, text } from "~/lib/i18n/text";
import type { Executor } from "~/db/connection";
import { account } from "~/db/schema";
import type { SessionUser } from "./read-session";

/** better-auth's provider id for e-mail and password accounts. */
const PASSWORD_PROVIDER = "credential";

/** True when the administrator requires two-factor sign-in for local accounts. */
export function twoFactorRequired(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.AUTH_REQUIRE_2FA?.trim().toLowerCase();
  return value === "1" || value === "true" || value === "yes";
}

export async function hasPasswordAccount(db: Executor, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: account.id })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, PASSWORD_PROVIDER)))
    .limit(1);
  return rows.length > 0;
}

/** The person must turn on two-factor sign-in (on /konto) before anything else. */
export async function mustTurnOnTwoFactor(
  db: Executor,
  user: Pick<SessionUser, "id" | "twoFactorEnabled">,
  env = process.env,
): Promise<boolean> {
  return twoFactorRequired(env) && !user.twoFactorEnabled && (await hasPasswordAccount(db, user.id));
}

/** Where the person turns it on, and the one part of the API they may use until then. */
export const TWO_FACTOR_SETUP_PAGE = "/konto";
export const TWO_FACTOR_SETUP_ROUTER = "account";

/** The API's refusal until then (messages/<locale>/errors.json), and its bokmål rendering. */
export const TWO_FACTOR_SETUP_TEXT = text("errors.twoFactorSetup");
export const TWO_FACTOR_SETUP_MESSAGE = renderText(TWO_FACTOR_SETUP_TEXT, "nb");

