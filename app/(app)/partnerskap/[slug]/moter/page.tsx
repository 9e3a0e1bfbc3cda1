import { PlusIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { Button } from "@navikt/ds-react/Button";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { formatDate } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { timeSpan } from "~/server/domain/meetings/invitation";
import { MeetingStatusTag, MinutesStatusTag } from "./_components/meeting-parts";
import { RoleNote } from "~/app/_components/role-note";
import { ScrollRegion } from "~/app/_components/scroll-region";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.list");
  return { title: t("metaTitle") };
}

type Params = { params: Promise<{ slug: string }> };
type Row = Awaited<ReturnType<Awaited<ReturnType<typeof getServerCaller>>["meeting"]["list"]>>["upcoming"][number];

async function MeetingTable({ slug, caption, meetings }: { slug: string; caption: string; meetings: Row[] }) {
  const [t, locale, empty] = await Promise.all([getTranslations("meetings.list"), getLocale(), getTranslations("common").then((tc) => tc("empty"))]);
  return (
    <ScrollRegion label={caption}>
      <StaticTable size="small">
        <caption className="sr-only">{caption}</caption>
        <StaticThead>
          <tr>
            <StaticTh scope="col">{t("date")}</StaticTh>
            <StaticTh scope="col">{t("meeting")}</StaticTh>
            <StaticTh scope="col">{t("place")}</StaticTh>
            <StaticTh scope="col">{t("status")}</StaticTh>
          </tr>
        </StaticThead>
        <StaticTbody>
          {meetings.map((m) => (
            <StaticTr key={m.id}>
              <StaticTd className="whitespace-nowrap">
                {formatDate(m.date, locale)}
                {m.startTime && <span className="block text-ax-text-neutral-subtle">{timeSpan(m.startTime, m.endTime, locale)}</span>}
              </StaticTd>
              <StaticTd>
                <NextLink className="aksel-link" href={`/partnerskap/${slug}/moter/${m.id}`}>
                  {m.title}
                </NextLink>
              </StaticTd>
              <StaticTd>{m.place || empty}</StaticTd>
              <StaticTd>
                <HStack gap="space-4" wrap>
                  <MeetingStatusTag status={m.status} size="xsmall" />
                  {m.status === "holdt" && <MinutesStatusTag status={m.minutesStatus} size="xsmall" />}
                </HStack>
              </StaticTd>
            </StaticTr>
          ))}
        </StaticTbody>
      </StaticTable>
    </ScrollRegion>
  );
}

export default async function MeetingsPage({ params }: Params) {
  const { slug } = await params;
  const [api, t] = await Promise.all([getServerCaller(), getTranslations("meetings.list")]);
  const data = await loadOrInterrupt(() => api.meeting.list({ partnership: slug }));
  const empty = data.upcoming.length === 0 && data.byYear.length === 0;

  return (
    <VStack gap="space-32" className="max-w-5xl">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("title")}
        </Heading>
        <BodyLong className="max-w-prose">
          {t("intro")}
        </BodyLong>
        <RoleNote permissions={data.permissions} area="moter" />
        {data.openFollowUps > 0 && (
          <BodyShort className="mt-2">
            {t("openFollowUps", { count: data.openFollowUps })}
          </BodyShort>
        )}
      </div>

      {data.canPlan && (
        <div>
          <Button as="a" href={`/partnerskap/${slug}/moter/ny`} icon={<PlusIcon aria-hidden />}>
            {t("plan")}
          </Button>
        </div>
      )}

      {empty ? (
        <BodyShort>
          {t("none")} {data.canPlan ? t("noneCanPlan") : t("noneCannotPlan")}
        </BodyShort>
      ) : (
        <>
          <section aria-labelledby="kommende-heading">
            <Heading id="kommende-heading" level="2" size="medium" spacing>
              {t("upcoming")}
            </Heading>
            {data.upcoming.length === 0 ? (
              <BodyShort>{t("noUpcoming")}</BodyShort>
            ) : (
              <MeetingTable slug={slug} caption={t("upcoming")} meetings={data.upcoming} />
            )}
          </section>
          {data.byYear.map(({ year, meetings }) => (
            <section key={year} aria-labelledby={`ar-${year}-heading`}>
              <Heading id={`ar-${year}-heading`} level="2" size="medium" spacing>
                {t("inYear", { year: String(year) })}
              </Heading>
              <MeetingTable slug={slug} caption={t("inYear", { year: String(year) })} meetings={meetings} />
            </section>
          ))}
        </>
      )}
    </VStack>
  );
}
