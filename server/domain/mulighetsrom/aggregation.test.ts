import { describe, expect, it } from "vitest";
import type { Side } from "~/lib/roles";
import {
  changeBetween,
  distributionOf,
  leaningOf,
  sidesDisagree,
  statusHistory,
  summariseAnswers,
  summariseItem,
  type Leaning,
} from "./aggregation";
import type { AreaScore } from "~/lib/mulighetsrom/areas";

const d = (sterk: number, kan_styrkes: number, ikke_vurdert: number) => ({ sterk, kan_styrkes, ikke_vurdert });
const leanings = (stat: Leaning, kommune: Leaning, kontor: Leaning): Record<Side, Leaning> => ({ stat, kommune, kontor });

describe("distributionOf", () => {
  it("counts each score", () => {
    expect(distributionOf(["sterk", "kan_styrkes", "sterk", "ikke_vurdert", "sterk"])).toEqual(d(3, 1, 1));
  });

  it("gives zeros for no answers", () => {
    expect(distributionOf([])).toEqual(d(0, 0, 0));
  });
});

describe("leaningOf", () => {
  it("follows a strict majority of those who gave an opinion", () => {
    expect(leaningOf(d(2, 1, 0))).toBe("sterk");
    expect(leaningOf(d(1, 2, 0))).toBe("kan_styrkes");
    expect(leaningOf(d(0, 1, 0))).toBe("kan_styrkes");
  });

  it("ignores ikke vurdert when finding the majority", () => {
    // 1 of 1 opinions is sterk, even though 5 did not assess it.
    expect(leaningOf(d(1, 0, 5))).toBe("sterk");
    expect(leaningOf(d(1, 2, 9))).toBe("kan_styrkes");
  });

  it("calls a tie delt", () => {
    expect(leaningOf(d(1, 1, 0))).toBe("delt");
    expect(leaningOf(d(2, 2, 3))).toBe("delt");
  });

  it("gives ingen when nobody gave an opinion", () => {
    expect(leaningOf(d(0, 0, 4))).toBe("ingen");
    expect(leaningOf(d(0, 0, 0))).toBe("ingen");
  });
});

describe("sidesDisagree", () => {
  it("is true when one side leans sterk and another kan styrkes", () => {
    expect(sidesDisagree(leanings("sterk", "kan_styrkes", "ingen"))).toBe(true);
    expect(sidesDisagree(leanings("delt", "sterk", "kan_styrkes"))).toBe(true);
  });

  it("is false when the sides agree, are split or have no opinion", () => {
    expect(sidesDisagree(leanings("sterk", "sterk", "sterk"))).toBe(false);
    expect(sidesDisagree(leanings("sterk", "delt", "ingen"))).toBe(false);
    expect(sidesDisagree(leanings("kan_styrkes", "delt", "kan_styrkes"))).toBe(false);
    expect(sidesDisagree(leanings("ingen", "ingen", "ingen"))).toBe(false);
  });
});

describe("summariseItem", () => {
  it("splits the answers by side and flags the disagreement", () => {
    const summary = summariseItem([
      { side: "stat", score: "sterk" },
      { side: "stat", score: "sterk" },
      { side: "kommune", score: "kan_styrkes" },
      { side: "kommune", score: "ikke_vurdert" },
      { side: "kontor", score: "sterk" },
      { side: "kontor", score: "kan_styrkes" },
    ]);
    expect(summary.total).toEqual(d(3, 2, 1));
    expect(summary.bySide).toEqual({ stat: d(2, 0, 0), kommune: d(0, 1, 1), kontor: d(1, 1, 0) });
    expect(summary.leaningBySide).toEqual({ stat: "sterk", kommune: "kan_styrkes", kontor: "delt" });
    expect(summary.disagree).toBe(true);
  });

  it("does not flag agreement, and gives a side without answers zeros and ingen", () => {
    const summary = summariseItem([
      { side: "stat", score: "sterk" },
      { side: "kontor", score: "sterk" },
    ]);
    expect(summary.bySide.kommune).toEqual(d(0, 0, 0));
    expect(summary.leaningBySide).toEqual({ stat: "sterk", kommune: "ingen", kontor: "sterk" });
    expect(summary.disagree).toBe(false);
  });
});

