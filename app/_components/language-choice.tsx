import { Button } from "@navikt/ds-react/Button";
import { Radio, RadioGroup } from "@navikt/ds-react/Radio";
import { HStack } from "@navikt/ds-react/Stack";
import { BodyShort } from "@navikt/ds-react/Typography";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { locales, localeNames } from "~/lib/i18n/locales";

/**
 * «Språk»: bokmål or nynorsk, as a plain form to POST /api/sprak (server/i18n/language-choice.ts),
 * so it works before any script has loaded; the language shown is the one chosen. Each option's
 * name is in its own language and marked so (lang), for screen readers. `returnTo` is where the
 * browser comes back to, this page.
 *
 * Two layouts: `radios` (sign-in, /konto), a radio group with «Bytt språk»; `buttons` (the join
 * screen, on a phone), one small button per language that chooses it at once, the current one
 * pressed. There the choice is kept in this browser and wins over the samling's language.
 */
export function LanguageChoice({
  returnTo,
  description,
  size = "medium",
  layout = "radios",
}: {
  returnTo: string;
  description?: string;
  size?: "small" | "medium";
  layout?: "radios" | "buttons";
}) {
  const t = useTranslations("shell.language");
  const current = useLocale();
  const labelId = useId();
  if (layout === "buttons") {
    return (
      <form method="post" action="/api/sprak">
        <input type="hidden" name="tilbake" value={returnTo} />
        <HStack gap="space-8" align="center">
          <BodyShort size="small" id={labelId}>
            {t("legend")}
          </BodyShort>
          {locales.map((locale) => (
            <Button
              key={locale}
              type="submit"
              name="sprak"
              value={locale}
              size="xsmall"
              variant={locale === current ? "primary" : "tertiary"}
              aria-pressed={locale === current}
              aria-describedby={labelId}
              lang={locale}
            >
              {localeNames[locale]}
            </Button>
          ))}
        </HStack>
      </form>
    );
  }
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
