import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { HStack, VStack } from "@navikt/ds-react/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { isoToday } from "~/lib/dates";
import { groupByDay, pageFromParam } from "~/lib/notifications/labels";
import { getServerCaller } from "~/server/api/server-caller";
import { MarkAllRead, NotificationDays } from "./notification-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.page");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The person's own notifications, newest first, a page at a time, grouped by Oslo day. */
export default async function NotificationsPage({ searchParams }: Props) {
  const page = pageFromParam((await searchParams).side);
  const api = await getServerCaller();
  const [list, unread, t] = await Promise.all([api.notification.list({ page }), api.notification.unreadCount(), getTranslations("notifications.page")]);
  const groups = groupByDay(list.items);

  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("title")}
        </Heading>
        <BodyLong className="max-w-prose" spacing>
          {t("intro")}
        </BodyLong>
        <BodyShort>
          <NextLink className="aksel-link" href="/varsler/innstillinger">
            {t("settingsLink")}
          </NextLink>
        </BodyShort>
      </div>

      {list.items.length === 0 ? (
        <BodyLong className="max-w-prose">
          {page === 1 ? t("empty") : `${t("noMore")} `}
          {page > 1 && (
            <NextLink className="aksel-link" href="/varsler">
              {t("newest")}
            </NextLink>
          )}
        </BodyLong>
      ) : (
        <>
          <HStack gap="space-16" align="center" wrap>
            <BodyShort>{t("unread", { count: unread })}</BodyShort>
            {unread > 0 && <MarkAllRead />}
          </HStack>
          <NotificationDays groups={groups} today={isoToday()} />
          {(page > 1 || list.hasMore) && (
            <nav aria-label={t("pagesLabel")}>
              <HStack gap="space-24">
                {page > 1 && (
                  <NextLink className="aksel-link" href={page === 2 ? "/varsler" : `/varsler?side=${page - 1}`}>
                    {t("newer")}
                  </NextLink>
                )}
                {list.hasMore && (
                  <NextLink className="aksel-link" href={`/varsler?side=${page + 1}`}>
                    {t("older")}
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
