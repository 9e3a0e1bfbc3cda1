import "server-only";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { twoFactor } from "better-auth/plugins/two-factor";
import { getDb } from "~/db/client";
import { activeDialect } from "~/db/dialect";
import * as schema from "~/db/schema";
import { MIN_PASSWORD_LENGTH } from "~/lib/limits";
import { requestForwardedHttps } from "~/server/security/client-address";
import { accountLockedMessage, createAccountLimiter } from "./account-limit";
import { ACCOUNT_LOCKED_CODE } from "~/lib/limits";
import { passwordPolicy } from "./password-policy-plugin";
import { authRequestLocale } from "./request-language";
import { authSecret } from "./secret";
import { sessionTokenOnlyInCookie } from "./without-session-token";
import { oidcProviders } from "./oidc";
import { genericOAuthConfig } from "./oidc-plugin-config";
import { nameFromInvitation, refuseDeactivatedSession, validateProviderIdentity, welcomeInvitedByProvider } from "./account-gate";

export const SIGN_IN_RATE_LIMIT = { window: 60, max: 10 } as const;
export const TWO_FACTOR_RATE_LIMIT = { window: 60, max: 5 } as const;

/** The only header better-auth takes the client address from; set by ./handler.ts, never by the client. */
export const CLIENT_ADDRESS_HEADER = "x-partnerskapsrommet-client";

/** Failed sign-ins per account, from any address (./account-limit.ts). */
export const accountSignInLimiter = createAccountLimiter();

const servedOverHttps = (process.env.BETTER_AUTH_URL ?? "").startsWith("https://");

const emailOf = (body: unknown) =>
  typeof (body as { email?: unknown } | undefined)?.email === "string" ? (body as { email: string }).email : "";

/** Cookies set for a request that reached a trusted proxy over https get the Secure flag. */
function secureCookiesBehindHttpsProxy(headers: Headers | undefined, responseHeaders: Headers | undefined) {
  if (servedOverHttps || !headers || !responseHeaders || !requestForwardedHttps(headers)) return;
  const cookies = responseHeaders.getSetCookie();
  if (cookies.length === 0) return;
  responseHeaders.delete("set-cookie");
  for (const cookie of cookies) responseHeaders.append("set-cookie", /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`);
}

/**
 * Accounts and sessions. Sign-up is closed: people arrive by invitation
 * (server/domain/admin/invitations.ts). Sign-in attempts are rate limited in
 * every environment, the demo included: per client address (better-auth's limiter,
 * fed by ./handler.ts) and per account (accountSignInLimiter).
 */
/** Read once: better-auth signs cookies with it, and page requests verify them (./read-session.ts). */
export const AUTH_SECRET = authSecret();

export const auth = betterAuth({
  appName: "Partnerskapsrommet",
  secret: AUTH_SECRET,
  // A fixed URL in production; otherwise the request's own host, if it is one we serve.
  baseURL: process.env.BETTER_AUTH_URL ?? {
    allowedHosts: (process.env.AUTH_ALLOWED_HOSTS ?? "localhost:*,127.0.0.1:*").split(","),
  },
  // Told the dialect it runs on (ADR 0016): PostgreSQL has ILIKE, JSON and UUIDs of its own.
  database: drizzleAdapter(getDb(), {
    provider: activeDialect() === "postgres" ? "pg" : "sqlite",
    schema: {
      user: schema.user,
      session: schema.session,
      account: schema.account,
      verification: schema.verification,
      rateLimit: schema.rateLimit,
      twoFactor: schema.twoFactor,
    },
  }),
  user: {
    additionalFields: {
      deactivatedAt: { type: "date", required: false, input: false },
    },
    // Who may come in through a provider: server/domain/admin/provider-sign-in.ts.
    validateUserInfo: validateProviderIdentity,
  },
  account: {
    accountLinking: {
      enabled: true,
      // A configured provider vouches for the e-mail of its own tenants (validateUserInfo checks the
      // tenant first): a person invited by e-mail may then also sign in with their work account.
      trustedProviders: oidcProviders.map((p) => p.id),
    },
  },
  databaseHooks: {
    user: { create: { before: nameFromInvitation, after: welcomeInvitedByProvider } },
    session: { create: { before: refuseDeactivatedSession } },
  },
  onAPIError: { errorURL: "/logg-inn" },
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
  },
  session: {
    expiresIn: 60 * 60 * 8,
    // Also how fresh «sist brukt» on /konto is.
    updateAge: 15 * 60,
    // No cookie cache: a signed-out or revoked session must stop working at once,
    // and the session lookup is one indexed read.
    cookieCache: { enabled: false },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": SIGN_IN_RATE_LIMIT,
      "/sign-in/social": SIGN_IN_RATE_LIMIT,
      // Wrong codes: a few tries per address, and the plugin locks the code after repeated failures.
      "/two-factor/verify-totp": TWO_FACTOR_RATE_LIMIT,
      "/two-factor/verify-backup-code": TWO_FACTOR_RATE_LIMIT,
    },
  },
  advanced: {
    // Secure cookies only when served over https: a demo on http://<lan-address> must keep its session.
    // Behind a trusted proxy that terminates https, secureCookiesBehindHttpsProxy adds the flag per request.
    useSecureCookies: servedOverHttps,
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
  },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      const wait = ctx.path === "/sign-in/email" ? await accountSignInLimiter.waitFor(emailOf(ctx.body)) : 0;
      if (wait === 0) return;
      throw new APIError(
        "TOO_MANY_REQUESTS",
        { code: ACCOUNT_LOCKED_CODE, message: accountLockedMessage(wait, authRequestLocale(ctx.headers)) },
        { "Retry-After": String(Math.ceil(wait / 1000)) },
      );
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path === "/sign-in/email") {
        const returned = ctx.context.returned;
        if (!isAPIError(returned)) await accountSignInLimiter.recordSuccess(emailOf(ctx.body));
        else if (returned.statusCode === 401) await accountSignInLimiter.recordFailure(emailOf(ctx.body));
      }
      secureCookiesBehindHttpsProxy(ctx.headers, ctx.context.responseHeaders);
    }),
  },
  plugins: [
    passwordPolicy(),
    sessionTokenOnlyInCookie(),
    twoFactor({ issuer: "Partnerskapsrommet", skipVerificationOnEnable: false }),
    ...(oidcProviders.length > 0 ? [genericOAuth({ config: oidcProviders.map(genericOAuthConfig) })] : []),
    // Last, as better-auth asks: it turns the cookies every plugin set into Next's cookies.
    nextCookies(),
  ],
});

export type Session = typeof auth.$Infer.Session;
