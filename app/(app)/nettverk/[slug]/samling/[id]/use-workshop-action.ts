"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, type RefObject } from "react";
import { useTRPC } from "~/app/_components/trpc-provider";
import { messageOf } from "~/app/_lib/trpc-errors";
import type { WorkshopRef } from "./workshop-types";

/**
 * Runs one facilitator action, then reloads the live view; on failure keeps the message
 * (Norwegian, from the server) for the caller to show next to the control, in the element
 * `errorRef` points at, which gets focus.
 */
export function useWorkshopAction(ref: WorkshopRef, errorRef: RefObject<HTMLDivElement | null>) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => Promise<unknown>): Promise<boolean> {
    setPending(true);
    setError(null);
    try {
      await call();
      await queryClient.invalidateQueries({ queryKey: trpc.workshop.live.queryKey(ref) });
      return true;
    } catch (e) {
      setError(messageOf(e));
      requestAnimationFrame(() => errorRef.current?.focus());
      return false;
    } finally {
      setPending(false);
    }
  }

  return { run, pending, error, clearError: () => setError(null) };
}
