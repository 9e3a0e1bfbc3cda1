import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { formatDate } from "~/lib/format";
import { getServerCaller } from "~/server/api/server-caller";
import { CreateNetwork } from "./create-network";
import { ScrollRegion } from "~/app/_components/scroll-region";

export const metadata: Metadata = { title: "Nettverk" };

export default async function NetworksPage() {
  const api = await getServerCaller();
  const { networks, canCreate } = await api.network.list();

  return (
    <VStack gap="space-32">
      <div>
        <Heading level="1" size="xlarge" spacing>
          Nettverk
        </Heading>
        <BodyLong className="max-w-prose">
          I et nettverk møtes flere partnerskap på samlinger og lærer av hverandre mellom samlingene. En prosessveileder leder
          nettverket og ser det partnerskapene velger å dele.
        </BodyLong>
      </div>

      <section aria-labelledby="mine-nettverk-heading">
        <Heading id="mine-nettverk-heading" level="2" size="medium" spacing>
          Mine nettverk
        </Heading>
        {networks.length === 0 ? (
          <BodyShort>
            {canCreate
              ? "Du leder ingen nettverk ennå. Opprett et nettverk under, og inviter partnerskapene."
              : "Ingen av partnerskapene dine er med i et nettverk. Når Nav-lederen eller rådmannen takker ja til en invitasjon, dukker nettverket opp her."}
          </BodyShort>
        ) : (
          <ScrollRegion label="Nettverkene du leder eller er med i">
            <StaticTable size="small">
              <caption className="sr-only">Nettverkene du leder eller er med i</caption>
              <StaticThead>
                <tr>
                  <StaticTh scope="col">Nettverk</StaticTh>
                  <StaticTh scope="col">Periode</StaticTh>
                  <StaticTh scope="col">Medlemmer</StaticTh>
                  <StaticTh scope="col">Samlinger</StaticTh>
                  <StaticTh scope="col">Din rolle</StaticTh>
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
                      {formatDate(n.periodStart)}–{formatDate(n.periodEnd)}
                    </StaticTd>
                    <StaticTd>{n.members}</StaticTd>
                    <StaticTd>{n.gatherings}</StaticTd>
                    <StaticTd>{n.isFacilitator ? "Fasilitator" : "Medlem"}</StaticTd>
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
