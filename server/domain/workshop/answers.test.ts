import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "~/db/connection";
import { workshopAnswer } from "~/db/schema";
import { createTestDatabase } from "~/test/factories";
import { liveSamling, type LiveSamling } from "~/test/workshop";
import { isText, renderText } from "~/lib/i18n/text";
import { DomainError } from "~/server/domain/errors";
import { checkAnswer, myAnswers, submitAnswers, submitAnswersInput } from "./answers";
import { participantByToken, setLive } from "./live";
import { addTheme, assignTheme } from "./themes";

const task = (kind: "selvvurdering" | "prioritering" | "forventninger" | "evaluering", statements: string[] = []) => ({ kind, statements });
const check = (t: ReturnType<typeof task>, item: string, value: string) => {
  const checked = checkAnswer(t, { item, value });
  return isText(checked) ? renderText(checked, "nb") : checked;
};

describe("checkAnswer", () => {
  it("selvvurdering: an area 1–20 and a score", () => {
    const t = task("selvvurdering");
    expect(check(t, "1", "sterk")).toEqual({ item: "1", value: "sterk" });
    expect(check(t, "20", "kan_styrkes")).toEqual({ item: "20", value: "kan_styrkes" });
    expect(check(t, "07", "ikke_vurdert")).toEqual({ item: "7", value: "ikke_vurdert" });
    expect(check(t, "0", "sterk")).toBe("Ukjent utviklingsområde.");
    expect(check(t, "21", "sterk")).toBe("Ukjent utviklingsområde.");
    expect(check(t, "1.5", "sterk")).toBe("Ukjent utviklingsområde.");
    expect(check(t, "abc", "sterk")).toBe("Ukjent utviklingsområde.");
    expect(check(t, "3", "svak")).toBe("Velg sterk, kan styrkes eller ikke vurdert.");
    expect(check(t, "3", "")).toBe("Velg sterk, kan styrkes eller ikke vurdert.");
  });

  it("prioritering: a vote 1–3 for an area 1–20", () => {
    const t = task("prioritering");
    expect(check(t, "1", "12")).toEqual({ item: "1", value: "12" });
    expect(check(t, "3", "01")).toEqual({ item: "3", value: "1" });
    expect(check(t, "4", "12")).toBe("Du har 3 stemmer.");
    expect(check(t, "0", "12")).toBe("Du har 3 stemmer.");
    expect(check(t, "1", "21")).toBe("Velg et av de 20 utviklingsområdene.");
    expect(check(t, "1", "-1")).toBe("Velg et av de 20 utviklingsområdene.");
    expect(check(t, "1", "sterk")).toBe("Velg et av de 20 utviklingsområdene.");
  });

  it("forventninger: an owner and a slot 1–3, a trimmed text of at most 200 characters", () => {
    const t = task("forventninger");
    expect(check(t, "radmann-1", "  Tydelig eierstyring  ")).toEqual({ item: "radmann-1", value: "Tydelig eierstyring" });
    expect(check(t, "fylkesdirektor-03", "Kompetanse")).toEqual({ item: "fylkesdirektor-3", value: "Kompetanse" });
    expect(check(t, "radmann-2", "   ")).toEqual({ item: "radmann-2", value: "" });
    expect(check(t, "radmann-4", "x")).toBe("Ukjent forventning.");
    expect(check(t, "ordforer-1", "x")).toBe("Ukjent forventning.");
    expect(check(t, "radmann", "x")).toBe("Ukjent forventning.");
    expect(check(t, "radmann-1", "x".repeat(200))).toEqual({ item: "radmann-1", value: "x".repeat(200) });
    expect(check(t, "radmann-1", "x".repeat(201))).toBe("En forventning kan ha høyst 200 tegn.");
  });

  it("evaluering: a statement of the task and a score 0–6", () => {
    const t = task("evaluering", ["A", "B", "C"]);
    expect(check(t, "0", "6")).toEqual({ item: "0", value: "6" });
    expect(check(t, "2", "0")).toEqual({ item: "2", value: "0" });
    expect(check(t, "3", "5")).toBe("Ukjent påstand.");
    expect(check(t, "-1", "5")).toBe("Ukjent påstand.");
    expect(check(t, "1", "7")).toBe("Velg et tall fra 0 til 6.");
    expect(check(t, "1", "5.5")).toBe("Velg et tall fra 0 til 6.");
    expect(check(t, "1", "")).toBe("Velg et tall fra 0 til 6.");
  });

  it("the input schema caps the number and size of answers", () => {
    const answers = (n: number) => Array.from({ length: n }, (_, i) => ({ item: String(i + 1), value: "sterk" }));
    expect(submitAnswersInput.safeParse({ taskId: "t", answers: answers(20) }).success).toBe(true);
    expect(submitAnswersInput.safeParse({ taskId: "t", answers: answers(21) }).success).toBe(false);
    expect(submitAnswersInput.safeParse({ taskId: "t", answers: [] }).success).toBe(false);
    expect(submitAnswersInput.safeParse({ taskId: "t", answers: [{ item: "x".repeat(21), value: "" }] }).success).toBe(false);
    expect(submitAnswersInput.safeParse({ taskId: "t", answers: [{ item: "1", value: "x".repeat(251) }] }).success).toBe(false);
  });
});

