"use client";

import { Table, type SortState } from "@navikt/ds-react";
import NextLink from "next/link";
import { useMemo, useState } from "react";
import type { FylkeOverview } from "~/server/domain/fylke/overview";
import { leaderModelLabels } from "~/lib/partnership/catalogue";
import { isoToday } from "~/lib/dates";
import { StatusTag } from "~/app/_components/status-tag";
import { formatDate, formatNumber } from "~/lib/format";

type Row = FylkeOverview["partnerships"][number];
type SortKey = "officeName" | "statePositions" | "municipalPositions" | "agreementPointsClarified" | "optionalServicesEnabled" | "agreementNextRevision";

const collator = new Intl.Collator("nb");

/** Empty values always sort last, whichever the direction. */
function compare(a: Row, b: Row, key: SortKey, direction: 1 | -1): number {
  const x = a[key];
  const y = b[key];
  if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
  if (y === null || y === undefined) return -1;
  const order = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
  return order * direction;
}

export function FylkeTable({ partnerships }: { partnerships: Row[] }) {
  const [sort, setSort] = useState<SortState | undefined>({ orderBy: "officeName", direction: "ascending" });
  const today = isoToday();
  const rows = useMemo(() => {
    if (!sort) return partnerships;
    const direction = sort.direction === "descending" ? -1 : 1;
    return [...partnerships].sort((a, b) => compare(a, b, sort.orderBy as SortKey, direction));
  }, [partnerships, sort]);

  const onSortChange = (key: string) =>
    setSort((current) =>
      current?.orderBy === key && current.direction === "ascending"
        ? { orderBy: key, direction: "descending" }
        : { orderBy: key, direction: "ascending" },
    );

  return (
    <div className="max-w-full overflow-x-auto" role="region" aria-label="Organisering og samarbeidsavtale (rull sidelengs)" tabIndex={0}>
      <Table size="small" sort={sort} onSortChange={onSortChange} zebraStripes>
        <caption className="sr-only">Partnerskapene i fylket. Kolonner med knapp i overskriften kan sorteres.</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader sortKey="officeName" sortable scope="col">Nav-kontor</Table.ColumnHeader>
            <Table.HeaderCell scope="col">Kommuner</Table.HeaderCell>
            <Table.HeaderCell scope="col">Nav-leder</Table.HeaderCell>
            <Table.HeaderCell scope="col">Ledermodell</Table.HeaderCell>
            <Table.ColumnHeader sortKey="statePositions" sortable align="right" scope="col">Statlige årsverk</Table.ColumnHeader>
            <Table.ColumnHeader sortKey="municipalPositions" sortable align="right" scope="col">Kommunale årsverk</Table.ColumnHeader>
            <Table.ColumnHeader sortKey="agreementPointsClarified" sortable align="right" scope="col">§ 14 avklart</Table.ColumnHeader>
            <Table.ColumnHeader sortKey="optionalServicesEnabled" sortable align="right" scope="col">Tilleggstjenester</Table.ColumnHeader>
            <Table.ColumnHeader sortKey="agreementNextRevision" sortable scope="col">Neste revisjon</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((p) => {
            const overdue = p.agreementNextRevision !== null && p.agreementNextRevision < today;
            return (
              <Table.Row key={p.id}>
                <Table.HeaderCell scope="row">
                  <NextLink className="aksel-link" href={`/partnerskap/${p.slug}`}>
                    {p.officeName}
                  </NextLink>
                </Table.HeaderCell>
                <Table.DataCell>{p.kommuner.join(", ")}</Table.DataCell>
                <Table.DataCell>{p.navLedere.join(", ") || "Ingen ennå"}</Table.DataCell>
                <Table.DataCell>{leaderModelLabels[p.leaderModel]}</Table.DataCell>
                <Table.DataCell align="right">{formatNumber(p.statePositions)}</Table.DataCell>
                <Table.DataCell align="right">{formatNumber(p.municipalPositions)}</Table.DataCell>
                <Table.DataCell align="right">{p.agreementPointsClarified} av 5</Table.DataCell>
                <Table.DataCell align="right">{p.optionalServicesEnabled}</Table.DataCell>
                <Table.DataCell>
                  {formatDate(p.agreementNextRevision)}
                  {overdue && (
                    <span className="ml-2">
                      <StatusTag tone="danger" size="xsmall">Forfalt</StatusTag>
                    </span>
                  )}
                </Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
