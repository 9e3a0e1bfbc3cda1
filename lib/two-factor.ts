/**
 * Two-factor sign-in (TOTP) as the pages show it: the secret from better-auth's otpauth:// URI,
 * and our messages (catalogue keys, auth namespace) for the errors better-auth answers with.
 * Shared by the sign-in form and /konto, which talk to better-auth directly
 * (app/_lib/auth-client.ts) and render the keys with app/_lib/use-text.ts.
 */
import type { Text } from "./i18n/text";
import { MIN_PASSWORD_LENGTH } from "./limits";
import { ACCOUNT_DEACTIVATED_CODE } from "./sign-in-refusals";

/** better-auth's own longest password (its default maxPasswordLength). */
export const MAX_PASSWORD_LENGTH = 128;

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

const WAIT_A_MINUTE: Text = { key: "common.errors.tooManyTries" };
const SOMETHING_WENT_WRONG: Text = { key: "common.errors.network" };

export interface CodeFailure {
  message: Text;
  /** The sign-in must start again from e-mail and password (the challenge has ended). */
  restart: boolean;
}

/**
 * Why a code was refused, as a catalogue key. better-auth's own messages are English; only the
 * codes are read. `backup` says the person typed a backup code rather than one from the app.
 */
export function codeFailure(error: AuthError, kind: "totp" | "backup"): CodeFailure {
  if (error.code === ACCOUNT_DEACTIVATED_CODE) return { message: { key: "auth.refusal.account_deactivated" }, restart: true };
  if (error.status === 429) {
    // better-auth's two-factor lock: ten wrong codes in a row hold the account for 15 minutes.
    return error.code === "ACCOUNT_TEMPORARILY_LOCKED"
      ? { message: { key: "auth.code.locked" }, restart: false }
      : { message: WAIT_A_MINUTE, restart: false };
  }
  switch (error.code) {
    case "INVALID_CODE":
      return { message: { key: "auth.code.invalid" }, restart: false };
    case "INVALID_BACKUP_CODE":
      return { message: { key: "auth.code.invalidBackup" }, restart: false };
    case "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE":
      return { message: { key: "auth.code.tooManyAttempts" }, restart: true };
    case "INVALID_TWO_FACTOR_COOKIE":
      return { message: { key: "auth.code.expired" }, restart: true };
    default:
      return { message: kind === "backup" ? { key: "auth.code.backupUnchecked" } : SOMETHING_WENT_WRONG, restart: false };
  }
}

/** A form's messages: per field (the field's id) or for the form as a whole; a string is already rendered (the server's). */
export interface FormFailure {
  fieldErrors: Record<string, Text | string>;
  formError: Text | string | null;
}

const onField = (field: string, message: Text | string): FormFailure => ({ fieldErrors: { [field]: message }, formError: null });
const onForm = (message: Text): FormFailure => ({ fieldErrors: {}, formError: message });

export const WRONG_PASSWORD: Text = { key: "auth.password.wrong" };

/** A refused password change (better-auth's /change-password and our password policy plugin). */
export function changePasswordFailure(error: AuthError): FormFailure {
  if (error.status === 429) return onForm(WAIT_A_MINUTE);
  switch (error.code) {
    // Our own plugin (server/auth/password-policy-plugin.ts), whose message is in the request's language.
    case "PASSWORD_POLICY":
      return onField("newPassword", error.message ?? { key: "auth.password.chooseAnother" });
    case "INVALID_PASSWORD":
      return onField("currentPassword", WRONG_PASSWORD);
    case "PASSWORD_TOO_SHORT":
      return onField("newPassword", { key: "auth.password.tooShort", values: { min: MIN_PASSWORD_LENGTH } });
    case "PASSWORD_TOO_LONG":
      return onField("newPassword", { key: "auth.password.tooLong", values: { max: MAX_PASSWORD_LENGTH } });
    case "CREDENTIAL_ACCOUNT_NOT_FOUND":
      return onForm({ key: "auth.password.none" });
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
      return onForm({ key: "auth.password.twoFactorAlreadyOn" });
    default:
      return onForm(SOMETHING_WENT_WRONG);
  }
}
