import { PlusIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { Button } from "@navikt/ds-react/Button";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { formatDate } from "~/lib/format";
import { loadOrInterrupt } from "~/app/_lib/load";
import { getServerCaller } from "~/server/api/server-caller";
import { timeSpan } from "~/server/domain/meetings/invitation";
import { MeetingStatusTag, MinutesStatusTag } from "./_components/meeting-parts";
import { RoleNote } from "~/app/_components/role-note";
import { ScrollRegion } from "~/app/_components/scroll-region";

export const metadata: Metadata = { title: "Partnerskapsmøter" };

type Params = { params: Promise<{ slug: string }> };
type Row = Awaited<ReturnType<Awaited<ReturnType<typeof getServerCaller>>["meeting"]["list"]>>["upcoming"][number];

function MeetingTable({ slug, caption, meetings }: { slug: string; caption: string; meetings: Row[] }) {
  return (
    <ScrollRegion label={caption}>
      <StaticTable size="small">
        <caption className="sr-only">{caption}</caption>
        <StaticThead>
          <tr>
            <StaticTh scope="col">Dato</StaticTh>
            <StaticTh scope="col">Møte</StaticTh>
            <StaticTh scope="col">Sted</StaticTh>
            <StaticTh scope="col">Status</StaticTh>
          </tr>
        </StaticThead>
        <StaticTbody>
          {meetings.map((m) => (
            <StaticTr key={m.id}>
              <StaticTd className="whitespace-nowrap">
                {formatDate(m.date)}
                {m.startTime && <span className="block text-ax-text-neutral-subtle">{timeSpan(m.startTime, m.endTime)}</span>}
              </StaticTd>
              <StaticTd>
                <NextLink className="aksel-link" href={`/partnerskap/${slug}/moter/${m.id}`}>
                  {m.title}
                </NextLink>
              </StaticTd>
              <StaticTd>{m.place || "–"}</StaticTd>
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
  const api = await getServerCaller();
  const data = await loadOrInterrupt(() => api.meeting.list({ partnership: slug }));
  const empty = data.upcoming.length === 0 && data.byYear.length === 0;

  return (
    <VStack gap="space-32" className="max-w-5xl">
      <div>
        <Heading level="1" size="xlarge" spacing>
          Partnerskapsmøter
        </Heading>
        <BodyLong className="max-w-prose">
          Nav-lederen kaller inn til partnerskapsmøtene, setter sakslisten og skriver referatet. Eierne godkjenner referatet og følger
          opp punktene de har ansvar for. Åpne oppfølgingspunkter står på sakslisten til neste møte til de er lukket.
        </BodyLong>
        <RoleNote permissions={data.permissions} area="moter" />
        {data.openFollowUps > 0 && (
          <BodyShort className="mt-2">
            {data.openFollowUps === 1 ? "1 oppfølgingspunkt er åpent." : `${data.openFollowUps} oppfølgingspunkter er åpne.`}
          </BodyShort>
        )}
      </div>

      {data.canPlan && (
        <div>
          <Button as="a" href={`/partnerskap/${slug}/moter/ny`} icon={<PlusIcon aria-hidden />}>
            Planlegg nytt møte
          </Button>
        </div>
      )}

      {empty ? (
        <BodyShort>
          Ingen møter er planlagt ennå.{" "}
          {data.canPlan ? "Velg «Planlegg nytt møte» for å sette opp det første." : "Nav-lederen planlegger møtene, og de dukker opp her."}
        </BodyShort>
      ) : (
        <>
          <section aria-labelledby="kommende-heading">
            <Heading id="kommende-heading" level="2" size="medium" spacing>
              Kommende møter
            </Heading>
            {data.upcoming.length === 0 ? (
              <BodyShort>Ingen kommende møter.</BodyShort>
            ) : (
              <MeetingTable slug={slug} caption="Kommende møter" meetings={data.upcoming} />
            )}
          </section>
          {data.byYear.map(({ year, meetings }) => (
            <section key={year} aria-labelledby={`ar-${year}-heading`}>
              <Heading id={`ar-${year}-heading`} level="2" size="medium" spacing>
                Møter i {year}
              </Heading>
              <MeetingTable slug={slug} caption={`Møter i ${year}`} meetings={meetings} />
            </section>
          ))}
        </>
      )}
    </VStack>
  );
}
