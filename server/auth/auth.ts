import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "~/db/client";
import * as schema from "~/db/schema";
import { MIN_PASSWORD_LENGTH } from "../domain/admin/password-policy";
import { authSecret } from "./secret";

export const SIGN_IN_RATE_LIMIT = { window: 60, max: 10 } as const;

/**
 * Accounts and sessions. Sign-up is closed: people arrive by invitation
 * (server/domain/admin/invitations.ts). Sign-in attempts are rate limited in
 * every environment, the demo included.
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
  database: drizzleAdapter(getDb(), {
    provider: "sqlite",
    schema: {
      user: schema.user,
      session: schema.session,
      account: schema.account,
      verification: schema.verification,
      rateLimit: schema.rateLimit,
    },
  }),
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
  },
  session: {
    expiresIn: 60 * 60 * 8,
    updateAge: 60 * 60,
    // No cookie cache: a signed-out or revoked session must stop working at once,
    // and the session lookup is one indexed SQLite read.
    cookieCache: { enabled: false },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": SIGN_IN_RATE_LIMIT,
    },
  },
  advanced: {
    // Secure cookies only when served over https: a demo on http://<lan-address> must keep its session.
    useSecureCookies: (process.env.BETTER_AUTH_URL ?? "").startsWith("https://"),
  },
  plugins: [nextCookies()],
});

export type Session = typeof auth.$Infer.Session;
