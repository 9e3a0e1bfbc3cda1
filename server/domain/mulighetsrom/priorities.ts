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
      message: `Dere kan prioritere høyst ${MAX_PRIORITIES} områder. Fjern en prioritering før du legger til en ny.`,
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

/** A prioritised area is always also considered. */
export const consideredWithPriorities = (choice: PriorityChoice) =>
  new Set([...choice.considered, ...choice.prioritised]);
