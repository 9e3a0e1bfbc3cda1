import { BodyShort } from "@navikt/ds-react/Typography";
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
import { AssessmentStatusTag } from "./assessment-status-tag";
import { ScrollRegion } from "~/app/_components/scroll-region";

interface Item {
  id: string;
  heldOn: string;
  occasion: string;
  status: "open" | "closed";
  invited: number;
  submitted: number;
  prioritised: number[];
  main: number | null;
}

/** All assessments, newest first, with who has answered and what was prioritised. */
export function AssessmentList({ slug, assessments }: { slug: string; assessments: Item[] }) {
  const t = useTranslations("mulighetsrom");
  const locale = useLocale();
  return (
    <ScrollRegion label={t("overview.assessments")}>
      <StaticTable size="small">
        <StaticThead>
          <StaticTr>
            <StaticTh scope="col">{t("fields.date")}</StaticTh>
            <StaticTh scope="col">{t("fields.occasion")}</StaticTh>
            <StaticTh scope="col">{t("fields.status")}</StaticTh>
            <StaticTh scope="col">{t("list.submitted")}</StaticTh>
            <StaticTh scope="col">{t("list.prioritised")}</StaticTh>
          </StaticTr>
        </StaticThead>
        <StaticTbody>
          {assessments.map((a) => (
            <StaticTr key={a.id}>
              <StaticTd className="whitespace-nowrap">{formatDate(a.heldOn, locale)}</StaticTd>
              <StaticTd>
                <Link href={`/partnerskap/${slug}/mulighetsrom/${a.id}`}>{a.occasion}</Link>
              </StaticTd>
              <StaticTd>
                <AssessmentStatusTag status={a.status} />
              </StaticTd>
              <StaticTd>
                {t("counts.of", { done: a.submitted, total: a.invited })}
              </StaticTd>
              <StaticTd>
                {a.prioritised.length === 0 ? (
                  <BodyShort size="small">{t("list.noneYet")}</BodyShort>
                ) : (
                  <ul className="m-0 list-none p-0">
                    {a.prioritised.map((no) => (
                      <li key={no}>
                        {t("format.numbered", { no, name: t(`areas.${areaKey(no)}.name`) })}
                        {a.main === no && <strong>{t("marks.mainSuffix")}</strong>}
                      </li>
                    ))}
                  </ul>
                )}
              </StaticTd>
            </StaticTr>
          ))}
        </StaticTbody>
      </StaticTable>
    </ScrollRegion>
  );
}
