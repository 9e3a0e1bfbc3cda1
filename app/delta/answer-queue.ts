import { TRPCClientError } from "@trpc/client";
import { messageOf } from "~/app/_lib/trpc-errors";

export type SendState = "idle" | "sending" | "saved" | "retrying" | "error";

export interface Answer {
  item: string;
  value: string;
}

const MAX_PER_SUBMIT = 20;

/** A lost connection, a server hiccup or the flood limit: worth sending again. Refusals are not. */
function worthRetrying(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return true;
  const data = (error as TRPCClientError<never>).data as { code?: string; httpStatus?: number } | undefined;
  if (!data) return true;
  return data.code === "TOO_MANY_REQUESTS" || (data.httpStatus ?? 500) >= 500;
}

/**
 * A participant's unsent answers to one task (latest value per item), sent again with growing
 * pauses until the server has them, so a phone that loses the network loses nothing.
 * Plain object, no React: useAnswerSender keeps one and listens to its state.
 */
export function createAnswerQueue(onChange: (state: SendState, error: string | null) => void) {
  let submit: ((answers: Answer[]) => Promise<unknown>) | null = null;
  const queue = new Map<string, string>();
  let busy = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  async function flush(): Promise<void> {
    if (busy || stopped || !submit || queue.size === 0) return;
    busy = true;
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = [...queue.entries()].slice(0, MAX_PER_SUBMIT).map(([item, value]) => ({ item, value }));
    if (attempt === 0) onChange("sending", null);
    try {
      await submit(batch);
      // Only what was sent leaves the queue; a newer choice for the same item stays.
      for (const a of batch) if (queue.get(a.item) === a.value) queue.delete(a.item);
      attempt = 0;
      busy = false;
      if (queue.size > 0) return flush();
      onChange("saved", null);
    } catch (error) {
      busy = false;
      if (worthRetrying(error)) {
        attempt += 1;
        onChange("retrying", null);
        timer = setTimeout(() => void flush(), Math.min(10_000, 1000 * 2 ** Math.min(attempt - 1, 4)));
      } else {
        queue.clear();
        attempt = 0;
        onChange("error", messageOf(error));
      }
    }
  }

  return {
    send(answers: Answer[]) {
      for (const a of answers) queue.set(a.item, a.value);
      void flush();
    },
    /** Back online: try at once instead of waiting for the next pause to end. */
    retryNow: () => void flush(),
    /** How to send (the current mutation); set before start. */
    setSubmit(fn: (answers: Answer[]) => Promise<unknown>) {
      submit = fn;
    },
    start() {
      stopped = false;
      void flush();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
