/**
 * Pure aggregation of live workshop answers, one function per task kind. Every group
 * smaller than MIN_GROUP_SIZE comes back as { tooFew: true } and never with its numbers,
 * so no screen, report or export can show a result that points at one person.
 */
import { areaScores, expectationTargets, roleGroups } from "~/db/schema/enums";
import { areas, type AreaScore } from "~/lib/mulighetsrom/areas";
import { distributionOf, leaningOf, type Distribution } from "~/server/domain/mulighetsrom/aggregation";
import {
  EVALUATION_HIGH,
  EVALUATION_MAX,
  MIN_GROUP_SIZE,
  PRIORITY_VOTES,
  type ExpectationTarget,
  type RoleGroup,
} from "~/lib/workshop/labels";

export interface AnswerRow {
  participantId: string;
  item: string;
  value: string;
  roleGroup: RoleGroup;
  partnershipId: string | null;
  themeId: string | null;
}

export type Guarded<T> = ({ tooFew: false } & T) | { tooFew: true };

/** The result of a group, or only "too few" when fewer than MIN_GROUP_SIZE answered. */
export function guard<T>(respondents: number, build: () => T): Guarded<T> {
  return respondents < MIN_GROUP_SIZE ? { tooFew: true } : { tooFew: false, ...build() };
}

const respondentsOf = (rows: readonly AnswerRow[]) => new Set(rows.map((r) => r.participantId)).size;

/**
 * Secondary suppression. When a total is shown next to some of its parts, the total minus the
 * shown parts reveals the hidden ones; if they hold 1 or 2 answers, that points at people. So the
 * smallest shown parts are hidden too, until what is hidden is nothing or at least MIN_GROUP_SIZE.
 * Returns the keys to show.
 */
export function shownAfterSuppression<K>(total: number, parts: readonly { key: K; size: number }[]): Set<K> {
  const shown = parts.filter((p) => p.size >= MIN_GROUP_SIZE).sort((a, b) => a.size - b.size);
  const hidden = () => total - shown.reduce((sum, p) => sum + p.size, 0);
  while (shown.length > 0 && hidden() > 0 && hidden() < MIN_GROUP_SIZE) shown.shift();
  return new Set(shown.map((p) => p.key));
}

/** Per office, only those in `visible` (the members sharing this kind of result); null means all. */
const byOffice = (rows: readonly AnswerRow[], visible: ReadonlySet<string> | null) =>
  groupBy(
    rows.filter((r) => r.partnershipId !== null && (visible === null || visible.has(r.partnershipId))),
    (r) => r.partnershipId!,
  );

const groupBy = <K, T>(rows: readonly T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
};

const isAreaScore = (value: string): value is AreaScore => (areaScores as readonly string[]).includes(value);

// Self-assessment ---------------------------------------------------------------

export interface AreaTally {
  distribution: Distribution;
  /** Where the opinions point: sterk, kan_styrkes, delt (a tie) or ingen. */
  leaning: ReturnType<typeof leaningOf>;
}

export interface SelfAssessmentResult {
  respondents: number;
  /** Per area, over everyone who answered. */
  areas: { areaNo: number; result: Guarded<AreaTally> }[];
  /** Per partnership and area. */
  partnerships: { partnershipId: string; respondents: number; areas: { areaNo: number; result: Guarded<AreaTally> }[] }[];
}

function tallyArea(rows: readonly AnswerRow[], areaNo: number): Guarded<AreaTally> {
  const scores = rows.filter((r) => r.item === String(areaNo) && isAreaScore(r.value)).map((r) => r.value as AreaScore);
  return guard(scores.length, () => {
    const distribution = distributionOf(scores);
    return { distribution, leaning: leaningOf(distribution) };
  });
}

