import type { Text } from "~/lib/i18n/text";
import { MAX_PRIORITIES } from "./model";

export interface PriorityChoice {
  considered: readonly number[];
  prioritised: readonly number[];
  main: number | null;
}

/** The message is a catalogue key (rendered with the reader's language), so client and server share it. */
export type PriorityProblem = { field: "prioritised" | "main"; message: Text };

const tooMany: Text = { key: "mulighetsrom.errors.tooManyPriorities", values: { max: MAX_PRIORITIES } };

/**
 * The model's rule: at most three prioritised areas, and exactly one of them the
 * main area. Returns the first problem, or null when the choice is valid.
 */
export function priorityProblem(choice: PriorityChoice): PriorityProblem | null {
  const prioritised = new Set(choice.prioritised);
  if (prioritised.size > MAX_PRIORITIES) {
    return { field: "prioritised", message: tooMany };
  }
  if (prioritised.size > 0 && choice.main === null) {
    return { field: "main", message: { key: "mulighetsrom.errors.chooseMain" } };
  }
  if (choice.main !== null && !prioritised.has(choice.main)) {
    return { field: "main", message: { key: "mulighetsrom.errors.mainMustBePrioritised" } };
  }
  return null;
}

export interface PriorityToggle {
  prioritised: number[];
  main: number | null;
  /** Why the tick was not taken; the choice is then unchanged. */
  refused: Text | null;
}

/**
 * One tick or untick in the priorities form. A fourth priority is refused at once rather than
 * shown as «4 av 3»: the count the group sees never passes the model's maximum. The first area
 * prioritised becomes the main area; when the main area is unticked and one priority is left,
 * that one takes over.
 */
export function togglePriority(choice: Pick<PriorityChoice, "prioritised" | "main">, no: number, on: boolean): PriorityToggle {
  const current = new Set(choice.prioritised);
  if (on && !current.has(no) && current.size >= MAX_PRIORITIES) {
    return { prioritised: [...current], main: choice.main, refused: tooMany };
  }
  const next = new Set(current);
  if (on) next.add(no);
  else next.delete(no);
  let main = choice.main;
  if (on && main === null) main = no;
  if (!on && main === no) main = next.size === 1 ? [...next][0]! : null;
  return { prioritised: [...next], main, refused: null };
}

/** A prioritised area is always also considered. */
export const consideredWithPriorities = (choice: PriorityChoice) =>
  new Set([...choice.considered, ...choice.prioritised]);
