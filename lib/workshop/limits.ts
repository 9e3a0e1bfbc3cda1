/** The live workshop's numbers, without words: the phones import these and nothing else of the labels. */

/** Below this many answers a group's result is shown only as "for få svar", so no one can be singled out. */
export const MIN_GROUP_SIZE = 3;

/** Votes each participant gives in the priorities task; the first is the proposed main area. */
export const PRIORITY_VOTES = 3;
/** Expectations a participant may write per owner role. */
export const EXPECTATIONS_PER_TARGET = 3;
export const EXPECTATION_MAX_LENGTH = 200;
/** The evaluation scale's ends and the "high" answers the headline share counts. */
export const EVALUATION_MIN = 0;
export const EVALUATION_MAX = 6;
export const EVALUATION_HIGH = [5, 6] as const;
