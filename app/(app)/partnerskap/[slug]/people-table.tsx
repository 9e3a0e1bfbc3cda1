"use client";

import { BodyShort, Heading, Table } from "@navikt/ds-react";
import { roleInfo } from "~/lib/roles";
import type { PartnershipOverview } from "~/server/domain/partnership/overview";
import { SideTag } from "~/app/_components/side-tag";
import { ScrollRegion } from "~/app/_components/scroll-region";

export function PeopleTable({ people }: { people: PartnershipOverview["people"] }) {
  return (
    <section aria-labelledby="personer-heading">
      <Heading id="personer-heading" level="2" size="medium" spacing>
        Personer og roller
      </Heading>
      {people.length === 0 ? (
        <BodyShort>Ingen personer har fått en rolle ennå. En administrator kan invitere dem.</BodyShort>
      ) : (
        <ScrollRegion label="Personer og roller (rull sidelengs)">
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
                <Table.HeaderCell scope="col">Rolle</Table.HeaderCell>
                <Table.HeaderCell scope="col">Side</Table.HeaderCell>
                <Table.HeaderCell scope="col">Tittel</Table.HeaderCell>
                <Table.HeaderCell scope="col">E-post</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {people.map((p) => (
                <Table.Row key={p.assignmentId}>
                  <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
                  <Table.DataCell>
                    {roleInfo[p.role].label}
                    {p.kommuneName ? ` – ${p.kommuneName}` : ""}
                    {p.viaFylke ? " (for hele fylket)" : ""}
                  </Table.DataCell>
                  <Table.DataCell>
                    <SideTag side={p.side} />
                  </Table.DataCell>
                  <Table.DataCell>{p.title ?? "–"}</Table.DataCell>
                  <Table.DataCell>
                    <a className="aksel-link" href={`mailto:${p.email}`}>
                      {p.email}
                    </a>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
    </section>
  );
}
