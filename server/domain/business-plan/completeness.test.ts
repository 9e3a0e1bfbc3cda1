import { describe, expect, it } from "vitest";
import { missingForApproval, shorten } from "./completeness";
import { activity, area, budget, completeSnapshot, foundation, goal, snapshot } from "./fixtures.test-helpers";

describe("missingForApproval", () => {
  it("is empty for a complete plan", () => {
    expect(missingForApproval(completeSnapshot())).toEqual([]);
  });

  it("lists everything an empty plan lacks, in the order of the plan", () => {
    expect(missingForApproval(snapshot({ year: 2027 }))).toEqual([
      "Visjon mangler.",
      "Beskrivelse av kontoret mangler.",
      "Grunnlaget mangler et statlig styringsdokument.",
      "Grunnlaget mangler et kommunalt styringsdokument.",
      "Planen har ingen satsingsområder.",
      "Planen har ingen indikatorer.",
      "Budsjettet for 2027 mangler inntekter og utgifter.",
    ]);
  });

  it("treats blank text as missing", () => {
    expect(missingForApproval(completeSnapshot({ version: { vision: "  ", description: "\n" } }))).toEqual([
      "Visjon mangler.",
      "Beskrivelse av kontoret mangler.",
    ]);
  });

  it("needs a steering document from each line", () => {
    const plan = completeSnapshot();
    plan.foundations = [foundation({ line: "kommune" }), foundation({ line: "kommune" })];
    expect(missingForApproval(plan)).toEqual(["Grunnlaget mangler et statlig styringsdokument."]);
  });

  it("names the satsingsområde without goals and the goal without activities", () => {
    const plan = completeSnapshot();
    plan.focusAreas.push(area({ title: "Bolig" }));
    plan.focusAreas[0]!.goals.push(
      goal({ text: "Alle som søker om sosialhjelp skal få et tilbud om arbeidsrettet aktivitet innen to uker" }),
    );
    expect(missingForApproval(plan)).toEqual([
      "Målet «Alle som søker om sosialhjelp skal få et tilbud om…» har ingen aktiviteter.",
      "Satsingsområdet «Bolig» har ingen mål.",
    ]);
  });

  it("needs this year's income and expenses; zero counts as given", () => {
    expect(missingForApproval(completeSnapshot({ version: { budget: budget({ income: 0, expenses: null }) } }))).toEqual([
      "Budsjettet for 2027 mangler utgifter.",
    ]);
    expect(missingForApproval(completeSnapshot({ version: { budget: budget({ income: null, expenses: 0 }) } }))).toEqual([
      "Budsjettet for 2027 mangler inntekter.",
    ]);
  });

  it("does not ask for more than one activity per goal", () => {
    const plan = snapshot({
      version: { vision: "V", description: "D", budget: budget({ income: 1, expenses: 1 }) },
      foundations: [foundation({ line: "stat" }), foundation({ line: "kommune" })],
      focusAreas: [area({ goals: [goal({ activities: [activity()] })] })],
      indicators: completeSnapshot().indicators.slice(0, 1),
    });
    expect(missingForApproval(plan)).toEqual([]);
  });
});

describe("shorten", () => {
  it("leaves short text alone and cuts long text at a word", () => {
    expect(shorten("Kort mål")).toBe("Kort mål");
    expect(shorten("en to tre fire fem seks", 12)).toBe("en to tre…");
    expect(shorten("x".repeat(80))).toBe(`${"x".repeat(60)}…`);
  });
});
