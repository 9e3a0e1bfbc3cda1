"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTRPC } from "~/app/_components/trpc-provider";
import { createAnswerQueue, type Answer, type SendState } from "./answer-queue";

export type { Answer, SendState } from "./answer-queue";

/** Sends the participant's answers to one task, retrying until saved; the state says how it went. */
export function useAnswerSender(token: string, taskId: string) {
  const trpc = useTRPC();
  const { mutateAsync } = useMutation(trpc.workshop.submit.mutationOptions());
  const [status, setStatus] = useState<{ state: SendState; error: string | null }>({ state: "idle", error: null });
  const [queue] = useState(() => createAnswerQueue((state, error) => setStatus({ state, error })));

  useEffect(() => {
    queue.setSubmit((answers) => mutateAsync({ token, taskId, answers }));
  }, [queue, mutateAsync, token, taskId]);

  useEffect(() => {
    const online = () => queue.retryNow();
    queue.start();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      queue.stop();
    };
  }, [queue]);

  return { send: (answers: Answer[]) => queue.send(answers), state: status.state, error: status.error };
}
