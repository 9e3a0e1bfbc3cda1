import type { CycleCategory } from "~/lib/annual-cycle/categories";

/**
 * Ring colours: dark enough for 3:1 against white (WCAG 1.4.11) and told apart by the pattern
 * and the ring letter as well, never by colour alone.
 */
export const ringColours: Record<CycleCategory, string> = {
  partnerskapsmote: "#0056b4",
  plan_styring: "#8a4d00",
  budsjett: "#06753e",
  avtaler: "#6e3c9c",
  politikk: "#b3261e",
  utvikling: "#006a80",
};
