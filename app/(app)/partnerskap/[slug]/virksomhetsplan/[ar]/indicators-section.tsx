import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { useTranslations } from "next-intl";
import { IndicatorValueForm } from "./follow-up";
import { IndicatorView } from "./indicator-view";
import { AddItem } from "./item-editor-loader";
import { commentBits, FollowUpLink, PlanItem } from "./plan-item";
import type { PlanView, PlanYear } from "./plan-view";

const INDICATOR = "indicator";

/** 5. Indikatorer: each with its target and values, and the measurement form in follow-up mode. */
export function IndicatorsSection({ view, indicators }: { view: PlanView; indicators: PlanYear["snapshot"]["indicators"] }) {
  const { slug, versionId, year } = view;
  const t = useTranslations("plan.page");
  return (
    <section aria-labelledby="indikatorer">
      <Heading id="indikatorer" level="2" size="large" spacing>
        {t("contents.indikatorer")}
      </Heading>
      {indicators.length > 0 && <FollowUpLink view={view} anchor="indikatorer" />}
      {indicators.length === 0 && <BodyShort spacing>{t("noIndicators")}</BodyShort>}
      <ol className="m-0 flex list-none flex-col gap-4 p-0">
        {indicators.map((ind, i) => (
          <li key={ind.id} className="rounded-lg border border-ax-border-neutral-subtle p-3">
            <PlanItem
              view={view}
              kind="indicator"
              row={ind}
              values={{
                name: ind.name,
                source: ind.source,
                unit: ind.unit,
                baseline: ind.baseline,
                targetKind: ind.targetKind,
                targetValue: ind.targetValue,
                targetDirection: ind.targetDirection,
                targetOperator: ind.targetOperator,
                periodKind: ind.periodKind,
              }}
              index={i}
              count={indicators.length}
              parentId={versionId}
              title={ind.name}
            >
              <IndicatorView indicator={ind} extra={commentBits(view, INDICATOR, ind.key, ind.name)} />
            </PlanItem>
            {view.canFollowUp && (
              <div className="mt-2">
                <IndicatorValueForm slug={slug} indicatorId={ind.id} name={ind.name} periodKind={ind.periodKind} year={year} values={ind.values} />
              </div>
            )}
          </li>
        ))}
      </ol>
      {view.contributable && (
        <div className="mt-3">
          <AddItem kind="indicator" slug={slug} versionId={versionId} options={view.options} />
        </div>
      )}
    </section>
  );
}