describe("summariseAnswers", () => {
  it("summarises every item key, with zeros for items nobody answered, and ignores unknown items", () => {
    const summaries = summariseAnswers(
      ["b1", "1", "2"],
      [
        { item: "1", side: "stat", score: "kan_styrkes" },
        { item: "1", side: "kontor", score: "sterk" },
        { item: "b1", side: "kommune", score: "sterk" },
        { item: "99", side: "kommune", score: "sterk" },
      ],
    );
    expect([...summaries.keys()]).toEqual(["b1", "1", "2"]);
    expect(summaries.get("1")!.bySide).toEqual({ stat: d(0, 1, 0), kommune: d(0, 0, 0), kontor: d(1, 0, 0) });
    expect(summaries.get("1")!.disagree).toBe(true);
    expect(summaries.get("b1")!.total).toEqual(d(1, 0, 0));
    expect(summaries.get("2")).toEqual({
      total: d(0, 0, 0),
      bySide: { stat: d(0, 0, 0), kommune: d(0, 0, 0), kontor: d(0, 0, 0) },
      leaningBySide: { stat: "ingen", kommune: "ingen", kontor: "ingen" },
      disagree: false,
    });
    expect(summaries.has("99")).toBe(false);
  });
});

describe("changeBetween", () => {
  it("ranks kan styrkes below sterk", () => {
    expect(changeBetween("kan_styrkes", "sterk")).toBe("forbedret");
    expect(changeBetween("sterk", "kan_styrkes")).toBe("svekket");
  });

  it("calls the same status uendret", () => {
    expect(changeBetween("sterk", "sterk")).toBe("uendret");
    expect(changeBetween("ikke_vurdert", "ikke_vurdert")).toBe("uendret");
  });

  it("calls a move to or from ikke vurdert endret, not an improvement", () => {
    expect(changeBetween("ikke_vurdert", "sterk")).toBe("endret");
    expect(changeBetween("sterk", "ikke_vurdert")).toBe("endret");
    expect(changeBetween("kan_styrkes", "ikke_vurdert")).toBe("endret");
  });
});

describe("statusHistory", () => {
  const statuses = (entries: [number, AreaScore][]) => new Map(entries);

  it("follows each area through the assessments, oldest first", () => {
    const history = statusHistory(
      [1, 2, 3],
      [
        { id: "a1", statuses: statuses([[1, "kan_styrkes"], [2, "ikke_vurdert"], [3, "sterk"]]) },
        { id: "a2", statuses: statuses([[1, "sterk"], [2, "sterk"], [3, "sterk"]]) },
        { id: "a3", statuses: statuses([[1, "kan_styrkes"], [2, "sterk"]]) },
      ],
    );
    expect(history.get(1)).toEqual([
      { assessmentId: "a1", status: "kan_styrkes", change: null },
      { assessmentId: "a2", status: "sterk", change: "forbedret" },
      { assessmentId: "a3", status: "kan_styrkes", change: "svekket" },
    ]);
    expect(history.get(2)).toEqual([
      { assessmentId: "a1", status: "ikke_vurdert", change: null },
      { assessmentId: "a2", status: "sterk", change: "endret" },
      { assessmentId: "a3", status: "sterk", change: "uendret" },
    ]);
    // Area 3 is missing from a3: it counts as ikke vurdert.
    expect(history.get(3)!.map((s) => [s.status, s.change])).toEqual([
      ["sterk", null],
      ["sterk", "uendret"],
      ["ikke_vurdert", "endret"],
    ]);
  });

  it("treats an area missing from the first assessment as ikke vurdert, with no change", () => {
    const history = statusHistory([7], [{ id: "only", statuses: statuses([]) }]);
    expect(history.get(7)).toEqual([{ assessmentId: "only", status: "ikke_vurdert", change: null }]);
  });

  it("gives every area an empty history when there are no assessments", () => {
    const history = statusHistory([1, 2], []);
    expect([...history.entries()]).toEqual([
      [1, []],
      [2, []],
    ]);
  });
});
