/**
 * The language of the request being handled, for code that has no ctx to ask: zod's messages are
 * written when an input fails (lib/validation.ts, ./zod-locale.ts), deep inside parsing. The
 * tRPC route and every procedure run inside `inLocale`, so those messages come out in the
 * caller's language (ADR 0018); outside one, bokmål.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Locale } from "~/lib/i18n/locales";
import { readValidationLocaleFrom } from "~/lib/validation";

const storage = new AsyncLocalStorage<Locale>();

/** Runs `work` (and everything it awaits) in `locale`. */
export const inLocale = <T>(locale: Locale, work: () => T): T => storage.run(locale, work);

/** The language of the request being handled, if one was named. */
export const scopedLocale = (): Locale | undefined => storage.getStore();

readValidationLocaleFrom(scopedLocale);
