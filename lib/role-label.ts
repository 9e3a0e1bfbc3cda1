/** A role's name in a language, for code outside React (domain sentences, exports, e-mails). */
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import type { Role } from "~/lib/roles";

export const roleLabel = (role: Role, locale: Locale = "nb"): string => translator(locale, "partnership")(`role.${role}`);