describe("submitAnswers", () => {
  let db: Database;
  let s: LiveSamling;

  beforeEach(async () => {
    db = await createTestDatabase();
    s = await liveSamling(db);
  });

  const rowsOf = (taskId: string) => db.select().from(workshopAnswer).where(eq(workshopAnswer.taskId, taskId));

  /** The domain error's message of a refused call. */
  async function refused(call: () => Promise<unknown>): Promise<string> {
    try {
      await call();
    } catch (error) {
      if (error instanceof DomainError) return `${error.kind}: ${error.message}`;
      throw error;
    }
    throw new Error("expected a refusal");
  }

  it("stores one row per item, and a second submit replaces the first", async () => {
    const t = await s.openTask("selvvurdering");
    const p = await s.guest("Kari", "navledere", s.arendal.id);
    expect(await submitAnswers(db, p, { taskId: t.id, answers: [{ item: "1", value: "sterk" }] })).toEqual({ taskId: t.id, stored: 1, respondents: 1 });
    await submitAnswers(db, p, { taskId: t.id, answers: [{ item: "01", value: "kan_styrkes" }] });
    expect((await rowsOf(t.id)).map((r) => [r.item, r.value])).toEqual([["1", "kan_styrkes"]]);
    const q = await s.guest("Ola", "radmenn", s.arendal.id);
    expect((await submitAnswers(db, q, { taskId: t.id, answers: [{ item: "1", value: "sterk" }, { item: "2", value: "sterk" }] })).respondents).toBe(2);
    expect(await rowsOf(t.id)).toHaveLength(3);
  });

  it("keeps the last of two answers to the same item in one submit", async () => {
    const t = await s.openTask("evaluering");
    const p = await s.guest("Kari", "navledere", s.arendal.id);
    const result = await submitAnswers(db, p, { taskId: t.id, answers: [{ item: "0", value: "3" }, { item: "0", value: "6" }] });
    expect(result.stored).toBe(1);
    expect(await myAnswers(db, p.id, t.id)).toEqual([{ taskId: t.id, item: "0", value: "6" }]);
  });

  it("refuses a task that is not open, and a closed samling", async () => {
    const ready = await s.openTask("evaluering");
    await s.closeTask(ready.id);
    const p = await s.guest("Kari", "navledere", s.arendal.id);
    expect(await refused(() => submitAnswers(db, p, { taskId: ready.id, answers: [{ item: "0", value: "5" }] }))).toBe(
      "invalid: Oppgaven er lukket. Vent til fasilitatoren åpner neste oppgave.",
    );
    const open = await s.openTask("evaluering");
    await setLive(s.scope, { gatheringId: s.gatheringId, version: (await s.current()).version, open: false });
    const after = await participantByToken(db, p.token);
    expect(after.liveStatus).toBe("avsluttet");
    expect(await refused(() => submitAnswers(db, after, { taskId: open.id, answers: [{ item: "0", value: "5" }] }))).toBe(
      "invalid: Samlingen er avsluttet, og det kan ikke lenger svares.",
    );
    expect(await rowsOf(ready.id)).toEqual([]);
    expect(await rowsOf(open.id)).toEqual([]);
  });

  it("refuses a task of another samling as not found", async () => {
    const other = await liveSamling(db, "-b");
    const theirs = await other.openTask("evaluering");
    const p = await s.guest("Kari", "navledere", s.arendal.id);
    expect(await refused(() => submitAnswers(db, p, { taskId: theirs.id, answers: [{ item: "0", value: "5" }] }))).toBe("not_found: Fant ikke oppgaven.");
  });

  it("refuses two votes for the same area, and stores nothing of that submit", async () => {
    const t = await s.openTask("prioritering");
    const p = await s.guest("Kari", "navledere", s.arendal.id);
    const message = "invalid: Du har gitt to stemmer til samme område. Velg tre ulike områder.";
    expect(
      await refused(() =>
        submitAnswers(db, p, {
          taskId: t.id,
          answers: [
            { item: "1", value: "4" },
            { item: "2", value: "4" },
            { item: "3", value: "9" },
          ],
        }),
      ),
    ).toBe(message);
    expect(await rowsOf(t.id)).toEqual([]);
    // Also across submits: a vote that repeats an earlier one is refused and the earlier stays.
    await submitAnswers(db, p, { taskId: t.id, answers: [{ item: "1", value: "4" }] });
    expect(await refused(() => submitAnswers(db, p, { taskId: t.id, answers: [{ item: "2", value: "4" }] }))).toBe(message);
    expect((await rowsOf(t.id)).map((r) => [r.item, r.value])).toEqual([["1", "4"]]);
    // Moving the first vote elsewhere frees the area.
    await submitAnswers(db, p, { taskId: t.id, answers: [{ item: "1", value: "5" }, { item: "2", value: "4" }] });
    expect((await myAnswers(db, p.id, t.id)).map((a) => [a.item, a.value]).sort()).toEqual([
      ["1", "5"],
      ["2", "4"],
    ]);
  });

  it("refuses a bad item with its message and stores nothing", async () => {
    const t = await s.openTask("selvvurdering");
    const p = await s.guest("Kari", "navledere", s.arendal.id);
    expect(
      await refused(() => submitAnswers(db, p, { taskId: t.id, answers: [{ item: "1", value: "sterk" }, { item: "21", value: "sterk" }] })),
    ).toBe("invalid: Ukjent utviklingsområde.");
    expect(await rowsOf(t.id)).toEqual([]);
  });

  it("needs an office for selvvurdering and prioritering, not for the others", async () => {
    const fylke = await s.guest("Fylkesdirektøren", "fylke", null);
    const message = "invalid: Denne oppgaven gjelder eget kontor. Bli med på nytt og velg kontoret du svarer for.";
    const self = await s.openTask("selvvurdering");
    expect(await refused(() => submitAnswers(db, fylke, { taskId: self.id, answers: [{ item: "1", value: "sterk" }] }))).toBe(message);
    const votes = await s.openTask("prioritering");
    expect(await refused(() => submitAnswers(db, fylke, { taskId: votes.id, answers: [{ item: "1", value: "1" }] }))).toBe(message);
    const evaluation = await s.openTask("evaluering");
    expect((await submitAnswers(db, fylke, { taskId: evaluation.id, answers: [{ item: "0", value: "6" }] })).stored).toBe(1);
    const expectations = await s.openTask("forventninger");
    expect((await submitAnswers(db, fylke, { taskId: expectations.id, answers: [{ item: "radmann-1", value: "Mer samarbeid" }] })).stored).toBe(1);
  });

  it("an empty expectation deletes the earlier one; a changed text loses its theme", async () => {
    const t = await s.openTask("forventninger");
    const p = await s.guest("Kari", "navledere", s.arendal.id);
    await submitAnswers(db, p, {
      taskId: t.id,
      answers: [
        { item: "radmann-1", value: "Tydelig eierstyring" },
        { item: "radmann-2", value: "Ressurser" },
      ],
    });
    expect(await rowsOf(t.id)).toHaveLength(2);
    const result = await submitAnswers(db, p, { taskId: t.id, answers: [{ item: "radmann-2", value: "  " }] });
    expect(result.respondents).toBe(1);
    expect((await rowsOf(t.id)).map((r) => [r.item, r.value])).toEqual([["radmann-1", "Tydelig eierstyring"]]);
    // Clearing every expectation makes the participant no longer a respondent.
    expect((await submitAnswers(db, p, { taskId: t.id, answers: [{ item: "radmann-1", value: "" }] })).respondents).toBe(0);
    expect(await rowsOf(t.id)).toEqual([]);
  });

  it("resending the same expectation keeps its theme; a changed text goes back to unsorted", async () => {
    const t = await s.openTask("forventninger");
    const p = await s.guest("Kari", "navledere", s.arendal.id);
    await submitAnswers(db, p, { taskId: t.id, answers: [{ item: "radmann-1", value: "Tydelig eierstyring" }] });
    const theme = await addTheme(s.scope, { gatheringId: s.gatheringId, taskId: t.id, target: "radmann", label: "Eierstyring" });
    const answerId = (await rowsOf(t.id))[0]!.id;
    await assignTheme(s.scope, { gatheringId: s.gatheringId, taskId: t.id, answerId, themeId: theme.id });
    await submitAnswers(db, p, { taskId: t.id, answers: [{ item: "radmann-1", value: " Tydelig eierstyring " }] });
    expect((await rowsOf(t.id))[0]!.themeId).toBe(theme.id);
    await submitAnswers(db, p, { taskId: t.id, answers: [{ item: "radmann-1", value: "Tydeligere eierstyring" }] });
    expect((await rowsOf(t.id)).map((r) => [r.id, r.themeId])).toEqual([[answerId, null]]);
  });
});
