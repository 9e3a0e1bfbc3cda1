/**
 * A person's own account as /konto shows it: who they are, how they sign in, and the sessions
 * they have open, with ending one of them. Changing the password and turning two-factor sign-in
 * on or off go through better-auth itself (app/_lib/auth-client.ts), which checks the password.
 */
import { and, desc, eq, gt } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/db/connection";
import { account, session, user } from "~/db/schema";
import { invalid, notFound } from "~/server/domain/errors";
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { text } from "~/lib/i18n/text";
import { translator } from "~/lib/i18n/translate";
import { describeUserAgent } from "~/lib/user-agent";
import { rule } from "~/lib/validation";

/** better-auth's provider id for e-mail and password accounts. */
const PASSWORD_PROVIDER = "credential";

export interface OwnSession {
  id: string;
  /** «Chrome på Windows» (lib/user-agent.ts). */
  device: string;
  signedInAt: Date;
  /** better-auth moves it forward when it refreshes the session (at most every 15 minutes). */
  lastUsedAt: Date;
  /** The session this request came with: «Denne enheten». */
  current: boolean;
}

export interface OwnAccount {
  name: string;
  email: string;
  /** The person can sign in with e-mail and password (and so change it, and use two-factor). */
  hasPassword: boolean;
  twoFactorEnabled: boolean;
  /** The OpenID Connect providers the person has signed in through, by id. */
  providerIds: string[];
  /** How the person signs in, as the page says it, password first. */
  signInMethods: string[];
  /** Newest use first; the current session first among equals. */
  sessions: OwnSession[];
}

/**
 * «E-post og passord», «E-post og passord med tofaktor», or the provider's own label (null: the
 * default «Logg inn med jobbkonto»), in `locale`.
 */
export function signInMethodLabels(
  methods: { hasPassword: boolean; twoFactorEnabled: boolean; providerIds: readonly string[] },
  providerLabels: Readonly<Record<string, string | null>>,
  locale: Locale = defaultLocale,
): string[] {
  const t = translator(locale, "account");
  const labels: string[] = [];
  if (methods.hasPassword) labels.push(methods.twoFactorEnabled ? t("methods.passwordTwoFactor") : t("methods.password"));
  // A provider no longer configured keeps a name, so the person still sees the account exists.
  for (const id of methods.providerIds) {
    labels.push(id in providerLabels ? (providerLabels[id] ?? translator(locale, "auth")("provider.defaultLabel")) : t("methods.workAccount", { id }));
  }
  return labels;
}

/**
 * Everything /konto shows about the person. `currentSessionId` marks «Denne enheten»;
 * `providerLabels` are the configured providers' button texts (server/auth/oidc.ts).
 */
export async function loadOwnAccount(
  db: Executor,
  userId: string,
  currentSessionId: string | null,
  providerLabels: Readonly<Record<string, string | null>>,
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<OwnAccount> {
  const [person] = await db
    .select({ name: user.name, email: user.email, twoFactorEnabled: user.twoFactorEnabled })
    .from(user)
    .where(eq(user.id, userId))
    .limit(1);
  if (!person) throw notFound(text("account.errors.notFound"));
  const providers = (
    await db
      .selectDistinct({ providerId: account.providerId })
      .from(account)
      .where(eq(account.userId, userId))
      .orderBy(account.providerId)
  ).map((a) => a.providerId);
  const hasPassword = providers.includes(PASSWORD_PROVIDER);
  const providerIds = providers.filter((p) => p !== PASSWORD_PROVIDER);
  const twoFactorEnabled = person.twoFactorEnabled ?? false;
  const sessions = (
    await db
      .select({ id: session.id, userAgent: session.userAgent, createdAt: session.createdAt, updatedAt: session.updatedAt })
      .from(session)
      .where(and(eq(session.userId, userId), gt(session.expiresAt, now)))
      .orderBy(desc(session.updatedAt), desc(session.createdAt))
  ).map(
      (s): OwnSession => ({
        id: s.id,
        device: describeUserAgent(s.userAgent, locale),
        signedInAt: s.createdAt,
        lastUsedAt: s.updatedAt,
        current: s.id === currentSessionId,
      }),
    );
  return {
    name: person.name,
    email: person.email,
    hasPassword,
    twoFactorEnabled,
    providerIds,
    signInMethods: signInMethodLabels({ hasPassword, twoFactorEnabled, providerIds }, providerLabels, locale),
    // This device on top: it is the one the person recognises.
    sessions: [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)],
  };
}

export const endSessionInput = z.object({
  sessionId: z.string(rule("account.errors.missingSession")).min(1, rule("account.errors.missingSession")).max(128, rule("account.errors.badSession")),
});

/**
 * Signs one of the person's other devices out: its session is deleted, so its next request is
 * signed out (no cookie cache, see docs/adr/0004-sessions.md). Someone else's session is as
 * unknown as one that does not exist. This device signs out through «Logg ut» instead, which
 * also clears its cookie.
 */
export async function endOwnSession(db: Executor, userId: string, sessionId: string, currentSessionId: string | null) {
  if (sessionId === currentSessionId) {
    throw invalid(text("account.errors.currentSession"));
  }
  const ended = (await db.delete(session).where(and(eq(session.id, sessionId), eq(session.userId, userId)))).rowCount ?? 0;
  if (ended === 0) throw notFound(text("account.errors.sessionNotFound"));
  return { ended };
}
