import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { ScrollRegion } from "~/app/_components/scroll-region";
import { StaticTable, StaticTbody, StaticTd, StaticTh, StaticThead, StaticTr } from "~/app/_components/static-table";
import { formatNumber } from "~/lib/format";
import type { PlanYear } from "./plan-view";

const kroner = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });
const formatKroner = (n: number | null) => (n === null ? "–" : `${kroner.format(n)} kr`);

type Column = { income: number | null; expenses: number | null };
const rows = [
  ["Inntekter", (c: Column) => c.income],
  ["Utgifter", (c: Column) => c.expenses],
  ["Netto driftsramme", (c: Column) => (c.income === null || c.expenses === null ? null : c.expenses - c.income)],
] as const;

/** 3. Rammebetingelser: this year's budget and last year's budget and accounts, and the årsverk. */
export function FrameSection({ year, version, editable }: { year: number; version: PlanYear["snapshot"]["version"]; editable: boolean }) {
  return (
    <section aria-labelledby="rammer">
      <Heading id="rammer" level="2" size="large" spacing>
        3. Rammebetingelser
      </Heading>
      <ScrollRegion label="Budsjett og regnskap">
        <StaticTable size="small">
          <caption className="sr-only">Budsjett og regnskap</caption>
          <StaticThead>
            <StaticTr>
              <StaticTd />
              <StaticTh scope="col" className="text-right">
                Budsjett {year}
              </StaticTh>
              <StaticTh scope="col" className="text-right">
                Budsjett {year - 1}
              </StaticTh>
              <StaticTh scope="col" className="text-right">
                Regnskap {year - 1}
              </StaticTh>
            </StaticTr>
          </StaticThead>
          <StaticTbody>
            {rows.map(([label, pick]) => (
              <StaticTr key={label}>
                <StaticTh scope="row">{label}</StaticTh>
                <StaticTd className="text-right">{formatKroner(pick(version.budget.budgetThisYear))}</StaticTd>
                <StaticTd className="text-right">{formatKroner(pick(version.budget.budgetLastYear))}</StaticTd>
                <StaticTd className="text-right">{formatKroner(pick(version.budget.accountsLastYear))}</StaticTd>
              </StaticTr>
            ))}
          </StaticTbody>
        </StaticTable>
      </ScrollRegion>
      <BodyShort className="mt-2">
        Årsverk: {formatNumber(version.positionsBudget)} i budsjett, {formatNumber(version.positionsResult)} i resultat.
      </BodyShort>
      {editable && <BodyShort size="small">Tallene endres i skjemaet under «Om kontoret».</BodyShort>}
    </section>
  );
}
