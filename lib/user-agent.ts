/**
 * A short name for the browser and device behind a User-Agent header, for the list of a person's
 * sessions on /konto («Chrome på Windows»), in the reader's language (account.device). Only the
 * common browsers and systems are told apart; anything else is «Ukjent nettleser». The header is
 * the client's own claim, so this is a hint for recognising one's devices, never a security decision.
 */
import { defaultLocale, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";

/** Order matters: Edge, Opera and Samsung Internet also call themselves Chrome and Safari. */
const browsers: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\bCriOS\/|\b(?:Headless)?Chrome\/|\bChromium\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\/|\bAppleWebKit\/.*\bMobile\//, "Safari"],
];

/** iPhone and iPad before macOS (their headers say «like Mac OS X»), Android before Linux. */
const systems: readonly [RegExp, string][] = [
  [/\biPhone\b|\biPod\b/, "iPhone"],
  [/\biPad\b/, "iPad"],
  [/\bAndroid\b/, "Android"],
  [/\bWindows\b/, "Windows"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b|\bX11\b/, "Linux"],
];

const first = (table: readonly [RegExp, string][], text: string) => table.find(([pattern]) => pattern.test(text))?.[1] ?? null;

/** «Chrome på Windows», «Safari på iPhone», «Firefox», «Ukjent nettleser på Android», «Ukjent nettleser». */
export function describeUserAgent(userAgent: string | null | undefined, locale: Locale = defaultLocale): string {
  const t = translator(locale, "account");
  const text = (userAgent ?? "").slice(0, 1000);
  const browser = first(browsers, text) ?? t("device.unknownBrowser");
  const system = first(systems, text);
  return system ? t("device.on", { browser, system }) : browser;
}
