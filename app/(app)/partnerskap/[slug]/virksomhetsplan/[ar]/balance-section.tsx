import { Alert } from "@navikt/ds-react/Alert";
import { Heading } from "@navikt/ds-react/Typography";
import { useTranslations } from "next-intl";
import { planSources } from "~/db/schema/enums";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { SourceBadge } from "./plan-parts";
import type { PlanYear } from "./plan-view";

/** How many goals and indicators come from each steering line, and advice when the balance is off. */
export function BalanceSection({ data }: { data: Pick<PlanYear, "balance" | "advice"> }) {
  const t = useTranslations("plan.page");
  return (
    <section aria-labelledby="balanse-heading">
      <Heading id="balanse-heading" level="2" size="medium" spacing>
        {t("balanceHeading")}
      </Heading>
      <StaticTable size="small" className="max-w-xl">
        <caption className="sr-only">{t("balanceCaption")}</caption>
        <StaticThead>
          <StaticTr>
            <StaticTh scope="col">{t("balanceSource")}</StaticTh>
            <StaticTh scope="col" className="text-right">
              {t("balanceGoals")}
            </StaticTh>
            <StaticTh scope="col" className="text-right">
              {t("balanceIndicators")}
            </StaticTh>
          </StaticTr>
        </StaticThead>
        <StaticTbody>
          {planSources.map((s) => (
            <StaticTr key={s}>
              <StaticTh scope="row">
                <SourceBadge source={s} />
              </StaticTh>
              <StaticTd className="text-right">{data.balance.goals[s]}</StaticTd>
              <StaticTd className="text-right">{data.balance.indicators[s]}</StaticTd>
            </StaticTr>
          ))}
        </StaticTbody>
      </StaticTable>
      {data.advice.length > 0 && (
        <Alert variant="warning" size="small" className="mt-3">
          <ul className="m-0 pl-5">
            {data.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
