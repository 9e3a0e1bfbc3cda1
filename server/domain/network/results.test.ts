import { describe, expect, it } from "vitest";
import {
  evaluationResults,
  expectationMatrices,
  expectationTargetOf,
  guard,
  percent,
  priorityResults,
  proposedStatuses,
  selfAssessmentResults,
  shownAfterSuppression,
  type AnswerRow,
  type Guarded,
} from "./results";
import type { RoleGroup } from "~/lib/workshop/labels";

const A = "kontor-a";
const B = "kontor-b";

function row(participantId: string, item: string, value: string, over: Partial<AnswerRow> = {}): AnswerRow {
  return { participantId, item, value, roleGroup: "navledere", partnershipId: A, themeId: null, ...over };
}

/** The numbers of a guarded result; fails the test when it says "too few". */
function shown<T>(result: Guarded<T>): T {
  if (result.tooFew) throw new Error("expected numbers, got tooFew");
  return result;
}

describe("guard (the anonymity threshold)", () => {
  it("hides a group of 2 and shows a group of 3", () => {
    expect(guard(0, () => ({ n: 1 }))).toEqual({ tooFew: true });
    expect(guard(2, () => ({ n: 1 }))).toEqual({ tooFew: true });
    expect(guard(3, () => ({ n: 1 }))).toEqual({ tooFew: false, n: 1 });
  });
});

