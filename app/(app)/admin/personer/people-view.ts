import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import type { SignInMethod } from "~/server/domain/admin/people";

type Search = Record<string, string | string[] | undefined>;

export interface PeopleParams {
  search: string;
  page: number;
}

export const PEOPLE_PATH = "/admin/personer";

/** ?sok=kari&side=2. An unreadable page is page 1; an over-long search is cut, never an error page. */
export function readPeopleParams(search: Search): PeopleParams {
  const get = (key: string) => {
    const v = search[key];
    return ((Array.isArray(v) ? v[0] : v) ?? "").trim();
  };
  const side = Number(get("side"));
  const page = Number.isInteger(side) && side >= 1 && side <= 100_000 ? side : 1;
  return { search: get("sok").slice(0, 100), page };
}

/** The people list's address; page 1 and an empty search are left out. */
export function peopleHref(params: Partial<PeopleParams>) {
  const query = new URLSearchParams();
  if (params.search) query.set("sok", params.search);
  if (params.page && params.page > 1) query.set("side", String(params.page));
  const search = query.toString();
  return `${PEOPLE_PATH}${search ? `?${search}` : ""}`;
}

/**
 * How a person signs in, in words. A provider is named by its button text without «Logg inn
 * med» («Logg inn med jobbkonto» → «Jobbkonto»), since the column is already «Logger inn med».
 * A provider no longer configured is named by its id, and says so. A provider without its own
 * text has the default button text (auth.provider.defaultLabel).
 */
export function signInMethodLabel(
  method: SignInMethod,
  providers: readonly { id: string; label: string | null }[],
  locale: Locale = "nb",
): string {
  const t = translator(locale, "admin");
  if (method.kind === "password") return t("people.password");
  const provider = providers.find((p) => p.id === method.providerId);
  if (!provider) return t("people.providerGone", { provider: method.providerId });
  const label = provider.label ?? translator(locale, "auth")("provider.defaultLabel");
  const name = label.replace(/^(logg inn|logg på) (med|via|gjennom)\s+/i, "").trim() || label;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
