/**
 * The shapes of JSON columns and value lists that belong to the tables but not to one dialect:
 * both schemas (sqlite/ and pg/) and the code above them use these.
 */
import type { agreementParties } from "./enums";

/** Income and expenses (NOK, whole kroner) for one column of the budget table. */
export interface BudgetColumn {
  income: number | null;
  expenses: number | null;
}

/** Rammebetingelser: this year's budget, last year's budget and last year's accounts. */
export interface PlanBudget {
  budgetThisYear: BudgetColumn;
  budgetLastYear: BudgetColumn;
  accountsLastYear: BudgetColumn;
}

export const emptyBudget = (): PlanBudget => ({
  budgetThisYear: { income: null, expenses: null },
  budgetLastYear: { income: null, expenses: null },
  accountsLastYear: { income: null, expenses: null },
});

/** One signatory as the agreement names them, copied when the version is made. */
export interface AgreementPartyEntry {
  userId: string;
  party: (typeof agreementParties)[number];
  name: string;
  title: string;
}

/** An item of one of the agreement's duty lists; the id keeps edits traceable in the history. */
export interface DutyItem {
  id: string;
  text: string;
}

/** A link on an agenda item: a document the participants should read, or a page in the app. */
export interface AgendaLink {
  title: string;
  url: string;
}

export const mailStatuses = ["waiting", "sending", "sent", "failed", "kept"] as const;
