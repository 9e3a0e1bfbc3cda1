import { describe, expect, it } from "vitest";
import { MAX_PRIORITIES } from "./areas";
import { consideredWithPriorities, priorityProblem } from "./priorities";

describe("priorityProblem", () => {
  it("allows three prioritised areas with one of them as the main area", () => {
    expect(MAX_PRIORITIES).toBe(3);
    expect(priorityProblem({ considered: [], prioritised: [2, 6, 15], main: 6 })).toBeNull();
  });

  it("refuses a fourth prioritised area with the model's rule in Norwegian", () => {
    expect(priorityProblem({ considered: [], prioritised: [2, 6, 15, 17], main: 6 })).toEqual({
      field: "prioritised",
      message: "Dere kan prioritere høyst 3 områder. Fjern en prioritering før du legger til en ny.",
    });
  });

  it("counts an area named twice once", () => {
    expect(priorityProblem({ considered: [], prioritised: [2, 2, 6, 15], main: 2 })).toBeNull();
  });

  it("requires a main area when something is prioritised", () => {
    expect(priorityProblem({ considered: [1], prioritised: [2, 6], main: null })).toEqual({
      field: "main",
      message: "Velg hvilket av de prioriterte områdene som er hovedområdet.",
    });
  });

  it("requires the main area to be among the prioritised", () => {
    expect(priorityProblem({ considered: [9], prioritised: [2, 6], main: 9 })).toEqual({
      field: "main",
      message: "Hovedområdet må være et av de prioriterte områdene.",
    });
    expect(priorityProblem({ considered: [], prioritised: [], main: 4 })).toMatchObject({ field: "main" });
  });

  it("allows no priorities and no main area", () => {
    expect(priorityProblem({ considered: [1, 2, 3], prioritised: [], main: null })).toBeNull();
    expect(priorityProblem({ considered: [], prioritised: [], main: null })).toBeNull();
  });
});

describe("consideredWithPriorities", () => {
  it("adds the prioritised areas to those considered, once each", () => {
    expect([...consideredWithPriorities({ considered: [1, 4], prioritised: [4, 9], main: 9 })].sort((a, b) => a - b)).toEqual([
      1, 4, 9,
    ]);
  });

  it("is only the considered areas when nothing is prioritised", () => {
    expect([...consideredWithPriorities({ considered: [3], prioritised: [], main: null })]).toEqual([3]);
  });
});
