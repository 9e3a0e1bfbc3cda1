"use client";

import { DownloadIcon } from "@navikt/aksel-icons";
import { HStack } from "@navikt/ds-react/Stack";
import { useTranslations } from "next-intl";
import { DocumentLanguageSelect, useDocumentLanguage } from "~/app/_components/document-language-select";
import { withDocumentLocale } from "~/lib/document-language";

/**
 * The version's PDF, with the «dokumentspråk» beside it. A plain link, so it works before scripts
 * load (then in the person's own language, which the export picks by itself).
 */
export function AgreementExport({ href }: { href: string }) {
  const t = useTranslations("agreement");
  const [language, setLanguage] = useDocumentLanguage();
  return (
    <HStack gap="space-16" align="end" wrap>
      <DocumentLanguageSelect value={language} onChange={setLanguage} />
      <a href={withDocumentLocale(href, language)} hrefLang={language} className="inline-flex items-center gap-1">
        <DownloadIcon aria-hidden /> {t("downloadPdf")}
      </a>
    </HStack>
  );
}
