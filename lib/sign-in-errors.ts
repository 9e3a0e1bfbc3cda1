/**
 * Why a sign-in was refused, as the sign-in page says it. The codes travel in the
 * `?error=` of /logg-inn after a provider sends the person back (better-auth's callback).
 */
export const providerSignInRefusals = ["wrong_tenant", "no_email", "unknown_email", "account_deactivated"] as const;
export type ProviderSignInRefusal = (typeof providerSignInRefusals)[number];

/** The same code better-auth's session hook answers an e-mail sign-in with (server/auth/auth.ts). */
export const ACCOUNT_DEACTIVATED_CODE = "account_deactivated";

const messages: Record<ProviderSignInRefusal, string> = {
  unknown_email:
    "Vi finner ingen konto eller invitasjon for e-postadressen til jobbkontoen din. Be administratoren for partnerskapet om en invitasjon, og logg inn på nytt når du har fått den.",
  wrong_tenant:
    "Jobbkontoen din hører til en organisasjon som ikke har tilgang til Partnerskapsrommet. Logg inn med kontoen fra kommunen eller Nav, eller be administratoren om hjelp.",
  no_email:
    "Jobbkontoen din sendte ingen e-postadresse, så vi kan ikke vite hvem du er. Be IT-avdelingen eller administratoren om hjelp.",
  account_deactivated: "Kontoen din er deaktivert. Ta kontakt med administratoren hvis du skal ha tilgang igjen.",
};

const GENERIC = "Innloggingen ble avbrutt eller mislyktes. Prøv igjen, eller logg inn med e-post og passord.";

/** The message for a code from /logg-inn?error=…; unknown codes (cancelled, expired state) get a general one. */
export function signInErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  return (providerSignInRefusals as readonly string[]).includes(code) ? messages[code as ProviderSignInRefusal] : GENERIC;
}
