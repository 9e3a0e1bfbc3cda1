import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { formatDate } from "~/lib/format";
import { getServerCaller } from "~/server/api/server-caller";
import { CreateNetwork } from "./create-network";
import { ScrollRegion } from "~/app/_components/scroll-region";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("network.list");
  return { title: t("title") };
}

export default async function NetworksPage() {
  const api = await getServerCaller();
  const [{ networks, canCreate }, t, locale] = await Promise.all([api.network.list(), getTranslations("network.list"), getLocale()]);

  return (
    <VStack gap="space-32">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("title")}
        </Heading>
        <BodyLong className="max-w-prose">{t("intro")}</BodyLong>
      </div>

      <section aria-labelledby="mine-nettverk-heading">
        <Heading id="mine-nettverk-heading" level="2" size="medium" spacing>
          {t("mine")}
        </Heading>
        {networks.length === 0 ? (
          <BodyShort>
            {canCreate ? t("noneFacilitator") : t("noneMember")}
          </BodyShort>
        ) : (
          <ScrollRegion label={t("caption")}>
            <StaticTable size="small">
              <caption className="sr-only">{t("caption")}</caption>
              <StaticThead>
                <tr>
                  <StaticTh scope="col">{t("network")}</StaticTh>
                  <StaticTh scope="col">{t("period")}</StaticTh>
                  <StaticTh scope="col">{t("members")}</StaticTh>
                  <StaticTh scope="col">{t("gatherings")}</StaticTh>
                  <StaticTh scope="col">{t("yourRole")}</StaticTh>
                </tr>
              </StaticThead>
              <StaticTbody>
                {networks.map((n) => (
                  <StaticTr key={n.id}>
                    <StaticTd>
                      <NextLink className="aksel-link" href={`/nettverk/${n.slug}`}>
                        {n.name}
                      </NextLink>
                    </StaticTd>
                    <StaticTd className="whitespace-nowrap">
                      {t("periodValue", { start: formatDate(n.periodStart, locale), end: formatDate(n.periodEnd, locale) })}
                    </StaticTd>
                    <StaticTd>{n.members}</StaticTd>
                    <StaticTd>{n.gatherings}</StaticTd>
                    <StaticTd>{n.isFacilitator ? t("facilitator") : t("member")}</StaticTd>
                  </StaticTr>
                ))}
              </StaticTbody>
            </StaticTable>
          </ScrollRegion>
        )}
      </section>

      {canCreate && <CreateNetwork />}
    </VStack>
  );
}
