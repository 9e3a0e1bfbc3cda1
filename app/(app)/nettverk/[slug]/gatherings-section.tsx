import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import { useLocale, useTranslations } from "next-intl";
import NextLink from "next/link";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { formatDate } from "~/lib/format";
import type { Locale } from "~/lib/i18n/locales";
import { EMPTY_CELL } from "~/lib/network/labels";
import { AddGathering } from "./gathering-form";
import { ScrollRegion } from "~/app/_components/scroll-region";

interface Gathering {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
}

export const gatheringDates = (g: { startsOn: string; endsOn: string }, locale: Locale = "nb") =>
  g.startsOn === g.endsOn ? formatDate(g.startsOn, locale) : `${formatDate(g.startsOn, locale)}–${formatDate(g.endsOn, locale)}`;

/** The samlinger in date order, with a form for facilitators to add one. */
export function GatheringsSection({ slug, gatherings, canEdit }: { slug: string; gatherings: Gathering[]; canEdit: boolean }) {
  const t = useTranslations("network.gatherings");
  const locale = useLocale();
  return (
    <section aria-labelledby="samlinger-heading">
      <Heading id="samlinger-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      <VStack gap="space-16">
        {gatherings.length === 0 ? (
          <BodyShort>
            {canEdit ? t("noneFacilitator") : t("noneMember")}
          </BodyShort>
        ) : (
          <ScrollRegion label={t("caption")}>
            <StaticTable size="small">
              <caption className="sr-only">{t("caption")}</caption>
              <StaticThead>
                <tr>
                  <StaticTh scope="col">{t("date")}</StaticTh>
                  <StaticTh scope="col">{t("gathering")}</StaticTh>
                  <StaticTh scope="col">{t("place")}</StaticTh>
                </tr>
              </StaticThead>
              <StaticTbody>
                {gatherings.map((g) => (
                  <StaticTr key={g.id}>
                    <StaticTd className="whitespace-nowrap">{gatheringDates(g, locale)}</StaticTd>
                    <StaticTd>
                      <NextLink className="aksel-link" href={`/nettverk/${slug}/samling/${g.id}`}>
                        {g.title}
                      </NextLink>
                    </StaticTd>
                    <StaticTd>{g.place || EMPTY_CELL}</StaticTd>
                  </StaticTr>
                ))}
              </StaticTbody>
            </StaticTable>
          </ScrollRegion>
        )}
        {canEdit && <AddGathering slug={slug} />}
      </VStack>
    </section>
  );
}
