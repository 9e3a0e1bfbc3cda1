import { useTranslations } from "next-intl";
import type { AreaScore } from "~/lib/mulighetsrom/model";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";

export const scoreTone: Record<AreaScore, StatusTone> = {
  sterk: "success",
  kan_styrkes: "warning",
  ikke_vurdert: "neutral",
};

/** An area's status as text, colour and icon. */
export function ScoreTag({ score, size = "xsmall" }: { score: AreaScore; size?: "xsmall" | "small" }) {
  const t = useTranslations("mulighetsrom.score");
  return (
    <StatusTag tone={scoreTone[score]} size={size}>
      {t(score)}
    </StatusTag>
  );
}

const markClass: Record<AreaScore, string> = {
  sterk: "bg-ax-bg-success-moderate",
  kan_styrkes: "bg-ax-bg-warning-moderate",
  ikke_vurdert: "bg-ax-bg-neutral-moderate",
};
const markGlyph: Record<AreaScore, string> = { sterk: "✓", kan_styrkes: "!", ikke_vurdert: "○" };

/** A lighter status mark for big tables: the same text, colour and symbol, without an SVG per cell. */
export function ScoreMark({ score }: { score: AreaScore }) {
  const t = useTranslations("mulighetsrom.score");
  return (
    <span className={`inline-flex items-center gap-1 rounded px-1.5 text-sm whitespace-nowrap ${markClass[score]}`}>
      <span aria-hidden>{markGlyph[score]}</span>
      {t(score)}
    </span>
  );
}
