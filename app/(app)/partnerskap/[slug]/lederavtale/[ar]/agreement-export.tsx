"use client";

import { DownloadIcon } from "@navikt/aksel-icons";
import { Select } from "@navikt/ds-react/Select";
import { HStack } from "@navikt/ds-react/Stack";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { withDocumentLocale } from "~/lib/document-language";
import { isLocale, localeNames, locales, type Locale } from "~/lib/i18n/locales";

/**
 * The version's PDF, with the «dokumentspråk» beside it: the agreement goes to others, so the
 * person picks the language of its headings and frame (ADR 0018); it starts at their own. What the
 * parties wrote stays as written. A plain link, so it works before scripts load (then in the
 * person's own language, which the export picks by itself).
 */
export function AgreementExport({ href }: { href: string }) {
  const t = useTranslations("agreement");
  const tExports = useTranslations("exports");
  const current = useLocale();
  const [language, setLanguage] = useState<Locale>(isLocale(current) ? current : "nb");
  const helpId = useId();
  return (
    <HStack gap="space-16" align="end" wrap>
      <Select
        label={tExports("documentLanguage")}
        size="small"
        aria-describedby={helpId}
        value={language}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLanguage(e.target.value);
        }}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeNames[locale]}
          </option>
        ))}
      </Select>
      <span id={helpId} className="sr-only">
        {tExports("documentLanguageHelp")}
      </span>
      <a href={withDocumentLocale(href, language)} hrefLang={language} className="inline-flex items-center gap-1">
        <DownloadIcon aria-hidden /> {t("downloadPdf")}
      </a>
    </HStack>
  );
}
