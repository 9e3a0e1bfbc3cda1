/**
 * Failed sign-ins per account (e-mail), whichever address they come from: the per-address
 * limit (auth.ts) stops one machine, this stops many machines guessing one person's password.
 *
 * A fixed window: the first failure starts it; after `max` failures the account is refused
 * until the window ends. Refused attempts do not count and do not extend it, so the real owner
 * is never kept out for longer than one window. A successful sign-in clears the count.
 * In memory, like the live samling's limits: the app is one process (ADR 0009).
 */
export interface AccountLimit {
  max: number;
  windowMs: number;
}

export const ACCOUNT_SIGN_IN_LIMIT: AccountLimit = { max: 10, windowMs: 15 * 60_000 };


export function accountLockedMessage(waitMs: number) {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return `For mange mislykkede innlogginger for denne kontoen. Prøv igjen om ${minutes === 1 ? "ett minutt" : `${minutes} minutter`}.`;
}

interface Window {
  failures: number;
  startedAt: number;
}

const MAX_TRACKED = 50_000;

export function createAccountLimiter({ max, windowMs }: AccountLimit = ACCOUNT_SIGN_IN_LIMIT, now: () => number = () => Date.now()) {
  const windows = new Map<string, Window>();
  const keyOf = (email: string) => email.trim().toLowerCase();
  const current = (key: string) => {
    const found = windows.get(key);
    if (found && now() - found.startedAt >= windowMs) {
      windows.delete(key);
      return undefined;
    }
    return found;
  };

  return {
    /** Milliseconds until the account may try again; 0 when it may now. */
    waitFor(email: string): number {
      const found = current(keyOf(email));
      return found && found.failures >= max ? found.startedAt + windowMs - now() : 0;
    },
    recordFailure(email: string) {
      const key = keyOf(email);
      const found = current(key);
      if (found) {
        found.failures += 1;
        return;
      }
      // Oldest first out: spraying many addresses must not wipe the windows of the accounts under attack.
      if (windows.size >= MAX_TRACKED) windows.delete(windows.keys().next().value!);
      windows.set(key, { failures: 1, startedAt: now() });
    },
    recordSuccess(email: string) {
      windows.delete(keyOf(email));
    },
  };
}
