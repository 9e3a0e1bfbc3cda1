import { BodyShort } from "@navikt/ds-react/Typography";
import { HStack } from "@navikt/ds-react/Stack";
import NextLink from "next/link";

/** «← Forrige side · Side 2 av 5 · Neste side →» for a list split into pages; nothing when there is one page. */
export function PageLinks({
  label,
  page,
  pageCount,
  hrefFor,
  previousText = "Forrige side",
  nextText = "Neste side",
}: {
  /** The navigation landmark's name, e.g. «Sider med personer». */
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  previousText?: string;
  nextText?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label}>
      <HStack gap="space-24" align="center" wrap>
        {page > 1 ? (
          <NextLink className="aksel-link" href={hrefFor(page - 1)} rel="prev">
            <span aria-hidden="true">← </span>
            {previousText}
          </NextLink>
        ) : null}
        <BodyShort>
          Side {page} av {pageCount}
        </BodyShort>
        {page < pageCount ? (
          <NextLink className="aksel-link" href={hrefFor(page + 1)} rel="next">
            {nextText}
            <span aria-hidden="true"> →</span>
          </NextLink>
        ) : null}
      </HStack>
    </nav>
  );
}
