import { ArrowDownIcon, ArrowRightIcon, ArrowUpIcon, StarFillIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import {
  StaticTable,
  StaticTbody,
  StaticTd,
  StaticTh,
  StaticThead,
  StaticTr,
} from "~/app/_components/static-table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { StatusChange } from "~/server/domain/mulighetsrom/aggregation";
import { areaKey, type AreaScore } from "~/lib/mulighetsrom/model";
import { formatDate } from "~/lib/format";
import { ScoreMark } from "./score";
import { ScrollRegion } from "~/app/_components/scroll-region";

interface History {
  assessments: { id: string; heldOn: string; occasion: string }[];
  areas: {
    no: number;
    steps: { assessmentId: string; status: AreaScore; change: StatusChange | null }[];
    prioritisedIn: string[];
  }[];
}

/** The move from the previous assessment's status, in words: "kan styrkes → sterk (bedre)". */
function ChangeNote({ change, from, to }: { change: StatusChange | null; from: AreaScore | undefined; to: AreaScore }) {
  const t = useTranslations("mulighetsrom");
  if (!change || change === "uendret" || !from) return null;
  const transition = t("format.transition", { from: t(`score.${from}`).toLowerCase(), to: t(`score.${to}`).toLowerCase() });
  const Icon = change === "forbedret" ? ArrowUpIcon : change === "svekket" ? ArrowDownIcon : ArrowRightIcon;
  return (
    <span className="mt-1 flex items-center gap-1 text-sm">
      <Icon aria-hidden />
      <span>
        {t("history.change", { transition, change: t(`change.${change}`) })}
      </span>
    </span>
  );
}

/** Columns shown until someone asks for all: enough for three years of spring and autumn meetings. */
export const HISTORY_COLUMNS = 6;

/** The checklist for every partnership meeting: each area's agreed status, assessment by assessment. */
export function HistoryTable({ slug, history, showAll }: { slug: string; history: History; showAll: boolean }) {
  const t = useTranslations("mulighetsrom");
  const locale = useLocale();
  const hidden = showAll ? 0 : Math.max(0, history.assessments.length - HISTORY_COLUMNS);
  const shown = history.assessments.slice(hidden);
  const shownIds = new Set(shown.map((a) => a.id));
  return (
    <section aria-labelledby="historikk-heading">
      <Heading id="historikk-heading" level="2" size="medium" spacing>
        {t("history.heading")}
      </Heading>
      <BodyLong spacing className="max-w-prose">
        {t("history.intro")}
      </BodyLong>
      {hidden > 0 && (
        <BodyShort spacing>
          {t("history.showing", { shown: shown.length, total: history.assessments.length })}{" "}
          <Link href={`/partnerskap/${slug}/mulighetsrom?historikk=alle#historikk-heading`}>{t("plans.showAll")}</Link>
        </BodyShort>
      )}
      <ScrollRegion labelledBy="historikk-heading">
        <StaticTable size="small">
          <caption className="sr-only">{t("history.caption")}</caption>
          <StaticThead>
            <StaticTr>
              <StaticTh scope="col">{t("fields.developmentArea")}</StaticTh>
              {shown.map((a) => (
                <StaticTh key={a.id} scope="col" className="min-w-36">
                  <Link href={`/partnerskap/${slug}/mulighetsrom/${a.id}`}>{formatDate(a.heldOn, locale)}</Link>
                  <span className="block text-sm">{a.occasion}</span>
                </StaticTh>
              ))}
            </StaticTr>
          </StaticThead>
          <StaticTbody>
            {history.areas.map((area) => (
              <StaticTr key={area.no}>
                <StaticTh scope="row" className="min-w-56 font-normal">
                  {t("format.numbered", { no: area.no, name: t(`areas.${areaKey(area.no)}.name`) })}
                </StaticTh>
                {area.steps.map((step, index) => ({ step, from: area.steps[index - 1]?.status })).filter(({ step }) => shownIds.has(step.assessmentId)).map(({ step, from }) => (
                  <StaticTd key={step.assessmentId}>
                    <span className="inline-flex items-center gap-1">
                      <ScoreMark score={step.status} />
                      {area.prioritisedIn.includes(step.assessmentId) && (
                        <>
                          <StarFillIcon aria-hidden className="text-ax-text-accent" />
                          <span className="sr-only">{t("history.prioritised")}</span>
                        </>
                      )}
                    </span>
                    <ChangeNote change={step.change} from={from} to={step.status} />
                  </StaticTd>
                ))}
              </StaticTr>
            ))}
          </StaticTbody>
        </StaticTable>
      </ScrollRegion>
    </section>
  );
}
