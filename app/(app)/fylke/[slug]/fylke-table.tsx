"use client";

import { Table, type SortState } from "@navikt/ds-react";
import { useLocale, useTranslations } from "next-intl";
import NextLink from "next/link";
import { useMemo, useState } from "react";
import type { FylkeOverview } from "~/server/domain/fylke/overview";
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
  const t = useTranslations("fylke.table");
  const tp = useTranslations("partnership");
  const locale = useLocale();
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
    <div className="max-w-full overflow-x-auto" role="region" aria-label={t("scrollLabel")} tabIndex={0}>
      <Table size="small" sort={sort} onSortChange={onSortChange} zebraStripes>
        <caption className="sr-only">{t("caption")}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader sortKey="officeName" sortable scope="col">{t("office")}</Table.ColumnHeader>
            <Table.HeaderCell scope="col">{t("kommuner")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("navLeder")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("leaderModel")}</Table.HeaderCell>
            <Table.ColumnHeader sortKey="statePositions" sortable align="right" scope="col">{t("statePositions")}</Table.ColumnHeader>
            <Table.ColumnHeader sortKey="municipalPositions" sortable align="right" scope="col">{t("municipalPositions")}</Table.ColumnHeader>
            <Table.ColumnHeader sortKey="agreementPointsClarified" sortable align="right" scope="col">{t("clarified")}</Table.ColumnHeader>
            <Table.ColumnHeader sortKey="optionalServicesEnabled" sortable align="right" scope="col">{t("services")}</Table.ColumnHeader>
            <Table.ColumnHeader sortKey="agreementNextRevision" sortable scope="col">{t("nextRevision")}</Table.ColumnHeader>
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
                <Table.DataCell>{p.navLedere.join(", ") || t("noneYet")}</Table.DataCell>
                <Table.DataCell>{tp(`leaderModel.${p.leaderModel}`)}</Table.DataCell>
                <Table.DataCell align="right">{formatNumber(p.statePositions, locale)}</Table.DataCell>
                <Table.DataCell align="right">{formatNumber(p.municipalPositions, locale)}</Table.DataCell>
                <Table.DataCell align="right">{t("clarifiedValue", { clarified: p.agreementPointsClarified })}</Table.DataCell>
                <Table.DataCell align="right">{p.optionalServicesEnabled}</Table.DataCell>
                <Table.DataCell>
                  {formatDate(p.agreementNextRevision, locale)}
                  {overdue && (
                    <span className="ml-2">
                      <StatusTag tone="danger" size="xsmall">{t("overdue")}</StatusTag>
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
