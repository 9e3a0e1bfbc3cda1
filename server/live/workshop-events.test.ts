import { beforeEach, describe, expect, it } from "vitest";
import { missedEvents, publishWorkshopEvent, resetWorkshopEvents, workshopEvents, type StoredEvent } from "./workshop-events";

const G = "samling-1";
const OTHER = "samling-2";

beforeEach(() => resetWorkshopEvents());

const answers = (respondents: number) => ({ type: "answers" as const, taskId: "t1", respondents });

/** Takes `n` events from the iterator, then ends it. */
async function take(iterator: AsyncGenerator<StoredEvent>, n: number): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  while (out.length < n) {
    const next = await iterator.next();
    if (next.done) break;
    out.push(next.value);
  }
  await iterator.return(undefined);
  return out;
}

describe("publishWorkshopEvent", () => {
  it("gives every event an increasing id of this boot", () => {
    const a = publishWorkshopEvent(G, { type: "tasks" });
    const b = publishWorkshopEvent(OTHER, { type: "tasks" });
    const c = publishWorkshopEvent(G, answers(1));
    const [boot, seqA] = a.split("-");
    expect(boot).toMatch(/^[0-9a-f]{8}$/);
    expect([b, c].map((id) => id.split("-")[0])).toEqual([boot, boot]);
    expect([b, c].map((id) => Number(id.split("-")[1]) - Number(seqA))).toEqual([1, 2]);
  });
});

describe("workshopEvents", () => {
  it("replays the samling's events after lastEventId, then continues live", async () => {
    const first = publishWorkshopEvent(G, { type: "tasks" });
    publishWorkshopEvent(OTHER, { type: "tasks" });
    const second = publishWorkshopEvent(G, answers(1));
    const third = publishWorkshopEvent(G, answers(2));
    const iterator = workshopEvents(G, first, undefined);
    const replayed = [await iterator.next(), await iterator.next()];
    expect(replayed.map((r) => (r.value as StoredEvent).id)).toEqual([second, third]);
    expect((replayed[1]!.value as StoredEvent).event).toEqual(answers(2));
    const pending = iterator.next();
    publishWorkshopEvent(OTHER, answers(9));
    const fourth = publishWorkshopEvent(G, { type: "themes", taskId: "t1" });
    expect(((await pending).value as StoredEvent).id).toBe(fourth);
    await iterator.return(undefined);
  });

  it("replays nothing when the client is up to date", () => {
    publishWorkshopEvent(G, { type: "tasks" });
    const last = publishWorkshopEvent(G, { type: "tasks" });
    expect(missedEvents(G, last)).toEqual([]);
  });

  it("answers an unknown id, or one from an earlier boot, with a resync", async () => {
    publishWorkshopEvent(G, { type: "tasks" });
    for (const id of ["nonsense", "", "deadbeef-1", "12345678-x", `${"0".repeat(8)}-99`]) {
      const missed = missedEvents(G, id);
      expect(missed.map((e) => e.event)).toEqual([{ type: "resync" }]);
    }
    const [event] = await take(workshopEvents(G, "deadbeef-3", undefined), 1);
    expect(event!.event).toEqual({ type: "resync" });
  });

  it("sends a resync, then what it kept, when the ring buffer has moved past the client's id", () => {
    const first = publishWorkshopEvent(G, answers(0));
    for (let i = 1; i <= 2100; i++) publishWorkshopEvent(G, answers(i));
    const missed = missedEvents(G, first);
    expect(missed[0]!.event).toEqual({ type: "resync" });
    expect(missed).toHaveLength(1 + 2000);
    expect(missed.at(-1)!.event).toEqual(answers(2100));
  });

  it("without lastEventId, yields only what is published after subscribing", async () => {
    publishWorkshopEvent(G, { type: "tasks" });
    const iterator = workshopEvents(G, null, undefined);
    const pending = iterator.next();
    const id = publishWorkshopEvent(G, answers(1));
    const next = await pending;
    expect(next.value).toEqual({ id, seq: Number(id.split("-")[1]), event: answers(1) });
    await iterator.return(undefined);
  });

  it("delivers to every subscriber of the samling, and to no one else", async () => {
    const a = workshopEvents(G, null, undefined);
    const b = workshopEvents(G, null, undefined);
    const other = workshopEvents(OTHER, null, undefined);
    const [pa, pb] = [a.next(), b.next()];
    let otherGot = false;
    void other.next().then(() => (otherGot = true));
    const id = publishWorkshopEvent(G, { type: "live", liveStatus: "avsluttet" });
    const [ra, rb] = [await pa, await pb];
    expect([(ra.value as StoredEvent).id, (rb.value as StoredEvent).id]).toEqual([id, id]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(otherGot).toBe(false);
    await Promise.all([a.return(undefined), b.return(undefined)]);
  });

  it("gives a participant's phone the tasks and the samling's state, never answers or themes, live and replayed", async () => {
    const start = publishWorkshopEvent(G, { type: "tasks" });
    publishWorkshopEvent(G, answers(1));
    publishWorkshopEvent(G, { type: "themes", taskId: "t1" });
    const opened = publishWorkshopEvent(G, { type: "live", liveStatus: "apen" });
    expect(missedEvents(G, start, "participant").map((e) => e.id)).toEqual([opened]);
    expect(missedEvents(G, "deadbeef-1", "participant").map((e) => e.event)).toEqual([{ type: "resync" }]);

    const phone = workshopEvents(G, start, undefined, "participant");
    const facilitator = workshopEvents(G, null, undefined);
    expect((await phone.next()).value).toMatchObject({ id: opened });
    const [phoneNext, facilitatorNext] = [phone.next(), facilitator.next()];
    const answered = publishWorkshopEvent(G, answers(2));
    const tasks = publishWorkshopEvent(G, { type: "tasks" });
    expect(((await facilitatorNext).value as StoredEvent).id).toBe(answered);
    expect(((await phoneNext).value as StoredEvent).id).toBe(tasks);
    await Promise.all([phone.return(undefined), facilitator.return(undefined)]);
  });

  it("ends when the signal aborts", async () => {
    const controller = new AbortController();
    const iterator = workshopEvents(G, null, controller.signal);
    const pending = iterator.next();
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("ends at once for a signal that already aborted, even with events to replay", async () => {
    const first = publishWorkshopEvent(G, { type: "tasks" });
    publishWorkshopEvent(G, { type: "tasks" });
    const controller = new AbortController();
    controller.abort();
    expect(await take(workshopEvents(G, first, controller.signal), 5)).toEqual([]);
  });
});
