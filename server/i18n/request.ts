// next-intl's per-request configuration (next.config.ts names this file).
import { getRequestConfig } from "next-intl/server";
import { catalogues } from "~/messages/catalogues";
import { OSLO } from "~/lib/dates";
import { requestLocale } from "./request-locale";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: catalogues[locale], timeZone: OSLO };
});
