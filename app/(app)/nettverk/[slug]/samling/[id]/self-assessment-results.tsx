"use client";

import { BodyShort, Table } from "@navikt/ds-react";
import { areas } from "~/lib/mulighetsrom/areas";
import { leaningText, officeName, TOO_FEW } from "./result-wording";
import type { Office, ResultsOf } from "./workshop-types";
import { ScrollRegion } from "~/app/_components/scroll-region";

/** The 20 areas with the room's sterk / kan styrkes counts, and where each office present leans. */
export function SelfAssessmentResults({ results, offices }: { results: ResultsOf<"selvvurdering">; offices: Office[] }) {
  const present = results.partnerships.filter((p) => p.respondents > 0);
  return (
    <div className="flex flex-col gap-3">
      <BodyShort>
        Tallene er antall svar. Kontorkolonnene viser hvor kontorets svar heller: ✓ sterk, △ kan styrkes, = delt. Kontorer med
        færre enn 3 svar vises som «{TOO_FEW}».
      </BodyShort>
      <ScrollRegion label="Selvvurdering, tabell">
        <Table size="small" zebraStripes>
          <caption className="sr-only">Selvvurdering av de 20 utviklingsområdene</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Område</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">
                Sterk
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">
                Kan styrkes
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">
                Ikke vurdert
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
                    {area.no}. {area.name}
                  </Table.HeaderCell>
                  {!result || result.tooFew ? (
                    <Table.DataCell colSpan={3}>{TOO_FEW}</Table.DataCell>
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
                        {!own || own.tooFew ? TOO_FEW : leaningText[own.leaning]}
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
