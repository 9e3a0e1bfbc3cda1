import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { chooseLocale, isLocale, LOCALE_COOKIE, type Locale } from "~/lib/i18n/locales";
import { JOIN_CODE_HEADER } from "~/server/auth/page-path";
import { getRequestUser } from "~/server/auth/session";
import { samlingLanguage } from "./samling-locale";

/**
 * The language of this page request: the browser's choice, else — for a guest opening a samling
 * at /delta?kode= — the samling's language, else the account's or the målform default (ADR 0018).
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [jar, request] = await Promise.all([cookies(), headers()]);
  const browser = jar.get(LOCALE_COOKIE)?.value;
  if (isLocale(browser)) return browser;
  const joinCode = request.get(JOIN_CODE_HEADER);
  const samling = joinCode ? await samlingLanguage(joinCode) : null;
  if (samling) return samling;
  const user = await getRequestUser();
  return chooseLocale({ account: user?.language, malform: user?.malform });
});

/** Whether this browser has chosen a language itself (then a samling's language does not apply). */
export const browserChoseLocale = cache(async (): Promise<boolean> => isLocale((await cookies()).get(LOCALE_COOKIE)?.value));