export function selfAssessmentResults(rows: readonly AnswerRow[], visible: ReadonlySet<string> | null = null): SelfAssessmentResult {
  const offices = [...byOffice(rows, visible).entries()];
  const answersTo = (list: readonly AnswerRow[], areaNo: number) => list.filter((r) => r.item === String(areaNo) && isAreaScore(r.value)).length;
  const shownPerArea = new Map(
    areas.map((a) => [
      a.no,
      shownAfterSuppression(
        answersTo(rows, a.no),
        offices.map(([key, own]) => ({ key, size: answersTo(own, a.no) })),
      ),
    ]),
  );
  return {
    respondents: respondentsOf(rows),
    areas: areas.map((a) => ({ areaNo: a.no, result: tallyArea(rows, a.no) })),
    partnerships: offices.map(([partnershipId, own]) => ({
      partnershipId,
      respondents: respondentsOf(own),
      areas: areas.map((a) => ({
        areaNo: a.no,
        result: shownPerArea.get(a.no)!.has(partnershipId) ? tallyArea(own, a.no) : { tooFew: true as const },
      })),
    })),
  };
}

/**
 * What a partnership's answers propose as its agreed status per area: the leaning when it is
 * clear and at least MIN_GROUP_SIZE answered it, otherwise ikke vurdert (a tie is for the partnership
 * to settle). Null when too few from the office answered at all.
 */
export function proposedStatuses(rows: readonly AnswerRow[], partnershipId: string): Map<number, AreaScore> | null {
  const own = rows.filter((r) => r.partnershipId === partnershipId);
  if (respondentsOf(own) < MIN_GROUP_SIZE) return null;
  const result = new Map<number, AreaScore>();
  for (const a of areas) {
    const scores = own.filter((r) => r.item === String(a.no) && isAreaScore(r.value)).map((r) => r.value as AreaScore);
    // An area only a person or two answered proposes nothing: the status would be theirs.
    const leaning = scores.length < MIN_GROUP_SIZE ? "ingen" : leaningOf(distributionOf(scores));
    result.set(a.no, leaning === "sterk" || leaning === "kan_styrkes" ? leaning : "ikke_vurdert");
  }
  return result;
}

// Priorities -------------------------------------------------------------------

export interface AreaVotes {
  areaNo: number;
  votes: number;
  /** Votes given as first choice (proposed main area). */
  firstChoice: number;
}

export interface PriorityResult {
  respondents: number;
  /** Every area with at least one vote, most votes first. */
  areas: Guarded<{ ranking: AreaVotes[] }>;
  /** Each partnership's top three; the first is its proposed main area. */
  partnerships: { partnershipId: string; respondents: number; top: Guarded<{ ranking: AreaVotes[] }> }[];
}

/** Most votes first; then most first choices; then the lower area number, so the order is stable. */
const byVotes = (a: AreaVotes, b: AreaVotes) => b.votes - a.votes || b.firstChoice - a.firstChoice || a.areaNo - b.areaNo;

function rankAreas(rows: readonly AnswerRow[]): AreaVotes[] {
  const tally = new Map<number, AreaVotes>();
  for (const row of rows) {
    const areaNo = Number(row.value);
    if (!Number.isInteger(areaNo) || areaNo < 1 || areaNo > areas.length) continue;
    const entry = tally.get(areaNo) ?? { areaNo, votes: 0, firstChoice: 0 };
    entry.votes += 1;
    if (row.item === "1") entry.firstChoice += 1;
    tally.set(areaNo, entry);
  }
  return [...tally.values()].sort(byVotes);
}

export function priorityResults(rows: readonly AnswerRow[], visible: ReadonlySet<string> | null = null): PriorityResult {
  const offices = [...byOffice(rows, visible).entries()];
  const shown = shownAfterSuppression(
    respondentsOf(rows),
    offices.map(([key, own]) => ({ key, size: respondentsOf(own) })),
  );
  return {
    respondents: respondentsOf(rows),
    areas: guard(respondentsOf(rows), () => ({ ranking: rankAreas(rows) })),
    partnerships: offices.map(([partnershipId, own]) => ({
      partnershipId,
      respondents: respondentsOf(own),
      top: shown.has(partnershipId) ? { tooFew: false as const, ranking: rankAreas(own).slice(0, PRIORITY_VOTES) } : { tooFew: true as const },
    })),
  };
}

