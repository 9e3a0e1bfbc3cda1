import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { ScrollRegion } from "~/app/_components/scroll-region";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "~/lib/format";
import { isLocale } from "~/lib/i18n/locales";
import type { PlanYear } from "./plan-view";

type Column = { income: number | null; expenses: number | null };
const rows = [
  ["income", (c: Column) => c.income],
  ["expenses", (c: Column) => c.expenses],
  ["net", (c: Column) => (c.income === null || c.expenses === null ? null : c.expenses - c.income)],
] as const;

/** 3. Rammebetingelser: this year's budget and last year's budget and accounts, and the årsverk. */
export function FrameSection({ year, version, editable }: { year: number; version: PlanYear["snapshot"]["version"]; editable: boolean }) {
  const t = useTranslations("plan");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "nb";
  const formatKroner = (n: number | null) => (n === null ? "–" : t("page.kroner", { amount: formatNumber(Math.round(n), locale) }));
  return (
    <section aria-labelledby="rammer">
      <Heading id="rammer" level="2" size="large" spacing>
        {t("page.contents.rammer")}
      </Heading>
      <ScrollRegion label={t("page.budgetLabel")}>
        <StaticTable size="small">
          <caption className="sr-only">{t("page.budgetLabel")}</caption>
          <StaticThead>
            <StaticTr>
              <StaticTd />
              <StaticTh scope="col" className="text-right">
                {t("document.budgetHeader.budget", { year })}
              </StaticTh>
              <StaticTh scope="col" className="text-right">
                {t("document.budgetHeader.budget", { year: year - 1 })}
              </StaticTh>
              <StaticTh scope="col" className="text-right">
                {t("document.budgetHeader.accounts", { year: year - 1 })}
              </StaticTh>
            </StaticTr>
          </StaticThead>
          <StaticTbody>
            {rows.map(([row, pick]) => (
              <StaticTr key={row}>
                <StaticTh scope="row">{t(`document.budgetRow.${row}`)}</StaticTh>
                <StaticTd className="text-right">{formatKroner(pick(version.budget.budgetThisYear))}</StaticTd>
                <StaticTd className="text-right">{formatKroner(pick(version.budget.budgetLastYear))}</StaticTd>
                <StaticTd className="text-right">{formatKroner(pick(version.budget.accountsLastYear))}</StaticTd>
              </StaticTr>
            ))}
          </StaticTbody>
        </StaticTable>
      </ScrollRegion>
      <BodyShort className="mt-2">
        {t("page.positionsFrame", { budget: formatNumber(version.positionsBudget, locale), result: formatNumber(version.positionsResult, locale) })}
      </BodyShort>
      {editable && <BodyShort size="small">{t("page.numbersInForm")}</BodyShort>}
    </section>
  );
}
