"use client";

import { BodyShort, Heading, Table } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import type { PartnershipOverview } from "~/server/domain/partnership/overview";
import { SideTag } from "~/app/_components/side-tag";
import { ScrollRegion } from "~/app/_components/scroll-region";

export function PeopleTable({ people }: { people: PartnershipOverview["people"] }) {
  const t = useTranslations("partnership.people");
  const tp = useTranslations("partnership");
  return (
    <section aria-labelledby="personer-heading">
      <Heading id="personer-heading" level="2" size="medium" spacing>
        {t("heading")}
      </Heading>
      {people.length === 0 ? (
        <BodyShort>{t("empty")}</BodyShort>
      ) : (
        <ScrollRegion label={t("scrollLabel")}>
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("name")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("role")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("side")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("title")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("email")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {people.map((p) => (
                <Table.Row key={p.assignmentId}>
                  <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
                  <Table.DataCell>
                    {tp(`role.${p.role}`)}
                    {p.kommuneName ? ` – ${p.kommuneName}` : ""}
                    {p.viaFylke ? t("wholeFylke") : ""}
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
