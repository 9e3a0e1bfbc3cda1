"use client";

import { ArrowDownIcon, ArrowsUpDownIcon, ArrowUpIcon } from "@navikt/aksel-icons";
import { Table } from "@navikt/ds-react";
import { useLocale, useTranslations } from "next-intl";
import NextLink from "next/link";
import type { FylkeOverview } from "~/server/domain/fylke/overview";
import { nextYearSort, type PlanState, type WaitingItem, type YearSortKey } from "~/lib/fylke/year-view";
import type { AgreementYearStatus } from "~/lib/leader-agreement";
import { StatusTag, type StatusTone } from "~/app/_components/status-tag";
import { formatDate } from "~/lib/format";
import { yearViewHref, type YearViewState } from "./year-links";

type Row = FylkeOverview["partnerships"][number];

// Words: fylke.year.planStatus.<state>, agreementStatus.<state>, sort.<key>.
const planTones: Record<PlanState, StatusTone> = {
  mangler: "neutral",
  utkast: "neutral",
  til_godkjenning: "info",
  godkjent: "success",
  publisert: "success",
};

const agreementTones: Record<AgreementYearStatus, StatusTone> = {
  mangler: "neutral",
  utkast: "neutral",
  delvis_signert: "info",
  signert: "success",
};

function SortHeader({ slug, state, sortKey, align }: { slug: string; state: YearViewState; sortKey: YearSortKey; align?: "right" }) {
  const t = useTranslations("fylke.year");
  const active = state.sort.key === sortKey;
  const Icon = !active ? ArrowsUpDownIcon : state.sort.direction === "ascending" ? ArrowUpIcon : ArrowDownIcon;
  const label = sortKey === "plan" || sortKey === "lederavtale" ? t("sortWithYear", { label: t(`sort.${sortKey}`), year: String(state.year) }) : t(`sort.${sortKey}`);
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
  const t = useTranslations("fylke.year");
  const locale = useLocale();
  if (row.waiting.length === 0) return <>{t("nothing")}</>;
  const text = (item: WaitingItem) => {
    switch (item.kind) {
      case "plan":
        return { href: `/partnerskap/${row.slug}/virksomhetsplan/${year}`, label: t("approvePlan", { year: String(year) }) };
      case "lederavtale":
        return { href: `/partnerskap/${row.slug}/lederavtale/${year}`, label: t("signAgreement", { year: String(year), names: item.names.join(", ") }) };
      case "referat":
        return { href: `/partnerskap/${row.slug}/moter/${item.meetingId}`, label: t("approveMinutes", { date: formatDate(item.date, locale), names: item.names.join(", ") }) };
    }
  };
  return (
    <div className="flex flex-col items-start gap-1">
      <StatusTag tone="warning" size="xsmall">
        {t("waiting")}
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
  const t = useTranslations("fylke.year");
  const locale = useLocale();
  const year = state.year;
  return (
    <div className="max-w-full overflow-x-auto" role="region" aria-label={t("scrollLabel", { caption })} tabIndex={0}>
      <Table size="small" zebraStripes>
        <caption className="sr-only">
          {t("caption", { caption })}
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

            return (
              <Table.Row key={p.id}>
                <Table.HeaderCell scope="row">
                  <NextLink className="aksel-link" href={`/partnerskap/${p.slug}`}>
                    {p.officeName}
                  </NextLink>
                </Table.HeaderCell>
                <Table.DataCell>
                  <NextLink className="aksel-link" href={`/partnerskap/${p.slug}/virksomhetsplan/${year}`}>
                    <span className="sr-only">{t("planFor", { year: String(year), office: p.officeName })}</span>
                    <StatusTag tone={planTones[p.plan.status]} size="xsmall">
                      {t(`planStatus.${p.plan.status}`)}
                      {p.plan.versionNo !== null && p.plan.versionNo > 1 ? t("version", { version: String(p.plan.versionNo) }) : ""}
                    </StatusTag>
                  </NextLink>
                </Table.DataCell>
                <Table.DataCell>
                  <NextLink className="aksel-link" href={`/partnerskap/${p.slug}/lederavtale/${year}`}>
                    <span className="sr-only">{t("agreementFor", { year: String(year), office: p.officeName })}</span>
                    <StatusTag tone={agreementTones[p.agreement.status]} size="xsmall">
                      {t(`agreementStatus.${p.agreement.status}`)}
                    </StatusTag>
                  </NextLink>
                </Table.DataCell>
                <Table.DataCell>
                  {p.latestAssessment ? (
                    <NextLink className="aksel-link" href={`/partnerskap/${p.slug}/mulighetsrom/${p.latestAssessment.id}`}>
                      {formatDate(p.latestAssessment.heldOn, locale)}
                      {p.latestAssessment.open ? t("ongoing") : ""}
                    </NextLink>
                  ) : (
                    t("noneYet")
                  )}
                </Table.DataCell>
                <Table.DataCell align="right">{p.latestAssessment ? p.latestAssessment.prioritised : "–"}</Table.DataCell>
                <Table.DataCell>
                  {p.nextMeeting ? (
                    <NextLink className="aksel-link" href={`/partnerskap/${p.slug}/moter/${p.nextMeeting.id}`}>
                      {formatDate(p.nextMeeting.date, locale)}: {p.nextMeeting.title}
                    </NextLink>
                  ) : (
                    t("notPlanned")
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
