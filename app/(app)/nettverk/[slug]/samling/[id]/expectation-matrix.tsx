"use client";

import { BodyShort, Table } from "@navikt/ds-react";
import { roleGroups } from "~/db/schema/enums";
import { expectationTargetLabels, roleGroupShortLabels } from "~/lib/workshop/labels";
import { TOO_FEW } from "./result-wording";
import type { ResultsOf } from "./workshop-types";
import { ScrollRegion } from "~/app/_components/scroll-region";

const cell = (count: number | null) => (count === null ? TOO_FEW : count > 0 ? `✓ ${count}` : "–");

/** Theme × role group for each owner: which groups raised which expectation. */
export function ExpectationMatrix({ results }: { results: ResultsOf<"forventninger"> }) {
  return (
    <div className="flex flex-col gap-6">
      <BodyShort>
        ✓ med tall: gruppen løftet temaet (antall forventninger). –: ikke nevnt. «{TOO_FEW}»: færre enn 3 i gruppen svarte.
      </BodyShort>
      {results.matrices.map((matrix) => (
        <ScrollRegion key={matrix.target} label={expectationTargetLabels[matrix.target]}>
          <Table size="small" zebraStripes>
            <caption className="pb-2 text-left text-xl font-semibold">{expectationTargetLabels[matrix.target]}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Tema</Table.HeaderCell>
                {roleGroups.map((g) => (
                  <Table.HeaderCell key={g} scope="col">
                    {roleGroupShortLabels[g]}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {matrix.rows.length === 0 ? (
                <Table.Row>
                  <Table.DataCell colSpan={roleGroups.length + 1}>Ingen temaer ennå. Sorter forventningene i temaer under.</Table.DataCell>
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
              {matrix.unsorted} {matrix.unsorted === 1 ? "forventning er" : "forventninger er"} ikke sortert i et tema ennå.
            </BodyShort>
          )}
        </ScrollRegion>
      ))}
    </div>
  );
}
