/**
 * Why a sign-in was refused, as catalogue keys (messages/<locale>/auth.json, «refusal»). The codes
 * travel in the `?error=` of /logg-inn after a provider sends the person back (better-auth's
 * callback). No catalogue is imported here, so the sign-in form can use it in the browser.
 */
export const providerSignInRefusals = ["wrong_tenant", "no_email", "unknown_email", "account_deactivated"] as const;
export type ProviderSignInRefusal = (typeof providerSignInRefusals)[number];

/** The same code better-auth's session hook answers an e-mail sign-in with (server/auth/auth.ts). */
export const ACCOUNT_DEACTIVATED_CODE = "account_deactivated";

export type SignInRefusalKey = `refusal.${ProviderSignInRefusal | "generic"}`;

/** The auth-namespace key for a code from /logg-inn?error=…; unknown codes (cancelled, expired state) get the general one. */
export function signInRefusalKey(code: string | undefined): SignInRefusalKey | null {
  if (!code) return null;
  return (providerSignInRefusals as readonly string[]).includes(code) ? `refusal.${code as ProviderSignInRefusal}` : "refusal.generic";
}
