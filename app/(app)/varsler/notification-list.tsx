"use client";

import { Alert, BodyShort, Button, Detail, Heading, HStack, VStack } from "@navikt/ds-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useLocale, useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { useState, type MouseEvent } from "react";
import { StatusTag } from "~/app/_components/status-tag";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import { dayHeading, timeOfDay } from "~/lib/notifications/labels";
import type { AppRouter } from "~/server/api/root";

type Item = inferRouterOutputs<AppRouter>["notification"]["list"]["items"][number];

/** After a change: the bell's count and the server-rendered list are read again. */
function useAfterChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return () => {
    void queryClient.invalidateQueries(trpc.notification.unreadCount.queryFilter());
    router.refresh();
  };
}

export function MarkAllRead() {
  const trpc = useTRPC();
  const afterChange = useAfterChange();
  const [error, setError] = useState<string | null>(null);
  const markAll = useMutation(trpc.notification.markAllRead.mutationOptions());
  const t = useTranslations("notifications.list");
  return (
    <>
      <Button
        size="small"
        variant="secondary"
        loading={markAll.isPending}
        onClick={() => {
          setError(null);
          markAll.mutate(undefined, { onSuccess: afterChange, onError: (e) => setError(messageOf(e)) });
        }}
      >
        {t("markAllRead")}
      </Button>
      {error && (
        <Alert variant="error" size="small" role="alert">
          {error}
        </Alert>
      )}
    </>
  );
}

function NotificationItem({ item }: { item: Item }) {
  const trpc = useTRPC();
  const router = useRouter();
  const afterChange = useAfterChange();
  const refreshCount = useCountOnly();
  const [error, setError] = useState<string | null>(null);
  const markRead = useMutation(trpc.notification.markRead.mutationOptions());
  const t = useTranslations("notifications.list");
  const where = [item.officeName, t("at", { time: timeOfDay(new Date(item.createdAt)) })].filter(Boolean).join(" · ");

  /** Opening it marks it read, then lands on the thing itself; a new tab (ctrl/cmd/shift or middle click) opens at once. */
  function open(event: MouseEvent<HTMLAnchorElement>) {
    if (!item.unread) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      markRead.mutate({ id: item.id }, { onSuccess: afterChange });
      return;
    }
    event.preventDefault();
    // Lands on the thing even if marking failed: reading it matters more than the mark.
    markRead.mutate(
      { id: item.id },
      {
        onSettled: () => {
          void refreshCount();
          router.push(item.link);
        },
      },
    );
  }

  return (
    <li className="border-b border-ax-border-neutral-subtle py-3 last:border-b-0">
      <VStack gap="space-4">
        <HStack gap="space-8" align="center" wrap>
          {item.unread && <StatusTag tone="info">{t("unread")}</StatusTag>}
          <NextLink href={item.link} prefetch={false} onClick={open} className={`aksel-link ${item.unread ? "font-semibold" : ""}`}>
            {item.title}
          </NextLink>
        </HStack>
        <HStack gap="space-16" align="center" wrap>
          <Detail textColor="subtle">
            {where}
          </Detail>
          {item.unread && (
            <Button
              size="xsmall"
              variant="tertiary"
              aria-label={t("markReadNamed", { title: item.title })}
              loading={markRead.isPending}
              onClick={() => {
                setError(null);
                markRead.mutate({ id: item.id }, { onSuccess: afterChange, onError: (e) => setError(messageOf(e)) });
              }}
            >
              {t("markRead")}
            </Button>
          )}
        </HStack>
        {error && (
          <Alert variant="error" size="small" role="alert">
            {error}
          </Alert>
        )}
      </VStack>
    </li>
  );
}

/** Only the bell's count: the list itself is left behind when the person opens an item. */
function useCountOnly() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.notification.unreadCount.queryFilter());
}

export function NotificationDays({ groups, today }: { groups: { day: string; items: Item[] }[]; today: string }) {
  const t = useTranslations("notifications");
  const locale = useLocale();
  const near = { today: t("day.today"), yesterday: t("day.yesterday") };
  return (
    <VStack gap="space-24">
      {groups.map((group) => (
        <section key={group.day} aria-labelledby={`dag-${group.day}`}>
          <Heading id={`dag-${group.day}`} level="2" size="small" spacing>
            {dayHeading(group.day, today, near, locale)}
          </Heading>
          <ul className="m-0 list-none p-0">
            {group.items.map((item) => (
              <NotificationItem key={item.id} item={item} />
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 && <BodyShort>{t("list.none")}</BodyShort>}
    </VStack>
  );
}
