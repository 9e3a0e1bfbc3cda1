import { TRPCClientError } from "@trpc/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAnswerQueue, type Answer, type SendState } from "./answer-queue";

/** A refusal as the tRPC client hands it over: code and message from our error formatter. */
const refusal = (code: string, httpStatus: number, message: string) =>
  new TRPCClientError(message, { result: { error: { message, code: -32600, data: { code, httpStatus } } } as never });

describe("the phone's answer queue", () => {
  let states: SendState[];
  let errors: (string | null)[];
  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
    errors = [];
  });
  afterEach(() => vi.useRealTimers());

  const queueWith = (submit: (answers: Answer[]) => Promise<unknown>) => {
    const queue = createAnswerQueue((state, error) => {
      states.push(state);
      errors.push(error);
    });
    queue.setSubmit(submit);
    queue.start();
    return queue;
  };

  it("keeps an answer through a lost connection and sends it when the network is back", async () => {
    const stored: Answer[][] = [];
    let online = false;
    const queue = queueWith((answers) => {
      if (!online) return Promise.reject(new TypeError("Failed to fetch"));
      stored.push(answers);
      return Promise.resolve();
    });
    queue.send([{ item: "1", value: "sterk" }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe("retrying");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stored).toEqual([]);

    online = true;
    queue.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual([[{ item: "1", value: "sterk" }]]);
    expect(states.at(-1)).toBe("saved");
  });

  it("sends the newest choice for an item changed while the first was on its way", async () => {
    const stored: Answer[][] = [];
    let release: () => void = () => undefined;
    const queue = queueWith(
      (answers) =>
        new Promise<void>((resolve) => {
          stored.push(answers);
          release = resolve;
        }),
    );
    queue.send([{ item: "1", value: "sterk" }]);
    queue.send([{ item: "1", value: "kan_styrkes" }]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual([[{ item: "1", value: "sterk" }], [{ item: "1", value: "kan_styrkes" }]]);
    expect(states.at(-1)).toBe("saved");
  });

  it("waits and tries again when the server says too many, but gives up on a refusal and shows its message", async () => {
    let calls = 0;
    const queue = queueWith(() => {
      calls += 1;
      return Promise.reject(
        calls === 1
          ? refusal("TOO_MANY_REQUESTS", 429, "Du sender for mye på kort tid.")
          : refusal("BAD_REQUEST", 400, "Oppgaven er lukket. Vent til fasilitatoren åpner neste oppgave."),
      );
    });
    queue.send([{ item: "2", value: "6" }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe("retrying");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(2);
    expect(states.at(-1)).toBe("error");
    expect(errors.at(-1)).toBe("Oppgaven er lukket. Vent til fasilitatoren åpner neste oppgave.");
    // Given up: nothing more is sent.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls).toBe(2);
  });
});
