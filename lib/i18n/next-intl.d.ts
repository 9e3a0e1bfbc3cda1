// Typed keys and locales for useTranslations/getTranslations (ADR 0018).
import type { Locale } from "./locales";
import type { Messages } from "~/messages/catalogues";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
