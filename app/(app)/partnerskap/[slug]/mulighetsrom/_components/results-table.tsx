import { ExclamationmarkTriangleIcon, StarFillIcon } from "@navikt/aksel-icons";
import { BodyShort } from "@navikt/ds-react/Typography";
import {
  StaticTable,
  StaticTbody,
  StaticTd,
  StaticTh,
  StaticThead,
  StaticTr,
} from "~/app/_components/static-table";
import { useTranslations } from "next-intl";
import { sides } from "~/db/schema/enums";
import type { ItemSummary } from "~/server/domain/mulighetsrom/aggregation";
import type { AreaScore, Level } from "~/lib/mulighetsrom/model";
import { NamedAnswers } from "./named-answers";
import { ScoreMark } from "./score";
import { ScrollRegion } from "~/app/_components/scroll-region";

export interface ResultRow {
  key: string;
  label: string;
  levels?: readonly Level[];
  status?: AreaScore;
  prioritised?: boolean;
  main?: boolean;
  considered?: boolean;
  summary: ItemSummary;
  namedCount: number;
}

function Counts({ d }: { d: ItemSummary["total"] }) {
  const t = useTranslations("mulighetsrom.counts");
  return (
    <span className="whitespace-nowrap">
      {t("dots", { sterk: d.sterk, kanStyrkes: d.kan_styrkes, ikkeVurdert: d.ikke_vurdert })}
    </span>
  );
}

/** No disagreement: a dash, not a word. */
const DASH = "–";

/** A bar of the answers; the numbers beside it carry the meaning, the bar is a visual aid. */
function DistributionBar({ d }: { d: ItemSummary["total"] }) {
  const total = d.sterk + d.kan_styrkes + d.ikke_vurdert;
  if (total === 0) return null;
  const part = (n: number) => `${(n / total) * 100}%`;
  return (
    <div aria-hidden className="mt-1 flex h-2 w-40 overflow-hidden rounded border border-ax-border-neutral-subtle">
      <div style={{ width: part(d.sterk), background: "var(--ax-bg-success-strong)" }} />
      <div style={{ width: part(d.kan_styrkes), background: "var(--ax-bg-warning-strong)" }} />
      <div style={{ width: part(d.ikke_vurdert), background: "var(--ax-bg-neutral-soft)" }} />
    </div>
  );
}

/** Per item: agreed status, the answers' distribution, the split by side and where the sides disagree. */
export function ResultsTable(props: {
  slug: string;
  assessmentId: string;
  caption: string;
  rows: ResultRow[];
  showOutcome: boolean;
}) {
  const { slug, assessmentId, caption, rows, showOutcome } = props;
  const t = useTranslations("mulighetsrom");
  return (
    <ScrollRegion label={caption}>
      <StaticTable size="small">
        <caption className="sr-only">{caption}</caption>
        <StaticThead>
          <StaticTr>
            <StaticTh scope="col">{showOutcome ? t("fields.developmentArea") : t("results.condition")}</StaticTh>
            {showOutcome && <StaticTh scope="col">{t("results.agreedStatus")}</StaticTh>}
            <StaticTh scope="col">{t("results.allAnswers")}</StaticTh>
            {sides.map((side) => (
              <StaticTh key={side} scope="col">
                {t(`side.${side}`)}
              </StaticTh>
            ))}
            <StaticTh scope="col">{t("results.sides")}</StaticTh>
          </StaticTr>
        </StaticThead>
        <StaticTbody>
          {rows.map((row) => (
            <StaticTr key={row.key}>
              <StaticTh scope="row" className="min-w-52 font-normal">
                <span className="font-semibold">{row.label}</span>
                {row.levels && <span className="block text-sm">{row.levels.map((l) => t(`levels.${l}.label`)).join(` ${t("and")} `)}</span>}
                {row.namedCount > 0 && (
                  <NamedAnswers slug={slug} assessmentId={assessmentId} item={row.key} count={row.namedCount} />
                )}
              </StaticTh>
              {showOutcome && (
                <StaticTd>
                  {row.status && <ScoreMark score={row.status} />}
                  {row.main ? (
                    <span className="mt-1 flex items-center gap-1 text-sm">
                      <StarFillIcon aria-hidden /> {t("marks.main")}
                    </span>
                  ) : row.prioritised ? (
                    <span className="mt-1 block text-sm">{t("marks.prioritised")}</span>
                  ) : row.considered ? (
                    <span className="mt-1 block text-sm">{t("marks.considered")}</span>
                  ) : null}
                </StaticTd>
              )}
              <StaticTd>
                <Counts d={row.summary.total} />
                <DistributionBar d={row.summary.total} />
              </StaticTd>
              {sides.map((side) => (
                <StaticTd key={side} className="whitespace-nowrap">
                  {t("format.pair", { first: row.summary.bySide[side].sterk, second: row.summary.bySide[side].kan_styrkes })}
                </StaticTd>
              ))}
              <StaticTd>
                {row.summary.disagree ? (
                  <span className="inline-flex items-center gap-1 font-semibold">
                    <ExclamationmarkTriangleIcon aria-hidden /> {t("results.disagree")}
                  </span>
                ) : (
                  <span className="text-ax-text-neutral-subtle">{DASH}</span>
                )}
              </StaticTd>
            </StaticTr>
          ))}
        </StaticTbody>
      </StaticTable>
      <BodyShort size="small" className="mt-2 text-ax-text-neutral-subtle">
        {t("results.note")}
      </BodyShort>
    </ScrollRegion>
  );
}
