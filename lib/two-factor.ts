/**
 * Two-factor sign-in (TOTP) as the pages show it: the secret from better-auth's otpauth:// URI,
 * and Norwegian messages for the errors better-auth answers with. Shared by the sign-in form and
 * /konto, which talk to better-auth directly (app/_lib/auth-client.ts).
 */
import { MIN_PASSWORD_LENGTH } from "./limits";
import { ACCOUNT_DEACTIVATED_CODE, signInErrorMessage } from "./sign-in-errors";

/** What better-auth's client returns as `error`. */
export interface AuthError {
  status: number;
  code?: string | undefined;
  message?: string | undefined;
}

/** The base32 secret in an otpauth:// URI, for people who type it into their app instead of scanning. */
export function totpSecretOf(totpUri: string): string | null {
  const query = totpUri.indexOf("?");
  if (!totpUri.startsWith("otpauth://") || query < 0) return null;
  const secret = new URLSearchParams(totpUri.slice(query + 1)).get("secret");
  return secret && /^[A-Z2-7]+=*$/i.test(secret) ? secret.toUpperCase() : null;
}

/** «JBSW Y3DP EHPK 3PXP»: groups of four are easier to copy by hand. Apps ignore the spaces. */
export const groupedSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/** A code from the app as typed: «123 456» and «123-456» (how some apps show it) are 123456. */
export const cleanTotpCode = (code: string) => code.replace(/[\s-]/g, "");

/**
 * A backup code as typed. better-auth's codes look like «a1B2c-3D4e5» and are compared exactly;
 * spaces are dropped and a code typed without its dash gets it back.
 */
export function cleanBackupCode(code: string): string {
  const bare = code.replace(/\s/g, "");
  return /^[A-Za-z0-9]{10}$/.test(bare) ? `${bare.slice(0, 5)}-${bare.slice(5)}` : bare;
}

const WAIT_A_MINUTE = "Du har prøvd for mange ganger. Vent et minutt og prøv igjen.";
const SOMETHING_WENT_WRONG = "Noe gikk galt. Sjekk nettforbindelsen og prøv igjen.";

export interface CodeFailure {
  message: string;
  /** The sign-in must start again from e-mail and password (the challenge has ended). */
  restart: boolean;
}

/**
 * Why a code was refused, in Norwegian. better-auth's own messages are English; only the codes
 * are read. `backup` says the person typed a backup code rather than one from the app.
 */
export function codeFailure(error: AuthError, kind: "totp" | "backup"): CodeFailure {
  if (error.code === ACCOUNT_DEACTIVATED_CODE) return { message: signInErrorMessage(error.code)!, restart: true };
  if (error.status === 429) {
    // better-auth's two-factor lock: ten wrong codes in a row hold the account for 15 minutes.
    return error.code === "ACCOUNT_TEMPORARILY_LOCKED"
      ? { message: "Det er skrevet inn feil kode for mange ganger. Vent et kvarter og prøv igjen.", restart: false }
      : { message: WAIT_A_MINUTE, restart: false };
  }
  switch (error.code) {
    case "INVALID_CODE":
      return { message: "Koden stemmer ikke. Skriv inn koden appen viser nå. Den byttes hvert 30. sekund.", restart: false };
    case "INVALID_BACKUP_CODE":
      return { message: "Reservekoden stemmer ikke, eller den er brukt før. Hver reservekode virker bare én gang.", restart: false };
    case "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE":
      return { message: "Du har skrevet inn feil kode for mange ganger. Logg inn på nytt med e-post og passord.", restart: true };
    case "INVALID_TWO_FACTOR_COOKIE":
      return { message: "Innloggingen tok for lang tid. Logg inn på nytt med e-post og passord.", restart: true };
    default:
      return { message: kind === "backup" ? "Vi kunne ikke sjekke reservekoden. Prøv igjen." : SOMETHING_WENT_WRONG, restart: false };
  }
}

/** A form's messages: per field (the field's id) or for the form as a whole. */
export interface FormFailure {
  fieldErrors: Record<string, string>;
  formError: string | null;
}

const onField = (field: string, message: string): FormFailure => ({ fieldErrors: { [field]: message }, formError: null });
const onForm = (message: string): FormFailure => ({ fieldErrors: {}, formError: message });

export const WRONG_PASSWORD = "Passordet stemmer ikke. Skriv passordet du logger inn med.";

/** A refused password change (better-auth's /change-password and our password policy plugin). */
export function changePasswordFailure(error: AuthError): FormFailure {
  if (error.status === 429) return onForm(WAIT_A_MINUTE);
  switch (error.code) {
    // Our own plugin (server/auth/password-policy-plugin.ts), whose message is Norwegian.
    case "PASSWORD_POLICY":
      return onField("newPassword", error.message ?? "Velg et annet passord.");
    case "INVALID_PASSWORD":
      return onField("currentPassword", WRONG_PASSWORD);
    case "PASSWORD_TOO_SHORT":
      return onField("newPassword", `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`);
    case "PASSWORD_TOO_LONG":
      return onField("newPassword", "Passordet kan ha høyst 128 tegn.");
    case "CREDENTIAL_ACCOUNT_NOT_FOUND":
      return onForm("Kontoen din har ikke passord. Du logger inn med jobbkontoen.");
    default:
      return onForm(SOMETHING_WENT_WRONG);
  }
}

/** A refused step where the person confirms with their password (turning two-factor on or off). */
export function passwordStepFailure(error: AuthError, field = "password"): FormFailure {
  if (error.status === 429) return onForm(WAIT_A_MINUTE);
  switch (error.code) {
    case "INVALID_PASSWORD":
      return onField(field, WRONG_PASSWORD);
    case "TOTP_ALREADY_ENABLED":
      return onForm("Tofaktor-innlogging er allerede slått på. Last siden på nytt.");
    default:
      return onForm(SOMETHING_WENT_WRONG);
  }
}
