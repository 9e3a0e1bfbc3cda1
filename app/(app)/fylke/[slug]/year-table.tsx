"use client";

import { ArrowDownIcon, ArrowsUpDownIcon, ArrowUpIcon } from "@navikt/aksel-icons";
import { Table } from "@navikt/ds-react";
import NextLink from "next/link";
import type { FylkeOverview } from "~/server/domain/fylke/overview";
import { nextYearSort, type PlanState, type WaitingItem, type YearSortKey } from "~/lib/fylke/year-view";
import type { AgreementYearStatus } from "~/lib/leader-agreement";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import { formatDate } from "~/lib/format";
import { yearViewHref, type YearViewState } from "./year-links";

type Row = FylkeOverview["partnerships"][number];

const planStates: Record<PlanState, { label: string; tone: StatusTone }> = {
  mangler: { label: "Ingen plan", tone: "neutral" },
  utkast: { label: "Utkast", tone: "neutral" },
  til_godkjenning: { label: "Til godkjenning", tone: "info" },
  godkjent: { label: "Godkjent", tone: "success" },
  publisert: { label: "Publisert", tone: "success" },
};

const agreementStates: Record<AgreementYearStatus, { label: string; tone: StatusTone }> = {
  mangler: { label: "Ingen ennå", tone: "neutral" },
  utkast: { label: "Utkast", tone: "neutral" },
  delvis_signert: { label: "Delvis signert", tone: "info" },
  signert: { label: "Signert", tone: "success" },
};

const sortLabels: Record<YearSortKey, string> = {
  kontor: "Nav-kontor",
  plan: "Virksomhetsplan",
  lederavtale: "Lederavtale",
  vurdering: "Siste vurdering",
  prioriterte: "Prioriterte områder",
  mote: "Neste partnerskapsmøte",
  venter: "Venter på fylket",
};

function SortHeader({ slug, state, sortKey, align }: { slug: string; state: YearViewState; sortKey: YearSortKey; align?: "right" }) {
  const active = state.sort.key === sortKey;
  const Icon = !active ? ArrowsUpDownIcon : state.sort.direction === "ascending" ? ArrowUpIcon : ArrowDownIcon;
  const label = sortKey === "plan" || sortKey === "lederavtale" ? `${sortLabels[sortKey]} ${state.year}` : sortLabels[sortKey];
  return (
    <Table.HeaderCell scope="col" align={align} aria-sort={active ? state.sort.direction : undefined}>
      <NextLink
        className="aksel-link inline-flex items-center gap-1"
        href={yearViewHref(slug, { ...state, sort: nextYearSort(state.sort, sortKey) })}
        scroll={false}
      >
        {label}
        <Icon aria-hidden fontSize="1.25rem" />
      </NextLink>
    </Table.HeaderCell>
  );
}

function WaitingList({ row, year }: { row: Row; year: number }) {
  if (row.waiting.length === 0) return <>Ingenting</>;
  const text = (item: WaitingItem) => {
    switch (item.kind) {
      case "plan":
        return { href: `/partnerskap/${row.slug}/virksomhetsplan/${year}`, label: `Godkjenne virksomhetsplanen ${year}` };
      case "lederavtale":
        return { href: `/partnerskap/${row.slug}/lederavtale/${year}`, label: `Signere lederavtalen ${year} (${item.names.join(", ")})` };
      case "referat":
        return { href: `/partnerskap/${row.slug}/moter/${item.meetingId}`, label: `Godkjenne referatet fra ${formatDate(item.date)} (${item.names.join(", ")})` };
    }
  };
  return (
    <div className="flex flex-col items-start gap-1">
      <StatusTag tone="warning" size="xsmall">
        Venter på fylket
      </StatusTag>
      <ul className="m-0 list-disc pl-5">
        {row.waiting.map((item, i) => {
          const { href, label } = text(item);
          return (
            <li key={i}>
              <NextLink className="aksel-link" href={href}>
                {label}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The year at a glance: plan, agreement, assessment, next meeting and what waits, per partnership. */
export function YearTable({ slug, rows, state, caption }: { slug: string; rows: Row[]; state: YearViewState; caption: string }) {
  const year = state.year;
  return (
    <div className="max-w-full overflow-x-auto" role="region" aria-label={`${caption} (rull sidelengs)`} tabIndex={0}>
      <Table size="small" zebraStripes>
        <caption className="sr-only">
          {caption}. Lenkene i kolonneoverskriftene sorterer tabellen.
        </caption>
        <Table.Header>
          <Table.Row>
            <SortHeader slug={slug} state={state} sortKey="kontor" />
            <SortHeader slug={slug} state={state} sortKey="plan" />
            <SortHeader slug={slug} state={state} sortKey="lederavtale" />
            <SortHeader slug={slug} state={state} sortKey="vurdering" />
            <SortHeader slug={slug} state={state} sortKey="prioriterte" align="right" />
            <SortHeader slug={slug} state={state} sortKey="mote" />
            <SortHeader slug={slug} state={state} sortKey="venter" />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((p) => {
            const plan = planStates[p.plan.status];
            const agreement = agreementStates[p.agreement.status];
            return (
              <Table.Row key={p.id}>
                <Table.HeaderCell scope="row">
                  <NextLink className="aksel-link" href={`/partnerskap/${p.slug}`}>
                    {p.officeName}
                  </NextLink>
                </Table.HeaderCell>
                <Table.DataCell>
                  <NextLink className="aksel-link" href={`/partnerskap/${p.slug}/virksomhetsplan/${year}`}>
                    <span className="sr-only">Virksomhetsplan {year} for {p.officeName}: </span>
                    <StatusTag tone={plan.tone} size="xsmall">
                      {plan.label}
                      {p.plan.versionNo !== null && p.plan.versionNo > 1 ? `, versjon ${p.plan.versionNo}` : ""}
                    </StatusTag>
                  </NextLink>
                </Table.DataCell>
                <Table.DataCell>
                  <NextLink className="aksel-link" href={`/partnerskap/${p.slug}/lederavtale/${year}`}>
                    <span className="sr-only">Lederavtale {year} for {p.officeName}: </span>
                    <StatusTag tone={agreement.tone} size="xsmall">
                      {agreement.label}
                    </StatusTag>
                  </NextLink>
                </Table.DataCell>
                <Table.DataCell>
                  {p.latestAssessment ? (
                    <NextLink className="aksel-link" href={`/partnerskap/${p.slug}/mulighetsrom/${p.latestAssessment.id}`}>
                      {formatDate(p.latestAssessment.heldOn)}
                      {p.latestAssessment.open ? " (pågår)" : ""}
                    </NextLink>
                  ) : (
                    "Ingen ennå"
                  )}
                </Table.DataCell>
                <Table.DataCell align="right">{p.latestAssessment ? p.latestAssessment.prioritised : "–"}</Table.DataCell>
                <Table.DataCell>
                  {p.nextMeeting ? (
                    <NextLink className="aksel-link" href={`/partnerskap/${p.slug}/moter/${p.nextMeeting.id}`}>
                      {formatDate(p.nextMeeting.date)}: {p.nextMeeting.title}
                    </NextLink>
                  ) : (
                    "Ikke planlagt"
                  )}
                </Table.DataCell>
                <Table.DataCell>
                  <WaitingList row={p} year={year} />
                </Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
