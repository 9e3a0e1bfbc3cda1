/**
 * What a plan must hold before it can be sent for approval. Pure: the rule is read from the
 * snapshot, so the page can list what is missing and plans.ts can refuse to send.
 */
import { defaultLocale, type Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import type { PlanSnapshot } from "./snapshot";

/** Cuts a long text at a word boundary near `max` characters and ends it with "…". */
export function shorten(text: string, max = 60): string {
  const clean = text.trim().replace(/\s+/g, " ");
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

/**
 * The list of what is missing, in the order of the plan; [] when the plan is ready.
 * Required: vision, description of the office, a steering document from each line (stat and
 * kommune), at least one satsingsområde, a goal in every satsingsområde, an activity for every
 * goal, at least one indicator, and this year's budgeted income and expenses (0 counts as given).
 */
export function missingForApproval(snapshot: PlanSnapshot, locale: Locale = defaultLocale): string[] {
  const t = translator(locale, "plan");
  const named = (text: string) => shorten(text) || t("missing.untitled");
  const { version, foundations, focusAreas, indicators } = snapshot;
  const missing: string[] = [];

  if (version.vision.trim() === "") missing.push(t("missing.vision"));
  if (version.description.trim() === "") missing.push(t("missing.description"));

  if (!foundations.some((f) => f.line === "stat")) missing.push(t("missing.stateFoundation"));
  if (!foundations.some((f) => f.line === "kommune")) missing.push(t("missing.municipalFoundation"));

  if (focusAreas.length === 0) missing.push(t("missing.noAreas"));
  for (const area of focusAreas) {
    if (area.goals.length === 0) {
      missing.push(t("missing.areaWithoutGoals", { title: named(area.title) }));
      continue;
    }
    for (const goal of area.goals) {
      if (goal.activities.length === 0) missing.push(t("missing.goalWithoutActivities", { text: named(goal.text) }));
    }
  }

  if (indicators.length === 0) missing.push(t("missing.noIndicators"));

  const budget = version.budget.budgetThisYear;
  const year = snapshot.plan.year;
  if (budget.income === null && budget.expenses === null) missing.push(t("missing.budgetIncomeAndExpenses", { year }));
  else if (budget.income === null) missing.push(t("missing.budgetIncome", { year }));
  else if (budget.expenses === null) missing.push(t("missing.budgetExpenses", { year }));

  return missing;
}
