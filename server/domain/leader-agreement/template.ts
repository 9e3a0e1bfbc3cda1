/**
 * The app's own default wording for a new lederavtale. Written for this product: the
 * subjects follow what such agreements cover (the leader's and the owners' duties, changes
 * during the year, the joint plan as appendix), not any particular agreement's sentences.
 *
 * The words are the "agreement" catalogue's («template»), so a new draft can start in the language
 * of the person who makes it (ADR 0018). Once made, the draft's text is data: it stays in the
 * language it was written in, whoever reads it.
 */
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";

const leaderDutyKeys = ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8"] as const;
const ownerDutyKeys = ["d1", "d2", "d3", "d4", "d5"] as const;

export interface AgreementTemplate {
  purpose: string;
  leaderDuties: string[];
  ownerDuties: string[];
  changeClause: string;
}

export function agreementTemplate(locale: Locale = defaultLocale): AgreementTemplate {
  const t = translator(locale, "agreement");
  return {
    purpose: t("template.purpose"),
    leaderDuties: leaderDutyKeys.map((key) => t(`template.leaderDuties.${key}`)),
    ownerDuties: ownerDutyKeys.map((key) => t(`template.ownerDuties.${key}`)),
    changeClause: t("template.changeClause"),
  };
}
