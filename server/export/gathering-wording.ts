/**
 * Words of the samling report, shared by the print view and the spreadsheet, in the reader's
 * language (the "workshop" catalogue, doc.*).
 */
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import { areaKey } from "~/lib/mulighetsrom/model";
import type { Leaning } from "~/server/domain/mulighetsrom/aggregation";

export function reportWords(locale: Locale) {
  const t = translator(locale, "workshop");
  const tooFew = t("tooFewAnswers");
  const model = translator(locale, "mulighetsrom");
  return {
    t,
    tooFew,
    areaName: (no: number) => model(`areas.${areaKey(no)}.name`),
    leaning: (leaning: Leaning) => t(`doc.leaning.${leaning}`),
    /** An expectation matrix cell: the number of expectations, "–" for none, or «for få svar» when the group is too small. */
    matrixCell: (count: number | null) => (count === null ? tooFew : count > 0 ? `✓ ${count}` : "–"),
    /** The office may have left the network since. */
    officeName: (offices: readonly { id: string; name: string }[], id: string) => offices.find((o) => o.id === id)?.name ?? t("results.formerMember"),
  };
}

export type ReportWords = ReturnType<typeof reportWords>;
