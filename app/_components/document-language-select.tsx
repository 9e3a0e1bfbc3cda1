"use client";

import { Select } from "@navikt/ds-react/Select";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { isLocale, localeNames, locales, type Locale } from "~/lib/i18n/locales";

/** The language a download is made in: it starts at the person's own (ADR 0018). */
export function useDocumentLanguage() {
  const current = useLocale();
  return useState<Locale>(isLocale(current) ? current : "nb");
}

/**
 * «Dokumentspråk» beside an export: a document goes to others, so the person picks the language of
 * its headings and frame; what people wrote stays as written.
 */
export function DocumentLanguageSelect({ value, onChange }: { value: Locale; onChange: (language: Locale) => void }) {
  const t = useTranslations("exports");
  const helpId = useId();
  return (
    <>
      <Select
        label={t("documentLanguage")}
        size="small"
        aria-describedby={helpId}
        value={value}
        onChange={(e) => {
          if (isLocale(e.target.value)) onChange(e.target.value);
        }}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeNames[locale]}
          </option>
        ))}
      </Select>
      <span id={helpId} className="sr-only">
        {t("documentLanguageHelp")}
      </span>
    </>
  );
}