// Expectations -----------------------------------------------------------------

export interface ThemeRef {
  id: string;
  target: ExpectationTarget;
  label: string;
}

/** Which owner an expectation item ("radmann-2") is about. */
export function expectationTargetOf(item: string): ExpectationTarget | null {
  const target = item.split("-")[0];
  return (expectationTargets as readonly string[]).includes(target ?? "") ? (target as ExpectationTarget) : null;
}

export interface ExpectationMatrix {
  target: ExpectationTarget;
  /** Respondents per role group; a group below the threshold shows "for få svar" in its whole column. */
  groups: { roleGroup: RoleGroup; respondents: number; tooFew: boolean }[];
  /** One row per theme: how many expectations each role group raised under it (null where the group is too small). */
  rows: { themeId: string; label: string; total: number; byGroup: Record<RoleGroup, number | null> }[];
  /** Expectations not yet put under a theme. */
  unsorted: number;
}

export function expectationMatrices(rows: readonly AnswerRow[], themes: readonly ThemeRef[]): ExpectationMatrix[] {
  return expectationTargets.map((target) => {
    const own = rows.filter((r) => expectationTargetOf(r.item) === target && r.value.trim() !== "");
    const groups = roleGroups.map((roleGroup) => {
      const respondents = respondentsOf(own.filter((r) => r.roleGroup === roleGroup));
      return { roleGroup, respondents, tooFew: respondents < MIN_GROUP_SIZE };
    });
    const tooFew = new Set(groups.filter((g) => g.tooFew).map((g) => g.roleGroup));
    const matrixRows = themes
      .filter((t) => t.target === target)
      .map((theme) => {
        const inTheme = own.filter((r) => r.themeId === theme.id);
        const byGroup = Object.fromEntries(
          roleGroups.map((g) => [g, tooFew.has(g) ? null : inTheme.filter((r) => r.roleGroup === g).length]),
        ) as Record<RoleGroup, number | null>;
        // The total counts only the groups shown, so it cannot be used to work out a hidden group.
        const total = Object.values(byGroup).reduce<number>((sum, n) => sum + (n ?? 0), 0);
        return { themeId: theme.id, label: theme.label, total, byGroup };
      });
    // Only this owner's themes sort an expectation; one under a theme of the other owner (or a deleted one) is unsorted.
    const themeIds = new Set(themes.filter((t) => t.target === target).map((t) => t.id));
    return {
      target,
      groups,
      rows: matrixRows,
      unsorted: own.filter((r) => r.themeId === null || !themeIds.has(r.themeId)).length,
    };
  });
}

// Evaluation -------------------------------------------------------------------

export interface StatementTally {
  /** Answers per scale value 0..6. */
  distribution: number[];
  /** Share answering 5 or 6, as a whole percentage. */
  highShare: number;
}

export interface EvaluationResult {
  respondents: number;
  statements: { index: number; text: string; answers: number; result: Guarded<StatementTally> }[];
}

/** Whole percent, rounded half up (73.08 → 73, 66.67 → 67). */
export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 100) / whole));

export function evaluationResults(rows: readonly AnswerRow[], statements: readonly string[]): EvaluationResult {
  return {
    respondents: respondentsOf(rows),
    statements: statements.map((text, index) => {
      const scores = rows
        .filter((r) => r.item === String(index))
        .map((r) => Number(r.value))
        .filter((v) => Number.isInteger(v) && v >= 0 && v <= EVALUATION_MAX);
      return {
        index,
        text,
        answers: scores.length,
        result: guard(scores.length, () => {
          const distribution = Array.from({ length: EVALUATION_MAX + 1 }, (_, v) => scores.filter((s) => s === v).length);
          const high = scores.filter((s) => (EVALUATION_HIGH as readonly number[]).includes(s)).length;
          return { distribution, highShare: percent(high, scores.length) };
        }),
      };
    }),
  };
}
