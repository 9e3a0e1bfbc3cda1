import { describe, expect, it } from "vitest";
import { indicatorAdvice, sourceBalance, type PlanSource } from "./balance";
import { area, completeSnapshot, goal, indicator, snapshot } from "~/server/domain/business-plan/fixtures.test-helpers";

const sources = (counts: Partial<Record<PlanSource, number>>) =>
  (Object.entries(counts) as [PlanSource, number][]).flatMap(([source, n]) => Array.from({ length: n }, () => ({ source })));

describe("sourceBalance", () => {
  it("counts goals across satsingsområder and indicators by source", () => {
    expect(sourceBalance(completeSnapshot())).toEqual({
      goals: { stat: 1, kommune: 1, felles: 1 },
      indicators: { stat: 1, kommune: 2, felles: 1 },
    });
  });

  it("gives zeros for an empty plan", () => {
    expect(sourceBalance(snapshot())).toEqual({
      goals: { stat: 0, kommune: 0, felles: 0 },
      indicators: { stat: 0, kommune: 0, felles: 0 },
    });
  });

  it("counts every goal of every area", () => {
    const plan = snapshot({
      focusAreas: [
        area({ goals: [goal({ source: "stat" }), goal({ source: "stat" })] }),
        area({ goals: [goal({ source: "kommune" })] }),
      ],
      indicators: [indicator({ source: "kommune" })],
    });
    expect(sourceBalance(plan).goals).toEqual({ stat: 2, kommune: 1, felles: 0 });
  });
});

describe("indicatorAdvice", () => {
  it("gives no advice for a plan that follows KS", () => {
    expect(indicatorAdvice(sources({ kommune: 4, stat: 6, felles: 6 }))).toEqual([]);
  });

  it("gives no advice before the first indicator", () => {
    expect(indicatorAdvice([])).toEqual([]);
  });

  it("warns about more than 16 indicators", () => {
    expect(indicatorAdvice(sources({ kommune: 5, stat: 13 }))).toEqual([
      "Planen har 18 indikatorer. KS anbefaler høyst 15–16 per kontor, så det blir tydelig hva som er viktigst.",
    ]);
  });

  it("warns about fewer than 4 municipal indicators; felles ones do not count", () => {
    expect(indicatorAdvice(sources({ kommune: 2, felles: 5 }))).toEqual([
      "Planen har 2 kommunale indikatorer. KS anbefaler minst 4–5 indikatorer fra kommunens egne mål, så kommunens del av planen blir synlig.",
    ]);
    expect(indicatorAdvice(sources({ kommune: 1, stat: 1 }))[0]).toMatch(/^Planen har 1 kommunal indikator\./);
    expect(indicatorAdvice(sources({ stat: 3 }))[0]).toMatch(/^Planen har ingen kommunale indikatorer\./);
  });

  it("gives the advice in nynorsk to a nynorsk reader", () => {
    expect(indicatorAdvice(sources({ kommune: 1, stat: 17 }), "nn")).toEqual([
      "Planen har 18 indikatorar. KS tilrår høgst 15–16 per kontor, så det blir tydeleg kva som er viktigast.",
      "Planen har 1 kommunal indikator. KS tilrår minst 4–5 indikatorar frå dei eigne måla til kommunen, så den kommunale delen av planen blir synleg.",
    ]);
  });

  it("gives both warnings when both apply", () => {
    expect(indicatorAdvice(sources({ stat: 20, kommune: 3 }))).toHaveLength(2);
  });
});
