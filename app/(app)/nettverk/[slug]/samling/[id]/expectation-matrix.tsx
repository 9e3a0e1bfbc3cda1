"use client";

import { BodyShort, Table } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { roleGroups } from "~/db/schema/enums";
import { useResultWording } from "./result-wording";
import type { ResultsOf } from "./workshop-types";
import { ScrollRegion } from "~/app/_components/scroll-region";

/** Theme × role group for each owner: which groups raised which expectation. */
export function ExpectationMatrix({ results }: { results: ResultsOf<"forventninger"> }) {
  const t = useTranslations("workshop");
  const { tooFew } = useResultWording();
  const cell = (count: number | null) => (count === null ? tooFew : count > 0 ? `✓ ${count}` : "–");
  return (
    <div className="flex flex-col gap-6">
      <BodyShort>{t("results.matrixIntro", { tooFew })}</BodyShort>
      {results.matrices.map((matrix) => (
        <ScrollRegion key={matrix.target} label={t(`expectationTarget.${matrix.target}`)}>
          <Table size="small" zebraStripes>
            <caption className="pb-2 text-left text-xl font-semibold">{t(`expectationTarget.${matrix.target}`)}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("results.theme")}</Table.HeaderCell>
                {roleGroups.map((g) => (
                  <Table.HeaderCell key={g} scope="col">
                    {t(`roleGroupShort.${g}`)}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {matrix.rows.length === 0 ? (
                <Table.Row>
                  <Table.DataCell colSpan={roleGroups.length + 1}>{t("results.noThemes")}</Table.DataCell>
                </Table.Row>
              ) : (
                matrix.rows.map((row) => (
                  <Table.Row key={row.themeId}>
                    <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                    {roleGroups.map((g) => (
                      <Table.DataCell key={g} className="whitespace-nowrap">
                        {cell(row.byGroup[g])}
                      </Table.DataCell>
                    ))}
                  </Table.Row>
                ))
              )}
            </Table.Body>
          </Table>
          {matrix.unsorted > 0 && (
            <BodyShort size="small">
              {t("results.unsorted", { count: matrix.unsorted })}
            </BodyShort>
          )}
        </ScrollRegion>
      ))}
    </div>
  );
}
