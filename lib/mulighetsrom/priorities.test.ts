import { describe, expect, it } from "vitest";
import { MAX_PRIORITIES } from "./areas";
import { consideredWithPriorities, priorityProblem, togglePriority, type PriorityProblem } from "./priorities";
import { renderText } from "~/lib/i18n/text";

/** The problem with its message rendered, as a reader of the given language sees it. */
const rendered = (problem: PriorityProblem | null, locale: "nb" | "nn" = "nb") =>
  problem && { field: problem.field, message: renderText(problem.message, locale) };

describe("priorityProblem", () => {
  it("allows three prioritised areas with one of them as the main area", () => {
    expect(MAX_PRIORITIES).toBe(3);
    expect(priorityProblem({ considered: [], prioritised: [2, 6, 15], main: 6 })).toBeNull();
  });

  it("refuses a fourth prioritised area with the model's rule in Norwegian", () => {
    expect(rendered(priorityProblem({ considered: [], prioritised: [2, 6, 15, 17], main: 6 }))).toEqual({
      field: "prioritised",
      message: "Dere kan prioritere høyst 3 områder. Fjern en prioritering før du legger til en ny.",
    });
    expect(rendered(priorityProblem({ considered: [], prioritised: [2, 6, 15, 17], main: 6 }), "nn")).toEqual({
      field: "prioritised",
      message: "De kan prioritere høgst 3 område. Fjern ei prioritering før du legg til ei ny.",
    });
  });

  it("counts an area named twice once", () => {
    expect(priorityProblem({ considered: [], prioritised: [2, 2, 6, 15], main: 2 })).toBeNull();
  });

  it("requires a main area when something is prioritised", () => {
    expect(rendered(priorityProblem({ considered: [1], prioritised: [2, 6], main: null }))).toEqual({
      field: "main",
      message: "Velg hvilket av de prioriterte områdene som er hovedområdet.",
    });
  });

  it("requires the main area to be among the prioritised", () => {
    expect(rendered(priorityProblem({ considered: [9], prioritised: [2, 6], main: 9 }))).toEqual({
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

describe("togglePriority", () => {
  it("refuses a fourth priority and leaves the three and the main area as they were", () => {
    const result = togglePriority({ prioritised: [2, 6, 15], main: 6 }, 17, true);
    expect(result.refused && renderText(result.refused, "nb")).toBe("Dere kan prioritere høyst 3 områder. Fjern en prioritering før du legger til en ny.");
    expect(result.prioritised).toEqual([2, 6, 15]);
    expect(result.main).toBe(6);
  });

  it("never lets the count pass the maximum, however many are ticked", () => {
    let choice: { prioritised: number[]; main: number | null } = { prioritised: [], main: null };
    for (const no of [1, 2, 3, 4, 5]) choice = togglePriority(choice, no, true);
    expect(choice.prioritised).toHaveLength(MAX_PRIORITIES);
  });

  it("takes a new priority once one is removed", () => {
    const fewer = togglePriority({ prioritised: [2, 6, 15], main: 6 }, 15, false);
    const result = togglePriority(fewer, 17, true);
    expect(result.refused).toBeNull();
    expect(result.prioritised).toEqual([2, 6, 17]);
  });

  it("makes the first priority the main area", () => {
    expect(togglePriority({ prioritised: [], main: null }, 9, true)).toEqual({ prioritised: [9], main: 9, refused: null });
  });

  it("hands the main area to the one priority left when the main area is unticked", () => {
    expect(togglePriority({ prioritised: [4, 9], main: 9 }, 9, false)).toEqual({ prioritised: [4], main: 4, refused: null });
    expect(togglePriority({ prioritised: [4, 9, 12], main: 9 }, 9, false).main).toBeNull();
  });

  it("counts ticking an area that is already prioritised once", () => {
    expect(togglePriority({ prioritised: [2, 6, 15], main: 6 }, 15, true)).toEqual({ prioritised: [2, 6, 15], main: 6, refused: null });
  });
});
