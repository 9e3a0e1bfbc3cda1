import { scoreLabels, type AreaScore } from "~/server/domain/mulighetsrom/areas";
import { StatusTag, type StatusTone } from "../../../../../_components/status-tag";

export const scoreTone: Record<AreaScore, StatusTone> = {
  sterk: "success",
  kan_styrkes: "warning",
  ikke_vurdert: "neutral",
};

/** An area's status as text, colour and icon. */
export function ScoreTag({ score, size = "xsmall" }: { score: AreaScore; size?: "xsmall" | "small" }) {
  return (
    <StatusTag tone={scoreTone[score]} size={size}>
      {scoreLabels[score]}
    </StatusTag>
  );
}
