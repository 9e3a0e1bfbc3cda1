/**
 * Pure aggregation of assessment answers: distributions, the split by side, the
 * disagreement rule and the status history. No database access, so it is tested
 * on fixed fixtures.
 */
import { sides } from "~/db/schema/enums";
import type { Side } from "~/lib/roles";
import type { AreaScore } from "~/lib/mulighetsrom/areas";

export type Distribution = Record<AreaScore, number>;

/** Where one side's answers point, counting only those who gave sterk or kan styrkes. */
export type Leaning = "sterk" | "kan_styrkes" | "delt" | "ingen";

export interface ItemSummary {
  total: Distribution;
  bySide: Record<Side, Distribution>;
  leaningBySide: Record<Side, Leaning>;
  /** One side leans sterk while another leans kan styrkes. */
  disagree: boolean;
}

export const emptyDistribution = (): Distribution => ({ sterk: 0, kan_styrkes: 0, ikke_vurdert: 0 });

export function distributionOf(scores: readonly AreaScore[]): Distribution {
  const result = emptyDistribution();
  for (const score of scores) result[score] += 1;
  return result;
}

/** More than half of the side's opinions (sterk + kan styrkes) decide; a tie is "delt". */
export function leaningOf(d: Distribution): Leaning {
  const opinions = d.sterk + d.kan_styrkes;
  if (opinions === 0) return "ingen";
  if (d.sterk * 2 > opinions) return "sterk";
  if (d.kan_styrkes * 2 > opinions) return "kan_styrkes";
  return "delt";
}

export function sidesDisagree(leanings: Record<Side, Leaning>): boolean {
  const values = Object.values(leanings);
  return values.includes("sterk") && values.includes("kan_styrkes");
}

export function summariseItem(answers: readonly { score: AreaScore; side: Side }[]): ItemSummary {
  const bySide = Object.fromEntries(
    sides.map((side) => [side, distributionOf(answers.filter((a) => a.side === side).map((a) => a.score))]),
  ) as Record<Side, Distribution>;
  const leaningBySide = Object.fromEntries(sides.map((side) => [side, leaningOf(bySide[side])])) as Record<
    Side,
    Leaning
  >;
  return {
    total: distributionOf(answers.map((a) => a.score)),
    bySide,
    leaningBySide,
    disagree: sidesDisagree(leaningBySide),
  };
}

/** Summaries for every item key, including items nobody has answered yet. */
export function summariseAnswers(
  itemKeys: readonly string[],
  answers: readonly { item: string; score: AreaScore; side: Side }[],
): Map<string, ItemSummary> {
  const byItem = new Map<string, { score: AreaScore; side: Side }[]>(itemKeys.map((key) => [key, []]));
  for (const answer of answers) byItem.get(answer.item)?.push(answer);
  return new Map([...byItem].map(([key, list]) => [key, summariseItem(list)]));
}

// History ---------------------------------------------------------------------

export type StatusChange = "forbedret" | "svekket" | "endret" | "uendret";

export interface HistoryStep {
  assessmentId: string;
  status: AreaScore;
  /** Compared with the previous assessment; null for the first. */
  change: StatusChange | null;
  /** e.g. "kan styrkes → sterk"; null when unchanged or first. */
}

const RANK: Partial<Record<AreaScore, number>> = { kan_styrkes: 0, sterk: 1 };

export function changeBetween(from: AreaScore, to: AreaScore): StatusChange {
  if (from === to) return "uendret";
  const a = RANK[from];
  const b = RANK[to];
  if (a === undefined || b === undefined) return "endret";
  return b > a ? "forbedret" : "svekket";
}

/**
 * Per area, how its agreed status moved through the assessments (oldest first).
 * `statuses` maps area number to status; a missing area counts as ikke vurdert.
 */
export function statusHistory(
  areaNos: readonly number[],
  assessments: readonly { id: string; statuses: ReadonlyMap<number, AreaScore> }[],
): Map<number, HistoryStep[]> {
  return new Map(
    areaNos.map((no) => {
      let previous: AreaScore | null = null;
      const steps = assessments.map((a): HistoryStep => {
        const status = a.statuses.get(no) ?? "ikke_vurdert";
        const change = previous === null ? null : changeBetween(previous, status);
        previous = status;
        return { assessmentId: a.id, status, change };
      });
      return [no, steps];
    }),
  );
}
