import { describe, expect, it } from "vitest";
import { changeKindLabels, compareVersions, type ItemDiff } from "./diff";
import { activity, completeSnapshot, copyVersion, foundation, goal, indicator } from "./fixtures.test-helpers";

const nb = (s: string) => s.replaceAll(" ", "\u00a0");
const item = (items: ItemDiff[], key: string) => items.find((i) => i.key === key)!;
const changed = (items: ItemDiff[]) => items.filter((i) => i.change !== "uendret");

describe("compareVersions", () => {
  it("finds nothing in a copied, unchanged plan", () => {
    const before = completeSnapshot();
    const diff = compareVersions(before, copyVersion(before));
    expect(diff.general).toEqual([]);
    expect(diff.items.every((i) => i.change === "uendret" && i.fields.length === 0)).toBe(true);
    // 2 foundations, 2 areas, 3 goals, 4 activities, 4 indicators.
    expect(diff.counts).toEqual({ lagt_til: 0, fjernet: 0, endret: 0, uendret: 15 });
  });

  it("lists items by kind, in the after version's order, with their parents", () => {
    const before = completeSnapshot();
    const diff = compareVersions(before, copyVersion(before));
    expect(diff.items.map((i) => `${i.kind}:${i.key}`)).toEqual([
      "foundation:tildelingsbrev",
      "foundation:samfunnsdel",
      "focus_area:arbeid",
      "focus_area:ungdom",
      "goal:g-arbeid",
      "goal:g-ungdom-1",
      "goal:g-ungdom-2",
      "activity:a1",
      "activity:a2",
      "activity:a3",
      "activity:a4",
      "indicator:i1",
      "indicator:i2",
      "indicator:i3",
      "indicator:i4",
    ]);
    expect(item(diff.items, "g-ungdom-2").parentKey).toBe("ungdom");
    expect(item(diff.items, "a4").parentKey).toBe("g-ungdom-2");
    expect(item(diff.items, "i1").parentKey).toBeUndefined();
  });

  it("reports an added, a removed and a changed goal", () => {
    const before = completeSnapshot();
    const after = copyVersion(before, (copy) => {
      const [arbeid, ungdom] = copy.focusAreas;
      arbeid!.goals.push(goal({ key: "g-ny", text: "Flere i lærlingplass", focusAreaId: arbeid!.id }));
      ungdom!.goals = ungdom!.goals.filter((g) => g.key !== "g-ungdom-1");
      ungdom!.goals[0] = { ...ungdom!.goals[0]!, text: "Alle unge får et tilbud innen to uker", source: "felles", foundationKey: "tildelingsbrev" };
    });
    const diff = compareVersions(before, after);
    expect(changed(diff.items)).toEqual([
      { key: "g-ny", kind: "goal", title: "Flere i lærlingplass", change: "lagt_til", fields: [], parentKey: "arbeid" },
      {
        key: "g-ungdom-2",
        kind: "goal",
        title: "Alle unge får et tilbud innen to uker",
        change: "endret",
        parentKey: "ungdom",
        fields: [
          { field: "text", label: "Mål", before: "Alle unge får tilbud", after: "Alle unge får et tilbud innen to uker" },
          { field: "source", label: "Kilde", before: "Kommune", after: "Felles" },
          { field: "foundationKey", label: "Styringsdokument", before: "Kommuneplanens samfunnsdel", after: "Mål- og disponeringsbrev 2027" },
        ],
      },
      { key: "g-ungdom-1", kind: "goal", title: "Færre unge uføre", change: "fjernet", fields: [], parentKey: "ungdom" },
      // The removed goal's activity goes with it.
      { key: "a3", kind: "activity", title: "Aktivitet a3", change: "fjernet", fields: [], parentKey: "g-ungdom-1" },
    ]);
    expect(diff.counts).toEqual({ lagt_til: 1, fjernet: 2, endret: 1, uendret: 12 });
  });

  it("reports an activity moved to another goal as Plassering, and its own changes", () => {
    const before = completeSnapshot();
    const after = copyVersion(before, (copy) => {
      const from = copy.focusAreas[0]!.goals[0]!;
      const to = copy.focusAreas[1]!.goals[1]!;
      const moved = from.activities.shift()!;
      to.activities.push({ ...moved, goalId: to.id, timingKind: "halvar", timingValue: "2027-H2", status: "fullfort" });
    });
    const diff = compareVersions(before, after);
    expect(changed(diff.items)).toEqual([
      {
        key: "a1",
        kind: "activity",
        title: "Jobbmesse for unge",
        change: "endret",
        parentKey: "g-ungdom-2",
        fields: [
          { field: "timing", label: "Når", before: "mars 2027", after: "2. halvår 2027" },
          { field: "status", label: "Status", before: "Ikke startet", after: "Fullført" },
          { field: "placement", label: "Plassering", before: "Mål «Flere unge i arbeid»", after: "Mål «Alle unge får tilbud»" },
        ],
      },
    ]);
  });

  it("reports a reorder among siblings once, and not the items that only shifted", () => {
    const before = completeSnapshot();
    const after = copyVersion(before, (copy) => {
      copy.indicators = [copy.indicators[3]!, copy.indicators[0]!, copy.indicators[1]!, copy.indicators[2]!];
      // A new activity first under a goal shifts the others without moving them.
      copy.focusAreas[0]!.goals[0]!.activities.unshift(activity({ key: "a-ny", text: "Ny aktivitet" }));
    });
    const diff = compareVersions(before, after);
    expect(changed(diff.items).map((i) => [i.key, i.change, i.fields])).toEqual([
      ["a-ny", "lagt_til", []],
      ["i4", "endret", [{ field: "placement", label: "Plassering", before: "Nr. 4", after: "Nr. 1" }]],
    ]);
  });

  it("formats indicator changes for display", () => {
    const before = completeSnapshot();
    const after = copyVersion(before, (copy) => {
      copy.indicators[2] = { ...copy.indicators[2]!, targetValue: 5.8, baseline: 7.25, periodKind: "maned" };
      copy.indicators.push(indicator({ key: "i5", name: "Ny" }));
    });
    const diff = compareVersions(before, after);
    expect(item(diff.items, "i3").fields).toEqual([
      { field: "baseline", label: "Utgangspunkt", before: "–", after: "7,25" },
      { field: "target", label: "Mål", before: nb("< 6,3 %"), after: nb("< 5,8 %") },
      { field: "periodKind", label: "Måles per", before: "Tertial", after: "Måned" },
    ]);
    expect(item(diff.items, "i5").change).toBe("lagt_til");
  });

  it("reports foundation and satsingsområde changes", () => {
    const before = completeSnapshot();
    const after = copyVersion(before, (copy) => {
      copy.foundations[1] = { ...copy.foundations[1]!, url: "https://kommune.no/plan" };
      copy.foundations.push(foundation({ key: "budsjett", line: "kommune", title: "Budsjett 2027" }));
      copy.focusAreas[0] = { ...copy.focusAreas[0]!, title: "Arbeid og aktivitet" };
    });
    const diff = compareVersions(before, after);
    expect(item(diff.items, "samfunnsdel").fields).toEqual([
      { field: "url", label: "Lenke", before: "–", after: "https://kommune.no/plan" },
    ]);
    expect(item(diff.items, "budsjett").change).toBe("lagt_til");
    expect(item(diff.items, "arbeid")).toMatchObject({ title: "Arbeid og aktivitet", change: "endret" });
    // A renamed parent is not a move for its goals.
    expect(item(diff.items, "g-arbeid").change).toBe("uendret");
  });

  it("reports changes to the budget, årsverk and vision in general", () => {
    const before = completeSnapshot();
    const after = copyVersion(before, (copy) => {
      copy.version.budget.budgetThisYear.expenses = 1_200_000;
      copy.version.budget.accountsLastYear.income = 800_000;
      copy.version.statePositions = 23;
      copy.version.vision = "Alle i arbeid";
    });
    const diff = compareVersions(before, after);
    expect(diff.general).toEqual([
      { field: "vision", label: "Visjon", before: "Flere i arbeid og aktivitet", after: "Alle i arbeid" },
      { field: "statePositions", label: "Statlige årsverk", before: "22,5", after: "23" },
      { field: "budget.budgetThisYear.expenses", label: "Budsjett 2027: utgifter", before: nb("950 000 kr"), after: nb("1 200 000 kr") },
      { field: "budget.accountsLastYear.income", label: "Regnskap 2026: inntekter", before: "–", after: nb("800 000 kr") },
    ]);
    expect(diff.counts.endret).toBe(0);
  });

  it("names the fields in the reader's language; what people wrote stays as written", () => {
    const before = completeSnapshot();
    const after = copyVersion(before, (copy) => {
      copy.version.budget.accountsLastYear.income = 800_000;
      copy.version.vision = "Alle i arbeid";
    });
    expect(compareVersions(before, after, "nn").general).toEqual([
      { field: "vision", label: "Visjon", before: "Flere i arbeid og aktivitet", after: "Alle i arbeid" },
      { field: "budget.accountsLastYear.income", label: "Rekneskap 2026: inntekter", before: "–", after: nb("800 000 kr") },
    ]);
  });

  it("ignores ids, row versions and raw positions", () => {
    const before = completeSnapshot();
    const after = copyVersion(before, (copy) => {
      copy.version.version = 9;
      copy.indicators = copy.indicators.map((i) => ({ ...i, version: 4, position: i.position * 10 }));
    });
    expect(compareVersions(before, after).counts.uendret).toBe(15);
  });

  it("has Norwegian labels for each kind of change", () => {
    expect(changeKindLabels).toEqual({ lagt_til: "Lagt til", fjernet: "Fjernet", endret: "Endret", uendret: "Uendret" });
  });
});
