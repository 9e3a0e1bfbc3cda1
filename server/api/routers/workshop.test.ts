import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { gathering, networkMember, workshopAnswer, workshopParticipant, workshopTask } from "~/db/schema";
import { createTestDatabase, makePersonWithRole, type makeUser } from "~/test/factories";
import { createCaller } from "~/server/api/root";
import type { AreaScore } from "~/lib/mulighetsrom/areas";
import type { RoleGroup } from "~/lib/workshop/labels";
import { callerFor, refusal, sessionUserOf } from "~/test/caller";
import { liveSamling, type LiveSamling } from "~/test/workshop";

type User = Awaited<ReturnType<typeof makeUser>>;

let db: Database;
let s: LiveSamling;
let other: LiveSamling;
let fasilitator: User;
let memberLeder: User;
let stranger: User;

beforeEach(async () => {
  db = await createTestDatabase();
  s = await liveSamling(db);
  other = await liveSamling(db, "-b");
  fasilitator = s.facilitator as User;
  memberLeder = await makePersonWithRole(db, "nav_leder", { partnershipId: s.arendal.id });
  stranger = await makePersonWithRole(db, "nav_leder", { partnershipId: s.lillesand.id });
});

const call = (user: User | null) => callerFor(db, user).workshop;
const NET = "agder-pilot";
const at = () => ({ network: NET, gatheringId: s.gatheringId });
const taskRow = async (id: string) => (await db.select().from(workshopTask).where(eq(workshopTask.id, id)).limit(1))[0]!;
const samlingRow = async (id = s.gatheringId) => (await db.select().from(gathering).where(eq(gathering.id, id)).limit(1))[0]!;
const answerCount = async () => (await db.select().from(workshopAnswer)).length;
const participantRows = () => db.select().from(workshopParticipant);

/** A guest joining through the router; returns the token. */
async function join(name: string, roleGroup: RoleGroup = "navledere", partnershipId: string | null = s.arendal.id, code?: string) {
  return (await call(null).join({ code: code ?? (await s.current()).joinCode!, name, roleGroup, partnershipId })).token;
}

async function openTask(kind: "selvvurdering" | "prioritering" | "forventninger" | "evaluering") {
  const created = await call(fasilitator).addTask({ ...at(), kind });
  return call(fasilitator).setTaskStatus({ ...at(), taskId: created.id, version: created.version, status: "apen" });
}

const selfAnswers = (scores: AreaScore[]) => scores.map((value, i) => ({ item: String(i + 1), value }));

