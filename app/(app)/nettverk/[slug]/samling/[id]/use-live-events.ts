"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useState } from "react";
import { useTRPC } from "~/app/_components/trpc-provider";
import { createLiveRefetcher } from "~/app/_lib/live-refetcher";
import type { WorkshopRef } from "./workshop-types";

/** 150 phones can send 100 answers a second: the screen reloads at most this often. */
const REFETCH_EVERY_MS = 400;

export type ConnectionState = "tilkoblet" | "kobler" | "feil";

/**
 * Listens to the samling's events (SSE, resumes from the last event after a dropped
 * connection) and keeps the `live` query fresh: answer counts are patched in at once from
 * the event, everything else is refetched, at most once per REFETCH_EVERY_MS.
 */
export function useLiveEvents(ref: WorkshopRef): { state: ConnectionState; retry: () => void } {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const liveKey = trpc.workshop.live.queryKey(ref);
  const [refetcher] = useState(() => createLiveRefetcher(REFETCH_EVERY_MS));
  useEffect(() => () => refetcher.stop(), [refetcher]);
  const reload = () => void queryClient.invalidateQueries({ queryKey: liveKey });

  const subscription = useSubscription(
    trpc.workshop.events.subscriptionOptions(ref, {
      // After a reconnect the missed events are replayed too, but a reload makes sure.
      onStarted: () => refetcher.started(reload),
      onData: ({ data: event }) => {
        if (event.type === "answers") {
          queryClient.setQueryData(liveKey, (old) =>
            old && {
              ...old,
              tasks: old.tasks.map((t) => (t.id === event.taskId ? { ...t, respondents: Math.max(t.respondents, event.respondents) } : t)),
            },
          );
        }
        refetcher.schedule(reload);
      },
    }),
  );

  const state: ConnectionState = subscription.status === "pending" ? "tilkoblet" : subscription.status === "error" ? "feil" : "kobler";
  return { state, retry: subscription.reset };
}