describe("selfAssessmentResults", () => {
  // Office A: a1–a3; office B: b1–b2; a fylke person without an office: f1.
  const rows: AnswerRow[] = [
    // Area 1: sterk, sterk, kan styrkes in A; sterk in B and from f1 → total 4 sterk, 1 kan styrkes.
    row("a1", "1", "sterk"),
    row("a2", "1", "sterk"),
    row("a3", "1", "kan_styrkes"),
    row("b1", "1", "sterk", { partnershipId: B }),
    row("f1", "1", "sterk", { partnershipId: null, roleGroup: "fylke" }),
    // Area 2: a tie in A (1 sterk, 1 kan styrkes, 1 ikke vurdert); total 2–2 with B's kan styrkes.
    row("a1", "2", "sterk"),
    row("a2", "2", "kan_styrkes"),
    row("a3", "2", "ikke_vurdert"),
    row("b2", "2", "kan_styrkes", { partnershipId: B }),
    // Area 3: two answers in all.
    row("a1", "3", "kan_styrkes"),
    row("b1", "3", "kan_styrkes", { partnershipId: B }),
    // Area 4: only "ikke vurdert".
    row("a1", "4", "ikke_vurdert"),
    row("a2", "4", "ikke_vurdert"),
    row("a3", "4", "ikke_vurdert"),
    // Area 5: kan styrkes wins in A.
    row("a1", "5", "kan_styrkes"),
    row("a2", "5", "kan_styrkes"),
    row("a3", "5", "sterk"),
  ];
  const result = selfAssessmentResults(rows);
  const area = (list: { areaNo: number; result: Guarded<unknown> }[], no: number) => list.find((a) => a.areaNo === no)!.result;

  it("counts respondents and has all 20 areas at every level", () => {
    expect(result.respondents).toBe(6);
    expect(result.areas.map((a) => a.areaNo)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(result.partnerships.map((p) => [p.partnershipId, p.respondents])).toEqual([
      [A, 3],
      [B, 2],
    ]);
    for (const p of result.partnerships) expect(p.areas).toHaveLength(20);
  });

  it("totals per area over everyone, with the leaning and ties", () => {
    expect(area(result.areas, 1)).toEqual({ tooFew: false, distribution: { sterk: 4, kan_styrkes: 1, ikke_vurdert: 0 }, leaning: "sterk" });
    expect(area(result.areas, 2)).toEqual({ tooFew: false, distribution: { sterk: 1, kan_styrkes: 2, ikke_vurdert: 1 }, leaning: "kan_styrkes" });
    expect(area(result.areas, 4)).toEqual({ tooFew: false, distribution: { sterk: 0, kan_styrkes: 0, ikke_vurdert: 3 }, leaning: "ingen" });
  });

  it("shows an area total of 2 answers only as too few, and of 3 as numbers", () => {
    expect(area(result.areas, 3)).toEqual({ tooFew: true });
    expect(area(result.areas, 20)).toEqual({ tooFew: true });
    expect(shown(area(result.areas, 5) as Guarded<{ distribution: object }>).distribution).toEqual({ sterk: 1, kan_styrkes: 2, ikke_vurdert: 0 });
  });

  it("totals per office, and hides an office of 2", () => {
    const a = result.partnerships.find((p) => p.partnershipId === A)!;
    const b = result.partnerships.find((p) => p.partnershipId === B)!;
    expect(area(a.areas, 5)).toEqual({ tooFew: false, distribution: { sterk: 1, kan_styrkes: 2, ikke_vurdert: 0 }, leaning: "kan_styrkes" });
    // Office A has three respondents, but area 3 has one answer from A: hidden too.
    expect(area(a.areas, 3)).toEqual({ tooFew: true });
    expect(b.areas.every((x) => x.result.tooFew)).toBe(true);
  });

  it("hides an office too when the area total minus the offices shown would give away one or two answers", () => {
    const a = result.partnerships.find((p) => p.partnershipId === A)!;
    // Area 1 has 5 answers, 3 of them A's: the total minus A would be b1's and f1's answers.
    expect(area(a.areas, 1)).toEqual({ tooFew: true });
    expect(area(a.areas, 2)).toEqual({ tooFew: true });
    // With three more answers outside A, what is hidden is a group of three, and A shows.
    const more = [...rows, row("c1", "1", "sterk", { partnershipId: "c" }), row("c2", "1", "sterk", { partnershipId: "c" })];
    const shownA = selfAssessmentResults(more).partnerships.find((p) => p.partnershipId === A)!;
    expect(area(shownA.areas, 1)).toMatchObject({ tooFew: false, leaning: "sterk" });
  });

  it("leaves out offices that do not share, and counts their answers as hidden", () => {
    const onlyB = selfAssessmentResults(rows, new Set([B]));
    expect(onlyB.partnerships.map((p) => p.partnershipId)).toEqual([B]);
    // The area totals still count everyone.
    expect(area(onlyB.areas, 1)).toMatchObject({ tooFew: false, distribution: { sterk: 4, kan_styrkes: 1, ikke_vurdert: 0 } });
  });

  it("ignores values that are not scores", () => {
    const r = selfAssessmentResults([row("a1", "6", "sterk"), row("a2", "6", "sterk"), row("a3", "6", "nonsense")]);
    expect(area(r.areas, 6)).toEqual({ tooFew: true });
  });

  it("proposes statuses from a clear leaning, ikke vurdert for a tie or nothing, and null below three respondents", () => {
    const proposal = proposedStatuses(rows, A)!;
    expect(proposal.size).toBe(20);
    expect(proposal.get(1)).toBe("sterk");
    expect(proposal.get(2)).toBe("ikke_vurdert"); // 1–1 tie
    expect(proposal.get(4)).toBe("ikke_vurdert"); // no opinions
    expect(proposal.get(5)).toBe("kan_styrkes");
    expect(proposal.get(20)).toBe("ikke_vurdert"); // not answered
    expect(proposedStatuses(rows, B)).toBeNull();
    expect(proposedStatuses(rows, "finnes-ikke")).toBeNull();
  });
});

describe("priorityResults", () => {
  const votes = (participantId: string, partnershipId: string | null, first: number, second: number, third: number) => [
    row(participantId, "1", String(first), { partnershipId }),
    row(participantId, "2", String(second), { partnershipId }),
    row(participantId, "3", String(third), { partnershipId }),
  ];
  // A: p1–p3; B: q1–q2.
  const rows = [
    ...votes("p1", A, 5, 3, 7),
    ...votes("p2", A, 3, 5, 9),
    ...votes("p3", A, 5, 9, 3),
    ...votes("q1", B, 12, 11, 5),
    ...votes("q2", B, 11, 12, 14),
  ];

  it("ranks by votes, then first choices, then area number", () => {
    const result = priorityResults(rows);
    expect(result.respondents).toBe(5);
    expect(shown(result.areas).ranking).toEqual([
      { areaNo: 5, votes: 4, firstChoice: 2 },
      { areaNo: 3, votes: 3, firstChoice: 1 },
      // 11 and 12: two votes and one first choice each → the lower number first.
      { areaNo: 11, votes: 2, firstChoice: 1 },
      { areaNo: 12, votes: 2, firstChoice: 1 },
      { areaNo: 9, votes: 2, firstChoice: 0 },
      // One vote, no first choice each.
      { areaNo: 7, votes: 1, firstChoice: 0 },
      { areaNo: 14, votes: 1, firstChoice: 0 },
    ]);
  });

  it("gives each office of three its top three, and hides an office of two and the office that would give it away", () => {
    const withC = [...rows, ...votes("c1", "c", 1, 2, 3), ...votes("c2", "c", 1, 2, 4), ...votes("c3", "c", 1, 2, 3), ...votes("c4", "c", 2, 1, 3)];
    const result = priorityResults(withC);
    const top = (id: string) => result.partnerships.find((p) => p.partnershipId === id)!;
    expect(top(B)).toEqual({ partnershipId: B, respondents: 2, top: { tooFew: true } });
    // All minus C minus A would be B's two: the smaller of A (3) and C (4) is hidden as well.
    expect(top(A).top).toEqual({ tooFew: true });
    expect(shown(top("c").top).ranking.map((v) => v.areaNo)).toEqual([1, 2, 3]);
    const threeEach = priorityResults([...withC, ...votes("q3", B, 12, 11, 14)]);
    expect(shown(threeEach.partnerships.find((p) => p.partnershipId === A)!.top).ranking.map((v) => v.areaNo)).toEqual([5, 3, 9]);
  });

  it("hides the whole ranking when only two answered", () => {
    expect(priorityResults([...votes("p1", A, 1, 2, 3), ...votes("p2", A, 1, 2, 3)]).areas).toEqual({ tooFew: true });
  });

  it("skips votes that are not an area", () => {
    const result = priorityResults([...votes("p1", A, 1, 2, 3), ...votes("p2", A, 1, 2, 3), row("p3", "1", "21"), row("p3", "2", "x"), row("p3", "3", "1")]);
    expect(shown(result.areas).ranking).toEqual([
      { areaNo: 1, votes: 3, firstChoice: 2 },
      { areaNo: 2, votes: 2, firstChoice: 0 },
      { areaNo: 3, votes: 2, firstChoice: 0 },
    ]);
  });
});

describe("expectationMatrices", () => {
  const themes = [
    { id: "t1", target: "radmann" as const, label: "Tydelig eierstyring" },
    { id: "t2", target: "radmann" as const, label: "Ressurser til partnerskapet" },
    { id: "t3", target: "fylkesdirektor" as const, label: "Felles kompetanseløft" },
  ];
  const e = (participantId: string, roleGroup: RoleGroup, item: string, themeId: string | null, value = "En forventning") =>
    row(participantId, item, value, { roleGroup, themeId, partnershipId: roleGroup === "fylke" ? null : A });
  const rows = [
    // Nav-ledere (3) about the rådmann.
    e("n1", "navledere", "radmann-1", "t1"),
    e("n2", "navledere", "radmann-1", "t1"),
    e("n3", "navledere", "radmann-1", "t2"),
    e("n1", "navledere", "radmann-2", null),
    // Rådmenn (3); r1's second has a theme of the other owner (unsorted here, not counted there).
    e("r1", "radmenn", "radmann-1", "t1"),
    e("r2", "radmenn", "radmann-1", "t2"),
    e("r3", "radmenn", "radmann-1", null),
    e("r1", "radmenn", "radmann-2", "t3"),
    // Fylke (2): too few.
    e("f1", "fylke", "radmann-1", "t1"),
    e("f2", "fylke", "radmann-1", "t1"),
    // A blank text is not an expectation.
    e("r2", "radmenn", "radmann-3", null, "   "),
    // About the fylkesdirektør: three Nav-ledere (one under a deleted theme) and one from fylke.
    e("n1", "navledere", "fylkesdirektor-1", "t3"),
    e("n2", "navledere", "fylkesdirektor-1", "t3"),
    e("f1", "fylke", "fylkesdirektor-1", "t3"),
    // A theme that no longer exists: unsorted.
    e("n3", "navledere", "fylkesdirektor-1", "slettet"),
  ];
  const [radmann, fylkesdirektor] = expectationMatrices(rows, themes);

  it("reads the owner from the item", () => {
    expect(expectationTargetOf("radmann-2")).toBe("radmann");
    expect(expectationTargetOf("fylkesdirektor-1")).toBe("fylkesdirektor");
    expect(expectationTargetOf("ordfører-1")).toBeNull();
    expect(expectationTargetOf("")).toBeNull();
  });

  it("counts theme × role group, with too-small groups as null", () => {
    expect(radmann!.target).toBe("radmann");
    expect(radmann!.groups).toEqual([
      { roleGroup: "fylke", respondents: 2, tooFew: true },
      { roleGroup: "radmenn", respondents: 3, tooFew: false },
      { roleGroup: "navledere", respondents: 3, tooFew: false },
      { roleGroup: "avdelingsledere", respondents: 0, tooFew: true },
    ]);
    expect(radmann!.rows).toEqual([
      // The total leaves out the hidden fylke group, so it cannot be subtracted to find it.
      { themeId: "t1", label: "Tydelig eierstyring", total: 3, byGroup: { fylke: null, radmenn: 1, navledere: 2, avdelingsledere: null } },
      { themeId: "t2", label: "Ressurser til partnerskapet", total: 2, byGroup: { fylke: null, radmenn: 1, navledere: 1, avdelingsledere: null } },
    ]);
  });

  it("counts unsorted expectations, including one under the other owner's theme", () => {
    // n1's second, r3's, and r1's second (under a fylkesdirektør theme).
    expect(radmann!.unsorted).toBe(3);
    expect(fylkesdirektor!.unsorted).toBe(1);
  });

  it("keeps each owner's themes in its own matrix", () => {
    expect(fylkesdirektor!.rows).toEqual([
      { themeId: "t3", label: "Felles kompetanseløft", total: 2, byGroup: { fylke: null, radmenn: null, navledere: 2, avdelingsledere: null } },
    ]);
    expect(fylkesdirektor!.groups.map((g) => [g.roleGroup, g.respondents])).toEqual([
      ["fylke", 1],
      ["radmenn", 0],
      ["navledere", 3],
      ["avdelingsledere", 0],
    ]);
  });

  it("gives both matrices, empty, with no answers", () => {
    const empty = expectationMatrices([], themes);
    expect(empty.map((m) => [m.target, m.rows.map((r) => r.total), m.unsorted])).toEqual([
      ["radmann", [0, 0], 0],
      ["fylkesdirektor", [0], 0],
    ]);
  });
});

describe("evaluationResults", () => {
  /** `high` answers of 5 or 6 and the rest spread over 0–4, from participants s<i>. */
  function statement(index: number, total: number, high: number) {
    return Array.from({ length: total }, (_, i) => row(`s${i}`, String(index), i < high ? String(5 + (i % 2)) : String(i % 5)));
  }
  const statements = ["Alt i alt nyttig", "Erfaringsdeling nyttig", "Ny kunnskap", "Inspirasjon", "Motivasjon", "Tidsbruk"];
  const rows = [
    ...statement(0, 26, 19),
    ...statement(1, 24, 16),
    ...statement(2, 21, 18),
    ...statement(3, 20, 0),
    ...statement(4, 2, 2),
    ...statement(5, 3, 1),
  ];
  const result = evaluationResults(rows, statements);
  const share = (i: number) => shown(result.statements[i]!.result).highShare;

  it("gives the share answering 5 or 6, as in the report", () => {
    expect(share(0)).toBe(73); // 19 of 26
    expect(share(1)).toBe(67); // 16 of 24
    expect(share(2)).toBe(86); // 18 of 21
    expect(share(3)).toBe(0); // 0 of 20
  });

  it("counts answers per statement and respondents over all", () => {
    expect(result.respondents).toBe(26);
    expect(result.statements.map((s) => [s.index, s.text, s.answers])).toEqual([
      [0, "Alt i alt nyttig", 26],
      [1, "Erfaringsdeling nyttig", 24],
      [2, "Ny kunnskap", 21],
      [3, "Inspirasjon", 20],
      [4, "Motivasjon", 2],
      [5, "Tidsbruk", 3],
    ]);
  });

  it("gives the distribution over 0–6", () => {
    const d = shown(result.statements[0]!.result).distribution;
    expect(d).toHaveLength(7);
    expect(d.reduce((a, b) => a + b, 0)).toBe(26);
    expect(d[5]! + d[6]!).toBe(19);
    // s0..s18 alternate 5, 6: ten fives, nine sixes.
    expect([d[5], d[6]]).toEqual([10, 9]);
  });

  it("hides a statement with 2 answers, shows one with 3", () => {
    expect(result.statements[4]!.result).toEqual({ tooFew: true });
    expect(shown(result.statements[5]!.result)).toEqual({ tooFew: false, distribution: [0, 1, 1, 0, 0, 1, 0], highShare: 33 });
  });

  it("ignores values off the scale, and a statement nobody answered is too few", () => {
    const r = evaluationResults([row("x", "0", "7"), row("y", "0", "-1"), row("z", "0", "seks"), row("w", "0", "6")], ["Eneste"]);
    expect(r.statements[0]!.answers).toBe(1);
    expect(evaluationResults([], ["Eneste"]).statements[0]!.result).toEqual({ tooFew: true });
  });

  it("rounds whole percentages half up, and 0 of 0 is 0", () => {
    expect([percent(19, 26), percent(16, 24), percent(18, 21), percent(0, 20), percent(0, 0), percent(1, 8), percent(3, 3)]).toEqual([
      73, 67, 86, 0, 0, 13, 100,
    ]);
  });
});

describe("shownAfterSuppression", () => {
  it("shows every part of three or more when nothing, or three or more, is hidden", () => {
    expect([...shownAfterSuppression(9, [{ key: "a", size: 3 }, { key: "b", size: 6 }])]).toEqual(["a", "b"]);
    expect([...shownAfterSuppression(12, [{ key: "a", size: 3 }, { key: "b", size: 6 }])]).toEqual(["a", "b"]);
  });

  it("hides the smallest shown parts until what is hidden is at least three", () => {
    expect([...shownAfterSuppression(10, [{ key: "a", size: 3 }, { key: "b", size: 6 }])]).toEqual(["b"]);
    expect([...shownAfterSuppression(4, [{ key: "a", size: 3 }])]).toEqual([]);
    expect([...shownAfterSuppression(8, [{ key: "a", size: 3 }, { key: "b", size: 3 }, { key: "c", size: 1 }])]).toEqual(["b"]);
  });
});