describe("workshop router: who may run the samling", () => {
  it("refuses a member's Nav-leder, a stranger and an anonymous caller everything the facilitator does", async () => {
    const task = await openTask("evaluering");
    const version = (await samlingRow()).version;
    // Each call is made when its turn comes, so no refusal waits unhandled while another is awaited.
    const attempts = (u: User | null) => [
      () => call(u).live(at()),
      () => call(u).setLive({ ...at(), version, open: false }),
      () => call(u).addTask({ ...at(), kind: "evaluering" }),
      () => call(u).updateTask({ ...at(), taskId: task.id, version: task.version, title: "Ny" }),
      () => call(u).setTaskStatus({ ...at(), taskId: task.id, version: task.version, status: "lukket" }),
      () => call(u).setResultsVisible({ ...at(), taskId: task.id, version: task.version, visible: true }),
      () => call(u).moveTask({ ...at(), taskId: task.id, version: task.version, direction: "opp" }),
      () => call(u).removeTask({ ...at(), taskId: task.id, version: task.version }),
      () => call(u).addTheme({ ...at(), taskId: task.id, target: "radmann", label: "Tema" }),
      () => call(u).removeTheme({ ...at(), taskId: task.id, themeId: "x" }),
      () => call(u).assignTheme({ ...at(), taskId: task.id, answerId: "x", themeId: null }),
      () => call(u).events(at()),
    ];
    for (const attempt of attempts(memberLeder)) {
      expect(await refusal(attempt())).toEqual({ code: "FORBIDDEN", messages: ["Bare nettverkets fasilitatorer kan gjøre dette."] });
    }
    for (const attempt of attempts(stranger)) {
      expect(await refusal(attempt())).toEqual({ code: "FORBIDDEN", messages: ["Du har ingen rolle i dette nettverket."] });
    }
    for (const attempt of attempts(null)) expect((await refusal(attempt())).code).toBe("UNAUTHORIZED");
    // The facilitator of another network is a stranger here.
    expect((await refusal(call(other.facilitator as User).live(at()))).code).toBe("FORBIDDEN");
    expect(await taskRow(task.id)).toMatchObject({ status: "apen", version: task.version, resultsVisible: false });
    expect((await samlingRow()).liveStatus).toBe("apen");
  });

  it("answers NOT_FOUND for another network's samling or task through one's own network, and changes nothing", async () => {
    const theirs = await other.openTask("evaluering");
    const theirSamling = await samlingRow(other.gatheringId);
    const f = call(fasilitator);
    const wrong = { network: NET, gatheringId: other.gatheringId };
    expect(await refusal(f.live(wrong))).toEqual({ code: "NOT_FOUND", messages: ["Fant ikke samlingen."] });
    expect((await refusal(f.setLive({ ...wrong, version: theirSamling.version, open: false }))).code).toBe("NOT_FOUND");
    expect((await refusal(f.addTask({ ...wrong, kind: "evaluering" }))).code).toBe("NOT_FOUND");
    expect((await refusal(f.setTaskStatus({ ...wrong, taskId: theirs.id, version: theirs.version, status: "lukket" }))).code).toBe("NOT_FOUND");
    expect((await refusal(f.events(wrong))).code).toBe("NOT_FOUND");
    // Their task through our own samling.
    expect(await refusal(f.setTaskStatus({ ...at(), taskId: theirs.id, version: theirs.version, status: "lukket" }))).toEqual({
      code: "NOT_FOUND",
      messages: ["Fant ikke oppgaven."],
    });
    expect((await refusal(f.setResultsVisible({ ...at(), taskId: theirs.id, version: theirs.version, visible: true }))).code).toBe("NOT_FOUND");
    expect((await refusal(f.removeTask({ ...at(), taskId: theirs.id, version: theirs.version }))).code).toBe("NOT_FOUND");
    expect(await samlingRow(other.gatheringId)).toEqual(theirSamling);
    expect(await taskRow(theirs.id)).toMatchObject({ status: "apen", version: theirs.version, resultsVisible: false });
    expect(await db.select().from(workshopTask).where(eq(workshopTask.gatheringId, other.gatheringId))).toHaveLength(1);
  });

  it("refuses a stale version with CONFLICT", async () => {
    const task = await openTask("evaluering");
    await call(fasilitator).updateTask({ ...at(), taskId: task.id, version: task.version, title: "Evaluering av dag 1" });
    expect((await refusal(call(fasilitator).setTaskStatus({ ...at(), taskId: task.id, version: task.version, status: "lukket" }))).code).toBe("CONFLICT");
    expect((await refusal(call(fasilitator).setLive({ ...at(), version: (await samlingRow()).version - 1, open: false }))).code).toBe("CONFLICT");
    expect(await taskRow(task.id)).toMatchObject({ status: "apen", title: "Evaluering av dag 1" });
  });
});

