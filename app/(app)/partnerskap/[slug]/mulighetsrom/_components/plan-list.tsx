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
import { areaKey } from "~/lib/mulighetsrom/model";
import { formatDate } from "~/lib/format";
import { ScrollRegion } from "~/app/_components/scroll-region";

interface PlanItem {
  id: string;
  areaNo: number;
  assessmentId: string;
  heldOn: string;
  occasion: string;
  responsibleName: string | null;
  done: number;
  total: number;
}

/** Rows shown until someone asks for all: the plans of the latest two or three assessments. */
const PLAN_ROWS = 9;

/** The development plans with their progress, newest first, so they are followed up from meeting to meeting. */
export function PlanList({ slug, plans, showAll }: { slug: string; plans: PlanItem[]; showAll: boolean }) {
  const t = useTranslations("mulighetsrom");
  const locale = useLocale();
  const shown = showAll ? plans : plans.slice(0, PLAN_ROWS);
  return (
    <section aria-labelledby="planer-heading">
      <Heading id="planer-heading" level="2" size="medium" spacing>
        {t("plans.heading")}
      </Heading>
      {plans.length === 0 ? (
        <BodyLong>{t("plans.none")}</BodyLong>
      ) : (
        <>
          {shown.length < plans.length && (
            <BodyShort spacing>
              {t("plans.showing", { shown: shown.length, total: plans.length })}{" "}
              <Link href={`/partnerskap/${slug}/mulighetsrom?planer=alle#planer-heading`}>{t("plans.showAll")}</Link>
            </BodyShort>
          )}
          <ScrollRegion labelledBy="planer-heading">
            <StaticTable size="small">
              <StaticThead>
                <StaticTr>
                  <StaticTh scope="col">{t("fields.area")}</StaticTh>
                  <StaticTh scope="col">{t("plans.fromAssessment")}</StaticTh>
                  <StaticTh scope="col">{t("fields.responsible")}</StaticTh>
                  <StaticTh scope="col">{t("plans.actionsDone")}</StaticTh>
                </StaticTr>
              </StaticThead>
              <StaticTbody>
                {shown.map((p) => (
                  <StaticTr key={p.id}>
                    <StaticTd>
                      <Link href={`/partnerskap/${slug}/mulighetsrom/${p.assessmentId}/plan/${p.id}`}>
                        {t("format.numbered", { no: p.areaNo, name: t(`areas.${areaKey(p.areaNo)}.name`) })}
                      </Link>
                    </StaticTd>
                    <StaticTd>
                      {t("format.withDate", { text: p.occasion, date: formatDate(p.heldOn, locale) })}
                    </StaticTd>
                    <StaticTd>{p.responsibleName ?? t("fields.notChosen")}</StaticTd>
                    <StaticTd>
                      {t("counts.of", { done: p.done, total: p.total })}
                    </StaticTd>
                  </StaticTr>
                ))}
              </StaticTbody>
            </StaticTable>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
