"use client";

import { BodyShort, Table } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { areas } from "~/lib/mulighetsrom/areas";
import { numbered } from "~/lib/network/labels";
import { useAreaName } from "~/app/_lib/use-area-name";
import { useResultWording } from "./result-wording";
import type { Office, ResultsOf } from "./workshop-types";
import { ScrollRegion } from "~/app/_components/scroll-region";

/** The 20 areas with the room's sterk / kan styrkes counts, and where each office present leans. */
export function SelfAssessmentResults({ results, offices }: { results: ResultsOf<"selvvurdering">; offices: Office[] }) {
  const t = useTranslations("workshop.results");
  const areaName = useAreaName();
  const { tooFew, officeName, leaning } = useResultWording();
  const present = results.partnerships.filter((p) => p.respondents > 0);
  return (
    <div className="flex flex-col gap-3">
      <BodyShort>{t("selfIntro", { tooFew })}</BodyShort>
      <ScrollRegion label={t("selfTable")}>
        <Table size="small" zebraStripes>
          <caption className="sr-only">{t("selfCaption")}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("area")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">
                {t("sterk")}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">
                {t("kanStyrkes")}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">
                {t("ikkeVurdert")}
              </Table.HeaderCell>
              {present.map((p) => (
                <Table.HeaderCell key={p.partnershipId} scope="col">
                  {officeName(offices, p.partnershipId)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {areas.map((area) => {
              const result = results.areas.find((a) => a.areaNo === area.no)?.result;
              return (
                <Table.Row key={area.no}>
                  <Table.HeaderCell scope="row" className="font-normal">
                    {numbered(area.no, areaName(area.no))}
                  </Table.HeaderCell>
                  {!result || result.tooFew ? (
                    <Table.DataCell colSpan={3}>{tooFew}</Table.DataCell>
                  ) : (
                    <>
                      <Table.DataCell align="right" className="font-semibold">
                        {result.distribution.sterk}
                      </Table.DataCell>
                      <Table.DataCell align="right" className="font-semibold">
                        {result.distribution.kan_styrkes}
                      </Table.DataCell>
                      <Table.DataCell align="right">{result.distribution.ikke_vurdert}</Table.DataCell>
                    </>
                  )}
                  {present.map((p) => {
                    const own = p.areas.find((a) => a.areaNo === area.no)?.result;
                    return (
                      <Table.DataCell key={p.partnershipId} className="whitespace-nowrap">
                        {!own || own.tooFew ? tooFew : leaning(own.leaning)}
                      </Table.DataCell>
                    );
                  })}
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </div>
  );
}
