"use client";

import { DownloadIcon } from "@navikt/aksel-icons";
import { Select } from "@navikt/ds-react/Select";
import { HStack } from "@navikt/ds-react/Stack";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { isLocale, localeNames, locales, type Locale } from "~/lib/i18n/locales";
import { withDocumentLocale } from "~/lib/document-language";

/**
 * The version's downloads, with the «dokumentspråk» beside them: a document goes to others, so
 * the person picks its language (ADR 0018); it starts at their own. Plain links, so they work
 * before scripts load (then in the person's own language, which the export picks by itself).
 */
export function ExportLinks({ base, versionId }: { base: string; versionId: string }) {
  const t = useTranslations();
  const current = useLocale();
  const [language, setLanguage] = useState<Locale>(isLocale(current) ? current : "nb");
  const helpId = useId();
  const href = (format: "pdf" | "docx" | "xlsx") => withDocumentLocale(`${base}/eksport/${format}?versjon=${versionId}`, language);
  return (
    <HStack gap="space-16" align="end" wrap>
      <Select
        label={t("exports.documentLanguage")}
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
        {t("exports.documentLanguageHelp")}
      </span>
      <a href={href("pdf")} hrefLang={language} className="inline-flex items-center gap-1">
        <DownloadIcon aria-hidden /> {t("plan.exportLinks.pdf")}
      </a>
      <a href={href("docx")} hrefLang={language} className="inline-flex items-center gap-1">
        <DownloadIcon aria-hidden /> {t("plan.exportLinks.docx")}
      </a>
      <a href={href("xlsx")} hrefLang={language} className="inline-flex items-center gap-1">
        <DownloadIcon aria-hidden /> {t("plan.exportLinks.xlsx")}
      </a>
    </HStack>
  );
}
