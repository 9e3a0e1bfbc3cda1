/**
 * Why a sign-in was refused, rendered in a language: for the server (the account gate's
 * refusals) and tests. The browser uses ./sign-in-refusals.ts and its page's catalogue instead.
 */
import { defaultLocale, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";
import { signInRefusalKey } from "./sign-in-refusals";

export { ACCOUNT_DEACTIVATED_CODE, providerSignInRefusals, signInRefusalKey, type ProviderSignInRefusal } from "./sign-in-refusals";

/** The message for a code from /logg-inn?error=…; unknown codes (cancelled, expired state) get a general one. */
export function signInErrorMessage(code: string | undefined, locale: Locale = defaultLocale): string | null {
  const key = signInRefusalKey(code);
  return key ? translator(locale, "auth")(key) : null;
}
