"use client";

import { BodyShort, Button, HStack } from "@navikt/ds-react";
import { useLocale, useTranslations } from "next-intl";
import { localeNames, locales } from "~/lib/i18n/locales";

/**
 * Bokmål or nynorsk on the join screen: a plain form to POST /api/sprak (server/i18n/language-choice.ts),
 * so it works before any script has run. The choice is kept in this browser and wins over the
 * samling's language.
 */
export function LanguageChoice({ returnTo }: { returnTo: string }) {
  const t = useTranslations("delta.language");
  const current = useLocale();
  return (
    <form method="post" action="/api/sprak">
      <input type="hidden" name="tilbake" value={returnTo} />
      <HStack gap="space-8" align="center">
        <BodyShort size="small" id="delta-sprak">
          {t("label")}
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
            aria-describedby="delta-sprak"
            lang={locale}
          >
            {localeNames[locale]}
          </Button>
        ))}
      </HStack>
    </form>
  );
}
