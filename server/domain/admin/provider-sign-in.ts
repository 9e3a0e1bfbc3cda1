import { eq } from "drizzle-orm";
import type { Executor } from "~/db/connection";
import { invitation, user } from "~/db/schema";
import type { ProviderSignInRefusal } from "~/lib/sign-in-errors";
import { normaliseEmail } from "./accounts";
import { openInvitationTo } from "./invitations";

/**
 * Who may come in through an OpenID Connect provider. Nobody gets an account by signing in:
 * the provider's e-mail must belong to an existing person or to an open invitation. A
 * configured provider is trusted to vouch for the e-mail of its own tenants (Entra ID sends
 * no `email_verified`), so the tenant is checked before the e-mail is believed.
 * ADR 0013 gives the reasons.
 */
export interface ProviderIdentity {
  /** What better-auth is about to do: create a person, link the provider to one, or sign one in. */
  action: "create-user" | "link-account" | "sign-in";
  email: string | null | undefined;
  /** The verified ID token's claims (or userinfo), as the provider sent them. */
  claims: Record<string, unknown> | undefined;
}

export interface ProviderSignInFacts {
  person: { deactivatedAt: Date | null } | null;
  hasOpenInvitation: boolean;
}

export function decideProviderSignIn(
  identity: ProviderIdentity,
  allowedTenants: readonly string[],
  facts: ProviderSignInFacts,
): ProviderSignInRefusal | null {
  if (allowedTenants.length > 0) {
    const tenant = identity.claims?.tid;
    if (typeof tenant !== "string" || !allowedTenants.includes(tenant)) return "wrong_tenant";
  }
  if (!identity.email) return "no_email";
  if (facts.person) return facts.person.deactivatedAt ? "account_deactivated" : null;
  // better-auth found no person with the e-mail: only an open invitation lets one be created.
  if (identity.action === "create-user" && facts.hasOpenInvitation) return null;
  return "unknown_email";
}

export async function providerSignInFacts(db: Executor, email: string, now = new Date()): Promise<ProviderSignInFacts> {
  const address = normaliseEmail(email);
  const [person] = await db.select({ deactivatedAt: user.deactivatedAt }).from(user).where(eq(user.email, address)).limit(1);
  const [open] = await db.select({ id: invitation.id }).from(invitation).where(openInvitationTo(address, now)).limit(1);
  return { person: person ?? null, hasOpenInvitation: Boolean(open) };
}
