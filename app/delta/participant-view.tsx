"use client";

import { Alert, BodyShort, Button, Heading, Loader, VStack } from "@navikt/ds-react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { AppRouter } from "~/server/api/root";
import { useTRPC } from "~/app/_components/trpc-provider";
import { createLiveRefetcher } from "~/app/_lib/live-refetcher";
import { messageOf } from "~/app/_lib/trpc-errors";
import { TaskForm } from "./task-form";

const isGone = (error: unknown) =>
  error instanceof TRPCClientError && (error as TRPCClientError<AppRouter>).data?.code === "NOT_FOUND";

/** Step 2: the open task(s) and nothing else; a newly opened task appears without a reload. */
export function ParticipantView({ token, onLeave }: { token: string; onLeave: () => void }) {
  const t = useTranslations("delta.participant");
  const tc = useTranslations("common");
  const tw = useTranslations("workshop");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.workshop.participant.queryKey({ token });
  const view = useQuery(trpc.workshop.participant.queryOptions({ token }, { staleTime: 10_000, retry: (n, e) => !isGone(e) && n < 3 }));
  // Task changes are rare: a short pause is enough to merge a burst of them.
  const [refetcher] = useState(() => createLiveRefetcher(200));
  useEffect(() => () => refetcher.stop(), [refetcher]);
  const reload = () => void queryClient.invalidateQueries({ queryKey: key });
  const events = useSubscription(
    trpc.workshop.participantEvents.subscriptionOptions(
      { token },
      {
        enabled: view.data?.gathering.liveStatus !== "avsluttet",
        // Back after a dropped connection: fetch what may have changed meanwhile.
        onStarted: () => refetcher.started(reload),
        onData: () => refetcher.schedule(reload),
      },
    ),
  );

  const tryAgain = tc("tryAgain");
  if (view.isPending) return <Loader title={t("loading")} />;
  if (view.isError) {
    return (
      <VStack gap="space-16">
        <Alert variant={isGone(view.error) ? "warning" : "error"}>{messageOf(view.error)}</Alert>
        <div>
          {isGone(view.error) ? (
            <Button onClick={onLeave}>{t("rejoin")}</Button>
          ) : (
            <Button variant="secondary" onClick={() => void view.refetch()}>
              {tryAgain}
            </Button>
          )}
        </div>
      </VStack>
    );
  }

  const { gathering, me, tasks } = view.data;
  if (gathering.liveStatus === "avsluttet") {
    return (
      <VStack gap="space-16">
        <Heading level="1" size="large">
          {gathering.title}
        </Heading>
        <Alert variant="success">{t("ended")}</Alert>
      </VStack>
    );
  }

  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="medium">
          {gathering.title}
        </Heading>
        <BodyShort size="small">
          {me.officeName
            ? t("participatingAsFrom", { name: me.name, group: tw(`roleGroup.${me.roleGroup}`), office: me.officeName })
            : t("participatingAs", { name: me.name, group: tw(`roleGroup.${me.roleGroup}`) })}
        </BodyShort>
        <BodyShort size="small" role="status" className="text-ax-text-neutral-subtle">
          {events.status === "pending" ? t("connected") : events.status === "error" ? t("disconnected") : t("reconnecting")}
        </BodyShort>
      </div>
      <div aria-live="polite">
        {tasks.length === 0 && (
          <Alert variant="info">
            <Heading level="2" size="small" spacing>
              {t("waitHeading")}
            </Heading>
            {t("waitBody")}
          </Alert>
        )}
      </div>
      {tasks.map((task) => (
        <TaskForm key={task.id} token={token} task={task} />
      ))}
    </VStack>
  );
}
