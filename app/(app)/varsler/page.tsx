import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import NextLink from "next/link";
import { isoToday } from "~/lib/dates";
import { groupByDay, pageFromParam } from "~/lib/notifications/labels";
import { getServerCaller } from "~/server/api/server-caller";
import { MarkAllRead, NotificationDays } from "./notification-list";

export const metadata: Metadata = { title: "Varsler" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The person's own notifications, newest first, a page at a time, grouped by Oslo day. */
export default async function NotificationsPage({ searchParams }: Props) {
  const page = pageFromParam((await searchParams).side);
  const api = await getServerCaller();
  const [list, unread] = await Promise.all([api.notification.list({ page }), api.notification.unreadCount()]);
  const groups = groupByDay(list.items);

  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="xlarge" spacing>
          Varsler
        </Heading>
        <BodyLong className="max-w-prose" spacing>
          Det som har skjedd i partnerskapene dine og angår deg: planer til godkjenning, signaturer, innkallinger, referater og
          oppfølgingspunkter. Det du må gjøre noe med, står også under «Dette venter på deg» på startsiden.
        </BodyLong>
        <BodyShort>
          <NextLink className="aksel-link" href="/varsler/innstillinger">
            Velg hvilke varsler du får på e-post
          </NextLink>
        </BodyShort>
      </div>

      {list.items.length === 0 ? (
        <BodyLong className="max-w-prose">
          {page === 1
            ? "Du har ingen varsler ennå. Når noen sender deg en plan til godkjenning, en avtale til signering eller en innkalling, kommer det her."
            : "Det er ingen flere varsler. "}
          {page > 1 && (
            <NextLink className="aksel-link" href="/varsler">
              Gå til de nyeste varslene
            </NextLink>
          )}
        </BodyLong>
      ) : (
        <>
          <HStack gap="space-16" align="center" wrap>
            <BodyShort>{unread === 0 ? "Du har lest alle varslene." : unread === 1 ? "Du har 1 ulest varsel." : `Du har ${unread} uleste varsler.`}</BodyShort>
            {unread > 0 && <MarkAllRead />}
          </HStack>
          <NotificationDays groups={groups} today={isoToday()} />
          {(page > 1 || list.hasMore) && (
            <nav aria-label="Sider med varsler">
              <HStack gap="space-24">
                {page > 1 && (
                  <NextLink className="aksel-link" href={page === 2 ? "/varsler" : `/varsler?side=${page - 1}`}>
                    Nyere varsler
                  </NextLink>
                )}
                {list.hasMore && (
                  <NextLink className="aksel-link" href={`/varsler?side=${page + 1}`}>
                    Eldre varsler
                  </NextLink>
                )}
              </HStack>
            </nav>
          )}
        </>
      )}
    </VStack>
  );
}
