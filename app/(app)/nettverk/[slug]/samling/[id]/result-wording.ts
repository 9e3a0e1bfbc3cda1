import type { Leaning } from "~/server/domain/mulighetsrom/aggregation";
import { TOO_FEW_ANSWERS } from "~/lib/workshop/labels";

/** A leaning in words with a symbol, so the table never relies on colour. */
export const leaningText: Record<Leaning, string> = {
  sterk: "✓ Sterk",
  kan_styrkes: "△ Kan styrkes",
  delt: "= Delt",
  ingen: "– Ingen",
};

export const TOO_FEW = TOO_FEW_ANSWERS;

/** "Grimstad" for an office id; the office may have left the network since. */
export const officeName = (offices: readonly { id: string; name: string }[], id: string) =>
  offices.find((o) => o.id === id)?.name ?? "Tidligere medlem";
