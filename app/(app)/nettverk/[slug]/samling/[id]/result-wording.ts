"use client";

import { useTranslations } from "next-intl";
import type { Leaning } from "~/server/domain/mulighetsrom/aggregation";

/**
 * The words of the result tables, in the page's language: a leaning with a symbol (so the table
 * never relies on colour), «for få svar», and an office's name, which may have left the network.
 */
export function useResultWording() {
  const t = useTranslations("workshop");
  return {
    leaning: (leaning: Leaning) => t(`results.leaning.${leaning}`),
    tooFew: t("tooFewAnswers"),
    officeName: (offices: readonly { id: string; name: string }[], id: string) => offices.find((o) => o.id === id)?.name ?? t("results.formerMember"),
  };
}
