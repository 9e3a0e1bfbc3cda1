/** Server-rendered pieces of the plan page that repeat many times: kept free of client components. */
import { useTranslations } from "next-intl";
import type { PlanSource } from "~/lib/business-plan/balance";
import type { TargetState } from "~/lib/business-plan/targets";

const sourceClasses: Record<PlanSource, string> = {
  stat: "border-ax-border-info text-ax-text-info",
  kommune: "border-ax-border-meta-purple text-ax-text-meta-purple",
  felles: "border-ax-border-success text-ax-text-success",
};
const sourceMarks: Record<PlanSource, string> = { stat: "S", kommune: "K", felles: "F" };

/** Where a goal or indicator comes from, in words; the letter and colour only repeat it. */
export function SourceBadge({ source }: { source: PlanSource }) {
  const t = useTranslations("plan");
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 text-sm font-semibold whitespace-nowrap ${sourceClasses[source]}`}>
      <span aria-hidden className="font-mono">
        {sourceMarks[source]}
      </span>
      {t(`source.${source}`)}
    </span>
  );
}

const stateMarks: Record<TargetState, { mark: string; className: string }> = {
  oppnadd: { mark: "✓", className: "text-ax-text-success" },
  ikke_oppnadd: { mark: "✗", className: "text-ax-text-danger" },
  kan_ikke_vurderes: { mark: "–", className: "text-ax-text-neutral-subtle" },
  ingen_data: { mark: "–", className: "text-ax-text-neutral-subtle" },
};

export function TargetStateText({ state }: { state: TargetState }) {
  const t = useTranslations("plan");
  const { mark, className } = stateMarks[state];
  return (
    <span className={`font-semibold ${className}`}>
      <span aria-hidden>{`${mark} `}</span>
      {t(`targetState.${state}`)}
    </span>
  );
}
