/**
 * What a plan must hold before it can be sent for approval. Pure: the rule is read from the
 * snapshot, so the page can list what is missing and plans.ts can refuse to send.
 */
import type { PlanSnapshot } from "./snapshot";

/** Cuts a long text at a word boundary near `max` characters and ends it with "…". */
export function shorten(text: string, max = 60): string {
  const clean = text.trim().replace(/\s+/g, " ");
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

const quoted = (text: string) => `«${shorten(text) || "uten navn"}»`;

/**
 * The Norwegian list of what is missing, in the order of the plan; [] when the plan is ready.
 * Required: vision, description of the office, a steering document from each line (stat and
 * kommune), at least one satsingsområde, a goal in every satsingsområde, an activity for every
 * goal, at least one indicator, and this year's budgeted income and expenses (0 counts as given).
 */
export function missingForApproval(snapshot: PlanSnapshot): string[] {
  const { version, foundations, focusAreas, indicators } = snapshot;
  const missing: string[] = [];

  if (version.vision.trim() === "") missing.push("Visjon mangler.");
  if (version.description.trim() === "") missing.push("Beskrivelse av kontoret mangler.");

  if (!foundations.some((f) => f.line === "stat")) missing.push("Grunnlaget mangler et statlig styringsdokument.");
  if (!foundations.some((f) => f.line === "kommune")) missing.push("Grunnlaget mangler et kommunalt styringsdokument.");

  if (focusAreas.length === 0) missing.push("Planen har ingen satsingsområder.");
  for (const area of focusAreas) {
    if (area.goals.length === 0) {
      missing.push(`Satsingsområdet ${quoted(area.title)} har ingen mål.`);
      continue;
    }
    for (const goal of area.goals) {
      if (goal.activities.length === 0) missing.push(`Målet ${quoted(goal.text)} har ingen aktiviteter.`);
    }
  }

  if (indicators.length === 0) missing.push("Planen har ingen indikatorer.");

  const budget = version.budget.budgetThisYear;
  const year = snapshot.plan.year;
  if (budget.income === null && budget.expenses === null) missing.push(`Budsjettet for ${year} mangler inntekter og utgifter.`);
  else if (budget.income === null) missing.push(`Budsjettet for ${year} mangler inntekter.`);
  else if (budget.expenses === null) missing.push(`Budsjettet for ${year} mangler utgifter.`);

  return missing;
}
