"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { messageOf } from "~/app/_lib/trpc-errors";

/**
 * One step without fields (send, withdraw, remove): run it, say that it happened or why not, and
 * refresh the server-rendered page. The error element (`errorRef`) gets focus when it fails.
 */
export function useStep() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  async function run(label: string | null, call: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    setDone(null);
    try {
      await call();
      setDone(label);
      router.refresh();
      return true;
    } catch (e) {
      setError(messageOf(e));
      requestAnimationFrame(() => errorRef.current?.focus());
      return false;
    }
  }

  return { run, error, done, errorRef, clearError: () => setError(null) };
}

export type Step = ReturnType<typeof useStep>;
