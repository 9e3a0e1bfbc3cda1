/**
 * Failed sign-ins per account (e-mail), whichever address they come from: the per-address
 * limit (auth.ts) stops one machine, this stops many machines guessing one person's password.
 *
 * A fixed window: the first failure starts it; after `max` failures the account is refused
 * until the window ends. Refused attempts do not count and do not extend it, so the real owner
 * is never kept out for longer than one window. A successful sign-in clears the count.
 * Shared by the instances (ADR 0017): in Redis when REDIS_URL is set, in the database on
 * PostgreSQL (server/instances/limit-store.ts); in memory on SQLite, which is one process.
 */
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import { memoryLimitStore, sharedLimitStore, type LimitStore } from "~/server/instances/limit-store";

export interface AccountLimit {
  max: number;
  windowMs: number;
}

export const ACCOUNT_SIGN_IN_LIMIT: AccountLimit = { max: 10, windowMs: 15 * 60_000 };

/** How long the account must wait, whole minutes rounded up, in the request's language. */
export function accountLockedMessage(waitMs: number, locale: Locale = defaultLocale) {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return translator(locale, "auth")("errors.accountLocked", { minutes });
}

/** The limiter's name in the shared store. */
const NAME = "sign-in";

/** `store` is for tests; otherwise the shared store is chosen on first use. */
export function createAccountLimiter(
  { max, windowMs }: AccountLimit = ACCOUNT_SIGN_IN_LIMIT,
  now: () => number = () => Date.now(),
  store?: LimitStore,
) {
  let chosen: Promise<LimitStore> | undefined = store ? Promise.resolve(store) : undefined;
  const storeOf = () => (chosen ??= sharedLimitStore().then((shared) => shared ?? memoryLimitStore()));
  const keyOf = (email: string) => email.trim().toLowerCase();

  return {
    /** Milliseconds until the account may try again; 0 when it may now. */
    async waitFor(email: string): Promise<number> {
      const time = now();
      const found = await (await storeOf()).failures(NAME, keyOf(email), windowMs, time);
      return found && found.failures >= max ? found.startedAt + windowMs - time : 0;
    },
    async recordFailure(email: string): Promise<void> {
      await (await storeOf()).countFailure(NAME, keyOf(email), windowMs, now());
    },
    async recordSuccess(email: string): Promise<void> {
      await (await storeOf()).clearFailures(NAME, keyOf(email));
    },
  };
}
