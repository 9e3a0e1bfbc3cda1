import { BodyShort } from "@navikt/ds-react/Typography";
import { HStack } from "@navikt/ds-react/Stack";
import { useTranslations } from "next-intl";
import NextLink from "next/link";

const BEFORE = "← ";
const AFTER = " →";

/** «← Forrige side · Side 2 av 5 · Neste side →» for a list split into pages; nothing when there is one page. */
export function PageLinks({
  label,
  page,
  pageCount,
  hrefFor,
  previousText,
  nextText,
}: {
  /** The navigation landmark's name, e.g. «Sider med personer». */
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  previousText?: string;
  nextText?: string;
}) {
  const t = useTranslations("common.pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label}>
      <HStack gap="space-24" align="center" wrap>
        {page > 1 ? (
          <NextLink className="aksel-link" href={hrefFor(page - 1)} rel="prev">
            <span aria-hidden="true">{BEFORE}</span>
            {previousText ?? t("previous")}
          </NextLink>
        ) : null}
        <BodyShort>{t("page", { page, count: pageCount })}</BodyShort>
        {page < pageCount ? (
          <NextLink className="aksel-link" href={hrefFor(page + 1)} rel="next">
            {nextText ?? t("next")}
            <span aria-hidden="true">{AFTER}</span>
          </NextLink>
        ) : null}
      </HStack>
    </nav>
  );
}
