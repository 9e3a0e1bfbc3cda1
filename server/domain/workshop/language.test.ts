import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { gathering } from "~/db/schema";
import { translator } from "~/lib/i18n/translate";
import { defaultEvaluationStatements } from "~/lib/workshop/labels";
import { createTestDatabase } from "~/test/factories";
import { liveSamling } from "~/test/workshop";
import { renderText } from "~/lib/i18n/text";
import { DomainError } from "~/server/domain/errors";
import { findOpenGatheringByCode } from "./live";
import { addTask } from "./tasks";
import { joinInfo } from "./view";

describe("the live workshop in nynorsk", () => {
  it("has the workshop's words in both languages", () => {
    expect(translator("nn", "workshop")("taskKind.selvvurdering")).toBe("Sjølvvurdering av dei 20 utviklingsområda");
    expect(translator("nb", "workshop")("taskKind.selvvurdering")).toBe("Selvvurdering av de 20 utviklingsområdene");
    expect(translator("nn", "workshop")("roleGroup.navledere")).toBe("Nav-leiarar");
    expect(translator("nn", "workshop")("live.answered", { count: 3 })).toBe("3 har svart");
  });

  it("names a new task in the samling's language, which the join screen tells the phone", async () => {
    const db = await createTestDatabase();
    const s = await liveSamling(db);
    const bokmal = await addTask(s.scope, { gatheringId: s.gatheringId, kind: "prioritering" });
    expect(bokmal.title).toBe("Velg og prioriter utviklingsområder");
    expect((await addTask(s.scope, { gatheringId: s.gatheringId, kind: "evaluering" })).statements).toEqual([...defaultEvaluationStatements]);

    await db.update(gathering).set({ language: "nn" }).where(eq(gathering.id, s.gatheringId));
    const nynorsk = await addTask(s.scope, { gatheringId: s.gatheringId, kind: "prioritering" });
    expect(nynorsk.title).toBe("Vel og prioriter utviklingsområde");
    // A title the facilitator wrote is theirs.
    expect((await addTask(s.scope, { gatheringId: s.gatheringId, kind: "evaluering", title: "Kva syntest du?" })).title).toBe("Kva syntest du?");

    const evaluation = await addTask(s.scope, { gatheringId: s.gatheringId, kind: "evaluering" });
    expect(evaluation.statements[0]).toBe("Alt i alt har denne samlinga gitt nytte for oss");
    expect(evaluation.statements).toHaveLength(6);

    const info = await joinInfo(db, await findOpenGatheringByCode(db, s.code));
    expect(info.language).toBe("nn");
  });

  it("refuses in the reader's language", async () => {
    const db = await createTestDatabase();
    const refusal = await findOpenGatheringByCode(db, "ABCDEF").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).message).toMatch(/^Koden er ikke i bruk/);
    expect((refusal as DomainError).messageIn("nn")).toMatch(/^Koden er ikkje i bruk/);
    expect(renderText({ key: "workshop.errors.taskClosed" }, "nn")).toBe("Oppgåva er lukka. Vent til fasilitatoren opnar neste oppgåve.");
  });
});
