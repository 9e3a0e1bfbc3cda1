import "server-only";
import { APIError } from "better-auth/api";
import type { BetterAuthOptions } from "better-auth";
import { eq } from "drizzle-orm";
import { getDb } from "~/db/client";
import { user } from "~/db/schema";
import { acceptInvitationsByProvider, invitedName } from "~/server/domain/admin/invitations";
import { decideProviderSignIn, providerSignInFacts } from "~/server/domain/admin/provider-sign-in";
import { ACCOUNT_DEACTIVATED_CODE, signInErrorMessage } from "~/lib/sign-in-errors";
import { oidcProviders } from "./oidc";

type Options = Required<BetterAuthOptions>;
type ValidateUserInfo = NonNullable<NonNullable<Options["user"]>["validateUserInfo"]>;
type UserCreateBefore = NonNullable<NonNullable<NonNullable<NonNullable<Options["databaseHooks"]>["user"]>["create"]>["before"]>;
type UserCreateAfter = NonNullable<NonNullable<NonNullable<NonNullable<Options["databaseHooks"]>["user"]>["create"]>["after"]>;
type SessionCreateBefore = NonNullable<NonNullable<NonNullable<NonNullable<Options["databaseHooks"]>["session"]>["create"]>["before"]>;

/** better-auth asks before it creates, links or signs in a person through a provider. */
export const validateProviderIdentity: ValidateUserInfo = async ({ user: incoming, source }) => {
  if (source.method !== "oauth" || !source.oauth) return;
  const provider = oidcProviders.find((p) => p.id === source.oauth?.providerId);
  // The description is for logs and the provider's error page: /logg-inn reads only the code, in its own language.
  if (!provider) return { error: "unknown_provider", errorDescription: signInErrorMessage("unknown_provider") ?? undefined };
  const email = typeof incoming.email === "string" ? incoming.email : null;
  const refusal = decideProviderSignIn(
    { action: source.action, email, claims: source.oauth.profile },
    provider.tenants,
    email ? await providerSignInFacts(getDb(), email) : { person: null, hasOpenInvitation: false },
  );
  if (refusal) return { error: refusal, errorDescription: signInErrorMessage(refusal) ?? undefined };
};

/** A provider that sends no name: the person gets the name the administrator wrote on the invitation. */
export const nameFromInvitation: UserCreateBefore = async (incoming) => {
  if (incoming.name.trim()) return;
  const name = await invitedName(getDb(), incoming.email);
  return name ? { data: { ...incoming, name } } : undefined;
};

/** A person created through a provider was let in by an invitation: use it, granting its roles. */
export const welcomeInvitedByProvider: UserCreateAfter = async (created, context) => {
  if (context?.path.startsWith("/callback/")) await acceptInvitationsByProvider(getDb(), { id: created.id, email: created.email });
};

/** Every way in ends in a new session, so a deactivated person is stopped here whatever the method. */
export const refuseDeactivatedSession: SessionCreateBefore = async (session) => {
  const [person] = await getDb().select({ deactivatedAt: user.deactivatedAt }).from(user).where(eq(user.id, session.userId)).limit(1);
  if (person?.deactivatedAt) {
    throw new APIError("FORBIDDEN", { code: ACCOUNT_DEACTIVATED_CODE, message: signInErrorMessage(ACCOUNT_DEACTIVATED_CODE) ?? "" });
  }
};
