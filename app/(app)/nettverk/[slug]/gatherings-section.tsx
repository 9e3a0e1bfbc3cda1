import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import NextLink from "next/link";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { formatDate } from "~/lib/format";
import { AddGathering } from "./gathering-form";
import { ScrollRegion } from "~/app/_components/scroll-region";

interface Gathering {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
}

export const gatheringDates = (g: { startsOn: string; endsOn: string }) =>
  g.startsOn === g.endsOn ? formatDate(g.startsOn) : `${formatDate(g.startsOn)}–${formatDate(g.endsOn)}`;

/** The samlinger in date order, with a form for facilitators to add one. */
export function GatheringsSection({ slug, gatherings, canEdit }: { slug: string; gatherings: Gathering[]; canEdit: boolean }) {
  return (
    <section aria-labelledby="samlinger-heading">
      <Heading id="samlinger-heading" level="2" size="medium" spacing>
        Samlinger
      </Heading>
      <VStack gap="space-16">
        {gatherings.length === 0 ? (
          <BodyShort>
            {canEdit
              ? "Ingen samlinger er lagt inn ennå. Velg «Ny samling» for å legge inn den første, med datoer og sted."
              : "Ingen samlinger er lagt inn ennå. Fasilitatoren legger dem inn, og de dukker opp her."}
          </BodyShort>
        ) : (
          <ScrollRegion label="Samlingene i nettverket">
            <StaticTable size="small">
              <caption className="sr-only">Samlingene i nettverket</caption>
              <StaticThead>
                <tr>
                  <StaticTh scope="col">Dato</StaticTh>
                  <StaticTh scope="col">Samling</StaticTh>
                  <StaticTh scope="col">Sted</StaticTh>
                </tr>
              </StaticThead>
              <StaticTbody>
                {gatherings.map((g) => (
                  <StaticTr key={g.id}>
                    <StaticTd className="whitespace-nowrap">{gatheringDates(g)}</StaticTd>
                    <StaticTd>
                      <NextLink className="aksel-link" href={`/nettverk/${slug}/samling/${g.id}`}>
                        {g.title}
                      </NextLink>
                    </StaticTd>
                    <StaticTd>{g.place || "–"}</StaticTd>
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
