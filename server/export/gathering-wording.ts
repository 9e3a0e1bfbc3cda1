/**
 * Words of the samling report, shared by the print view and the spreadsheet. Client-safe.
 */
import type { Leaning } from "~/server/domain/mulighetsrom/aggregation";

export const leaningWords: Record<Leaning, string> = {
  sterk: "Sterk",
  kan_styrkes: "Kan styrkes",
  delt: "Delt",
  ingen: "Ingen svar",
};

/** An expectation matrix cell: the number of expectations, "–" for none, or null when the group is too small. */
export const matrixCell = (count: number | null, tooFew: string) => (count === null ? tooFew : count > 0 ? `✓ ${count}` : "–");

export const officeNameOf = (offices: readonly { id: string; name: string }[], id: string) =>
  offices.find((o) => o.id === id)?.name ?? "Tidligere medlem";
