import { MAX_PRIORITIES } from "./areas";

export interface PriorityChoice {
  considered: readonly number[];
  prioritised: readonly number[];
  main: number | null;
}

export type PriorityProblem = { field: "prioritised" | "main"; message: string };

/**
 * The model's rule: at most three prioritised areas, and exactly one of them the
 * main area. Returns the first problem, or null when the choice is valid.
 */
export function priorityProblem(choice: PriorityChoice): PriorityProblem | null {
  const prioritised = new Set(choice.prioritised);
  if (prioritised.size > MAX_PRIORITIES) {
    return {
      field: "prioritised",
      message: tooManyMessage,
    };
  }
  if (prioritised.size > 0 && choice.main === null) {
    return { field: "main", message: "Velg hvilket av de prioriterte områdene som er hovedområdet." };
  }
  if (choice.main !== null && !prioritised.has(choice.main)) {
    return { field: "main", message: "Hovedområdet må være et av de prioriterte områdene." };
  }
  return null;
}

const tooManyMessage = `Dere kan prioritere høyst ${MAX_PRIORITIES} områder. Fjern en prioritering før du legger til en ny.`;

export interface PriorityToggle {
  prioritised: number[];
  main: number | null;
  /** Why the tick was not taken; the choice is then unchanged. */
  refused: string | null;
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
    return { prioritised: [...current], main: choice.main, refused: tooManyMessage };
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
