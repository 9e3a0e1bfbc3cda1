"use client";

import { DownloadIcon } from "@navikt/aksel-icons";
import { HStack } from "@navikt/ds-react/Stack";
import { useTranslations } from "next-intl";
import { DocumentLanguageSelect, useDocumentLanguage } from "~/app/_components/document-language-select";
import { withDocumentLocale } from "~/lib/document-language";

/**
 * The version's downloads, with the «dokumentspråk» beside them. Plain links, so they work before
 * scripts load (then in the person's own language, which the export picks by itself).
 */
const FORMATS = ["pdf", "docx", "xlsx"] as const;

export function ExportLinks({ base, versionId }: { base: string; versionId: string }) {
  const t = useTranslations("plan.exportLinks");
  const [language, setLanguage] = useDocumentLanguage();
  const href = (format: (typeof FORMATS)[number]) => withDocumentLocale(`${base}/eksport/${format}?versjon=${versionId}`, language);
  return (
    <HStack gap="space-16" align="end" wrap>
      <DocumentLanguageSelect value={language} onChange={setLanguage} />
      {FORMATS.map((format) => (
        <a key={format} href={href(format)} hrefLang={language} className="inline-flex items-center gap-1">
          <DownloadIcon aria-hidden /> {t(format)}
        </a>
      ))}
    </HStack>
  );
}
