import { Button } from "@navikt/ds-react/Button";
import { Radio, RadioGroup } from "@navikt/ds-react/Radio";
import { useTranslations } from "next-intl";
import { locales, localeNames, type Locale } from "~/lib/i18n/locales";

/**
 * «Språk»: bokmål or nynorsk, as a plain form to POST /api/sprak (server/i18n/language-choice.ts),
 * so it works before any script has loaded. The legend is in the language shown; each option's name
 * is in its own language and marked so (lang), for screen readers. `returnTo` is where the browser
 * comes back to, this page.
 */
export function LanguageChoice({
  current,
  returnTo,
  description,
  size = "medium",
}: {
  current: Locale;
  returnTo: string;
  description?: string;
  size?: "small" | "medium";
}) {
  const t = useTranslations("shell.language");
  return (
    <form method="post" action="/api/sprak" className="flex flex-col items-start gap-3">
      <input type="hidden" name="tilbake" value={returnTo} />
      <RadioGroup legend={t("legend")} description={description} name="sprak" defaultValue={current} size={size}>
        {locales.map((locale) => (
          <Radio key={locale} value={locale}>
            <span lang={locale}>{localeNames[locale]}</span>
          </Radio>
        ))}
      </RadioGroup>
      <Button type="submit" variant="secondary" size={size}>
        {t("save")}
      </Button>
    </form>
  );
}