describe("workshop router: participants", () => {
  it("refuses an answer to a closed task with BAD_REQUEST and the Norwegian message", async () => {
    const task = await openTask("evaluering");
    const token = await join("Kari");
    await call(fasilitator).setTaskStatus({ ...at(), taskId: task.id, version: task.version, status: "lukket" });
    expect(await refusal(call(null).submit({ token, taskId: task.id, answers: [{ item: "0", value: "6" }] }))).toEqual({
      code: "BAD_REQUEST",
      messages: ["Oppgaven er lukket. Vent til fasilitatoren åpner neste oppgave."],
    });
    expect(await answerCount()).toBe(0);
  });

  it("stores submits sent at the same moment by several phones, each with its own event; a refused one stores nothing", async () => {
    const task = await openTask("evaluering");
    const [kari, ola, per] = [await join("Kari"), await join("Ola"), await join("Per")];
    const results = await Promise.allSettled([
      call(null).submit({ token: kari, taskId: task.id, answers: [{ item: "0", value: "6" }] }),
      call(null).submit({ token: ola, taskId: task.id, answers: [{ item: "0", value: "99" }, { item: "1", value: "4" }] }),
      call(null).submit({ token: per, taskId: task.id, answers: [{ item: "0", value: "5" }, { item: "1", value: "3" }] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const [first, , third] = results.map((r) => (r.status === "fulfilled" ? r.value : null));
    expect([first?.respondents, third?.respondents]).toEqual([1, 2]);
    expect(first?.eventId).not.toBe(third?.eventId);
    expect(await answerCount()).toBe(3);
  });

  it("refuses joining with an expired code with NOT_FOUND, and answers from the closed samling", async () => {
    const task = await openTask("evaluering");
    const token = await join("Kari");
    const code = (await s.current()).joinCode!;
    await call(fasilitator).setLive({ ...at(), version: (await samlingRow()).version, open: false });
    expect(await refusal(call(null).join({ code, name: "Ola", roleGroup: "navledere", partnershipId: s.arendal.id }))).toEqual({
      code: "NOT_FOUND",
      messages: ["Koden er ikke i bruk. Sjekk koden på skjermen, eller spør fasilitatoren om samlingen er åpnet."],
    });
    expect((await refusal(call(null).joinInfo({ code }))).code).toBe("NOT_FOUND");
    expect((await refusal(call(null).submit({ token, taskId: task.id, answers: [{ item: "0", value: "6" }] }))).code).toBe("BAD_REQUEST");
    expect(await participantRows()).toHaveLength(1);
  });

  it("shows the join page the samling and its member offices, and a signed-in person what they would join as", async () => {
    const info = await call(memberLeder).joinInfo({ code: s.code.toLowerCase() });
    expect(info).toEqual({
      title: "Samling 1",
      language: "nb",
      offices: [
        { id: s.arendal.id, name: "Nav Arendal" },
        { id: s.grimstad.id, name: "Nav Grimstad" },
      ],
      signedInAs: { name: memberLeder.name, roleGroup: "navledere", partnershipIds: [s.arendal.id] },
    });
    expect((await call(null).joinInfo({ code: s.code })).signedInAs).toBeNull();
  });

  it("limits wrong codes per client address across codes, so a right code among the guesses is refused too", async () => {
    const from = (clientAddress: string) => createCaller({ db, user: null, clientAddress }).workshop;
    const guesser = from("198.51.100.7");
    // 25 different wrong codes, by both doors (the join page's lookup and the join itself).
    const guesses = Array.from("ABCDEFGHJKMNPQRSTUVWXYZ2345", (c) => `ZZ${c}ZZZ`).filter((code) => code !== s.code).slice(0, 25);
    const outcomes: string[] = [];
    for (const [i, code] of guesses.entries()) {
      const attempt = i % 2 ? guesser.joinInfo({ code }) : guesser.join({ code, name: "Gjest", roleGroup: "navledere", partnershipId: s.arendal.id });
      outcomes.push((await refusal(attempt)).code);
    }
    expect(outcomes.slice(0, 20).every((c) => c === "NOT_FOUND")).toBe(true);
    expect(outcomes.slice(20).every((c) => c === "TOO_MANY_REQUESTS")).toBe(true);
    // The real code, planted among the guesses, is refused with the others.
    expect(await refusal(guesser.join({ code: s.code, name: "Gjest", roleGroup: "navledere", partnershipId: s.arendal.id }))).toEqual({
      code: "TOO_MANY_REQUESTS",
      messages: ["For mange feil koder på kort tid. Vent et minutt, og sjekk koden på skjermen."],
    });
    expect((await refusal(guesser.joinInfo({ code: s.code }))).code).toBe("TOO_MANY_REQUESTS");
    expect(await participantRows()).toHaveLength(0);
    // Another address is not held back, and right codes never count: a room behind one address joins.
    const room = from("203.0.113.99");
    for (let i = 0; i < 60; i++) await room.join({ code: s.code, name: `Deltaker ${i}`, roleGroup: "navledere", partnershipId: s.arendal.id });
    expect(await participantRows()).toHaveLength(60);
  });

  it("answers garbage with BAD_REQUEST, never INTERNAL_SERVER_ERROR", async () => {
    const task = await openTask("selvvurdering");
    const token = await join("Kari");
    const submit = (input: unknown) => call(null).submit(input as never);
    const many = Array.from({ length: 21 }, (_, i) => ({ item: String((i % 20) + 1), value: "sterk" }));
    const garbage: unknown[] = [
      undefined,
      null,
      "submit",
      { token, taskId: task.id, answers: "alle" },
      { token, taskId: task.id, answers: [null] },
      { token, taskId: task.id, answers: [{ item: 1, value: "sterk" }] },
      { token, taskId: task.id, answers: [{ item: "1", value: { $gt: "" } }] },
      { token, taskId: task.id, answers: [{ item: "x".repeat(100_000), value: "sterk" }] },
      { token, taskId: task.id, answers: [{ item: "1", value: "x".repeat(100_000) }] },
      { token, taskId: task.id, answers: many },
      { token, taskId: task.id, answers: [] },
      { token, taskId: 42, answers: [{ item: "1", value: "sterk" }] },
      { token, taskId: "t".repeat(10_000), answers: [{ item: "1", value: "sterk" }] },
      { token: 12345, taskId: task.id, answers: [{ item: "1", value: "sterk" }] },
      { token: "x".repeat(10_000), taskId: task.id, answers: [{ item: "1", value: "sterk" }] },
      { token, taskId: task.id, answers: [{ item: "21", value: "sterk" }] },
      { token, taskId: task.id, answers: [{ item: "1", value: "svak" }] },
      { token, taskId: task.id, answers: [{ item: "radmann-1", value: "x" }] },
      { token, taskId: task.id, answers: [{ item: "1'; DROP TABLE workshop_answer; --", value: "sterk" }] },
    ];
    for (const input of garbage) {
      const r = await refusal(submit(input));
      expect(r.code, JSON.stringify(input)?.slice(0, 80)).toBe("BAD_REQUEST");
    }
    const joinGarbage: unknown[] = [
      { code: "x".repeat(100_000), name: "Kari", roleGroup: "navledere", partnershipId: s.arendal.id },
      { code: s.code, name: "K".repeat(81), roleGroup: "navledere", partnershipId: s.arendal.id },
      { code: s.code, name: "   ", roleGroup: "navledere", partnershipId: s.arendal.id },
      { code: s.code, name: "Kari", roleGroup: "sjef", partnershipId: s.arendal.id },
      { code: s.code, name: "Kari", roleGroup: "navledere", partnershipId: { id: s.arendal.id } },
      { code: s.code, name: "Kari", roleGroup: "navledere" },
      { code: ["ABCDEF"], name: "Kari", roleGroup: "navledere", partnershipId: null },
      { code: s.code, roleGroup: "navledere", partnershipId: s.arendal.id },
      { code: s.code, name: "Kari", roleGroup: "navledere", partnershipId: s.lillesand.id },
    ];
    for (const input of joinGarbage) {
      expect((await refusal(call(null).join(input as never))).code, JSON.stringify(input).slice(0, 80)).toBe("BAD_REQUEST");
    }
    const f = call(fasilitator);
    expect((await refusal(f.addTask({ ...at(), kind: "quiz" as never }))).code).toBe("BAD_REQUEST");
    expect((await refusal(f.addTask({ ...at(), kind: "selvvurdering", statements: ["Påstand"] }))).code).toBe("BAD_REQUEST");
    expect((await refusal(f.addTask({ ...at(), kind: "evaluering", statements: Array.from({ length: 13 }, () => "P") }))).code).toBe("BAD_REQUEST");
    expect((await refusal(f.addTask({ ...at(), kind: "evaluering", title: "T".repeat(201) }))).code).toBe("BAD_REQUEST");
    expect((await refusal(f.setLive({ ...at(), version: "1" as never, open: true }))).code).toBe("BAD_REQUEST");
    expect((await refusal(f.setTaskStatus({ ...at(), taskId: task.id, version: task.version, status: "klar" as never }))).code).toBe("BAD_REQUEST");
    expect((await refusal(f.events({ ...at(), lastEventId: "x".repeat(81) }))).code).toBe("BAD_REQUEST");
    expect((await refusal(call(null).participant({ token: null as never }))).code).toBe("BAD_REQUEST");
    expect((await refusal(call(null).participantEvents({ token: "x" }))).code).toBe("BAD_REQUEST");
    expect(await answerCount()).toBe(0);
    expect(await participantRows()).toHaveLength(1);
  });

  it("refuses a flooding participant with TOO_MANY_REQUESTS after the burst of 30", async () => {
    const task = await openTask("selvvurdering");
    const token = await join("Kari");
    const started = Date.now();
    let accepted = 0;
    let refused: { code: string; messages: string[] } | null = null;
    for (let i = 0; i < 40 && !refused; i++) {
      try {
        await call(null).submit({ token, taskId: task.id, answers: [{ item: String((i % 20) + 1), value: "sterk" }] });
        accepted++;
      } catch {
        refused = await refusal(call(null).submit({ token, taskId: task.id, answers: [{ item: "1", value: "sterk" }] }));
      }
    }
    const seconds = (Date.now() - started) / 1000;
    expect(accepted).toBeGreaterThanOrEqual(30);
    expect(accepted).toBeLessThanOrEqual(30 + Math.ceil(seconds));
    expect(refused).toEqual({ code: "TOO_MANY_REQUESTS", messages: ["Du sender for mye på kort tid. Vent litt og prøv igjen."] });
    // Another participant is not held back.
    const other = await join("Ola");
    expect((await call(null).submit({ token: other, taskId: task.id, answers: [{ item: "1", value: "sterk" }] })).stored).toBe(1);
  });

  it("never shows a participant results or other people's answers", async () => {
    const task = await openTask("evaluering");
    const tokens = await Promise.all(["Kari", "Ola", "Per", "Anne"].map((n) => join(n)));
    for (const [i, token] of tokens.entries()) {
      await call(null).submit({ token, taskId: task.id, answers: [{ item: "0", value: String(3 + i) }] });
    }
    await call(fasilitator).setResultsVisible({ ...at(), taskId: task.id, version: (await taskRow(task.id)).version, visible: true });
    const view = await call(null).participant({ token: tokens[0]! });
    expect(view).toEqual({
      gathering: { title: "Samling 1", liveStatus: "apen" },
      me: { name: "Kari", roleGroup: "navledere", officeName: "Nav Arendal" },
      tasks: [{ id: task.id, kind: "evaluering", title: task.title, statements: task.statements, answers: [{ item: "0", value: "3" }] }],
    });
    const text = JSON.stringify(view);
    for (const word of ["results", "respondents", "highShare", "distribution", "Ola", "Per", "Anne"]) expect(text).not.toContain(word);
    // Closed tasks disappear from the phone.
    await call(fasilitator).setTaskStatus({ ...at(), taskId: task.id, version: (await taskRow(task.id)).version, status: "lukket" });
    expect((await call(null).participant({ token: tokens[0]! })).tasks).toEqual([]);
  });
});

describe("workshop router: results for the facilitator", () => {
  async function answerSelf(partnershipId: string, scores: AreaScore[][], taskId: string) {
    for (const [i, own] of scores.entries()) {
      const token = await join(`Deltaker ${i}`, "navledere", partnershipId);
      await call(null).submit({ token, taskId, answers: selfAnswers(own) });
    }
  }

  it("leaves a member that does not share statuses out of the per-office self-assessment", async () => {
    await db.update(networkMember).set({ shareStatuses: false }).where(eq(networkMember.partnershipId, s.grimstad.id));
    const task = await openTask("selvvurdering");
    await answerSelf(s.arendal.id, [["sterk"], ["sterk"], ["kan_styrkes"]], task.id);
    await answerSelf(s.grimstad.id, [["kan_styrkes"], ["kan_styrkes"], ["kan_styrkes"]], task.id);
    const live = await call(fasilitator).live(at());
    const results = live.tasks.find((t) => t.id === task.id)!.results;
    if (results.kind !== "selvvurdering") throw new Error(results.kind);
    expect(results.partnerships.map((p) => p.partnershipId)).toEqual([s.arendal.id]);
    // The network-level total still counts everyone's answers.
    expect(results.respondents).toBe(6);
    expect(results.areas[0]!.result).toMatchObject({ tooFew: false, distribution: { sterk: 2, kan_styrkes: 4, ikke_vurdert: 0 } });
    expect(live.participants).toBe(6);
  });

  it("leaves a member that does not share priorities out of the per-office top three", async () => {
    await db.update(networkMember).set({ sharePriorities: false }).where(eq(networkMember.partnershipId, s.arendal.id));
    const task = await openTask("prioritering");
    for (const office of [s.arendal.id, s.grimstad.id]) {
      for (let i = 0; i < 3; i++) {
        const token = await join(`Deltaker ${i}`, "navledere", office);
        await call(null).submit({ token, taskId: task.id, answers: [1, 2, 3].map((v) => ({ item: String(v), value: String(v + i) })) });
      }
    }
    const results = (await call(fasilitator).live(at())).tasks.find((t) => t.id === task.id)!.results;
    if (results.kind !== "prioritering") throw new Error(results.kind);
    expect(results.partnerships.map((p) => p.partnershipId)).toEqual([s.grimstad.id]);
  });

  it("streams an answers event to the facilitator's subscription after a submit", async () => {
    const task = await openTask("evaluering");
    const token = await join("Kari");
    const controller = new AbortController();
    const caller = createCaller({ db, user: sessionUserOf(fasilitator) }, { signal: controller.signal });
    const stream = await caller.workshop.events(at());
    const iterator = stream[Symbol.asyncIterator]();
    const next = iterator.next();
    const submitted = await call(null).submit({ token, taskId: task.id, answers: [{ item: "0", value: "6" }] });
    const got = await next;
    expect(got.done).toBe(false);
    const [id, event] = got.value as unknown as [string, unknown];
    expect(id).toBe(submitted.eventId);
    expect(event).toEqual({ type: "answers", taskId: task.id, respondents: 1 });
    // Aborting (the screen going away) ends the stream.
    controller.abort();
    expect((await iterator.next()).done).toBe(true);
    // Reconnecting with that id replays what came after it.
    const later = await call(null).submit({ token, taskId: task.id, answers: [{ item: "1", value: "5" }] });
    const again = new AbortController();
    const reconnected = createCaller({ db, user: sessionUserOf(fasilitator) }, { signal: again.signal });
    const resumed = (await reconnected.workshop.events({ ...at(), lastEventId: id }))[Symbol.asyncIterator]();
    const replayed = (await resumed.next()).value as unknown as [string, unknown];
    expect(replayed.slice(0, 2)).toEqual([later.eventId, { type: "answers", taskId: task.id, respondents: 1 }]);
    again.abort();
  });

  it("streams task changes to a phone, but never answers", async () => {
    const task = await openTask("evaluering");
    const token = await join("Kari");
    const controller = new AbortController();
    const phone = (await createCaller({ db, user: null }, { signal: controller.signal }).workshop.participantEvents({ token }))[Symbol.asyncIterator]();
    const next = phone.next();
    await call(null).submit({ token, taskId: task.id, answers: [{ item: "0", value: "6" }] });
    await call(fasilitator).setTaskStatus({ ...at(), taskId: task.id, version: (await taskRow(task.id)).version, status: "lukket" });
    const [, event] = (await next).value as unknown as [string, unknown];
    expect(event).toEqual({ type: "tasks" });
    controller.abort();
    expect((await refusal(call(null).participantEvents({ token: "y".repeat(32) }))).code).toBe("NOT_FOUND");
  });
});

describe("workshop router: taking the self-assessment over", () => {
  async function closedSelfAssessment() {
    const task = await openTask("selvvurdering");
    for (let i = 0; i < 3; i++) {
      const token = await join(`Deltaker ${i}`, "navledere", s.arendal.id);
      await call(null).submit({ token, taskId: task.id, answers: selfAnswers(["sterk", "kan_styrkes"]) });
    }
    await call(fasilitator).setTaskStatus({ ...at(), taskId: task.id, version: (await taskRow(task.id)).version, status: "lukket" });
    return task;
  }

  it("lets the Nav-leder and the owners transfer, not the avdelingsleder; another partnership does not find the task", async () => {
    const task = await closedSelfAssessment();
    const avdelingsleder = await makePersonWithRole(db, "avdelingsleder", { partnershipId: s.arendal.id });
    const pending = await callerFor(db, avdelingsleder).workshop.pendingTransfers({ partnership: "arendal" });
    expect(pending.canTransfer).toBe(false);
    expect(pending.transfers.map((t) => t.taskId)).toEqual([task.id]);
    expect(await refusal(callerFor(db, avdelingsleder).workshop.transfer({ partnership: "arendal", taskId: task.id }))).toEqual({
      code: "FORBIDDEN",
      messages: ["Bare Nav-lederen og eierne kan starte og følge opp vurderinger."],
    });
    // Outside the partnership: refused before anything else.
    expect((await refusal(callerFor(db, stranger).workshop.transfer({ partnership: "arendal", taskId: task.id }))).code).toBe("FORBIDDEN");
    // Through one's own partnership, another partnership's samling task is not found.
    expect(await refusal(callerFor(db, stranger).workshop.transfer({ partnership: "lillesand", taskId: task.id }))).toEqual({
      code: "NOT_FOUND",
      messages: ["Fant ikke selvvurderingen."],
    });
    expect((await callerFor(db, stranger).workshop.pendingTransfers({ partnership: "lillesand" })).transfers).toEqual([]);
    const theirLeder = await makePersonWithRole(db, "nav_leder", { partnershipId: other.arendal.id });
    expect((await refusal(callerFor(db, theirLeder).workshop.transfer({ partnership: "arendal-b", taskId: task.id }))).code).toBe("NOT_FOUND");

    const leder = callerFor(db, memberLeder).workshop;
    expect((await leder.pendingTransfers({ partnership: "arendal" })).canTransfer).toBe(true);
    const created = await leder.transfer({ partnership: "arendal", taskId: task.id });
    expect(created.partnershipId).toBe(s.arendal.id);
    expect((await refusal(leder.transfer({ partnership: "arendal", taskId: task.id }))).code).toBe("BAD_REQUEST");
    expect((await leder.pendingTransfers({ partnership: "arendal" })).transfers).toEqual([]);
  });
});
