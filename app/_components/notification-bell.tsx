"use client";

import { BellIcon } from "@navikt/aksel-icons";
import { InternalHeader } from "@navikt/ds-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { useTRPC } from "~/app/_components/trpc-provider";

/**
 * The bell in the header: a link to /varsler with the number of unread notifications. The
 * layout is not rendered again when the person moves between pages, so the count is asked for
 * (one cheap count) on every navigation and when the window gets focus. The number is text, in
 * the link's name too: «Varsler, 3 uleste».
 */
export function NotificationBell() {
  const trpc = useTRPC();
  const pathname = usePathname();
  const t = useTranslations("shell.bell");
  const { data: unread, refetch } = useQuery(trpc.notification.unreadCount.queryOptions(undefined, { staleTime: 0 }));
  useEffect(() => {
    void refetch();
  }, [pathname, refetch]);

  const count = unread ?? 0;
  const badge = count > 99 ? "99+" : String(count);
  return (
    <InternalHeader.Button as={Link} href="/varsler" className="gap-1 px-3" aria-current={pathname === "/varsler" ? "page" : undefined}>
      <BellIcon aria-hidden fontSize="1.5rem" />
      {count > 0 && (
        <span aria-hidden className="min-w-6 rounded-full bg-ax-bg-default px-1.5 text-center text-sm font-semibold leading-6 text-ax-text-default">
          {badge}
        </span>
      )}
      <span className="sr-only">{unread === undefined ? t("label") : t("unread", { count: unread })}</span>
    </InternalHeader.Button>
  );
}
