import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "~/lib/format";
import { numbered } from "~/lib/network/labels";
import { useAreaName } from "~/app/_lib/use-area-name";
import type { NetworkOverview, OverviewSort, OverviewView, PriorityCell, StatusCell } from "~/server/domain/network/overview-model";
import { ScrollRegion } from "~/app/_components/scroll-region";

/**
 * Tabell 1 (status) and Tabell 2 (prioriteringer) of the Agder pilot: the 20 areas × member
 * offices, with totals per area. Plain server-rendered HTML (a big table), used by the network
 * page and its print view. Every coloured cell also carries a symbol and, for screen readers,
 * the full word. The totals come right after the area, so they stay in view when the offices scroll.
 * The words are in the "network" catalogue (overview.status.*, overview.priority.*, overview.sort.*).
 */

export const statusCellInfo: Record<StatusCell, { symbol: string; className: string }> = {
  sterk: { symbol: "S", className: "bg-ax-bg-success-moderate" },
  kan_styrkes: { symbol: "K", className: "bg-ax-bg-warning-moderate" },
  ikke_vurdert: { symbol: "–", className: "" },
  ikke_delt: { symbol: "/", className: "bg-ax-bg-neutral-soft text-ax-text-neutral-subtle" },
};

export const priorityCellInfo: Record<PriorityCell, { symbol: string; className: string }> = {
  hoved: { symbol: "★", className: "bg-ax-bg-accent-moderate font-bold" },
  prioritert: { symbol: "P", className: "bg-ax-bg-accent-soft font-semibold" },
  vurderes: { symbol: "V", className: "" },
  ingen: { symbol: "", className: "" },
  ikke_delt: { symbol: "/", className: "bg-ax-bg-neutral-soft text-ax-text-neutral-subtle" },
};

/** Beside the column the table is sorted by; aria-sort says it to screen readers. */
const SORTED_MARK = " ▼";

type TotalKey = "sterk" | "kan_styrkes" | "ikke_vurdert" | "prioritert" | "hoved" | "vurderes";

const totalColumns: Record<OverviewView, { key: TotalKey; sortable: boolean }[]> = {
  status: [
    { key: "sterk", sortable: true },
    { key: "kan_styrkes", sortable: true },
    { key: "ikke_vurdert", sortable: false },
  ],
  prioriteringer: [
    { key: "hoved", sortable: true },
    { key: "prioritert", sortable: true },
    { key: "vurderes", sortable: false },
  ],
};

/** A cell's word, for the legend and screen readers. */
function useCellLabel(view: OverviewView) {
  const t = useTranslations("network.overview");
  return (cell: string) => (view === "status" ? t(`status.${cell as StatusCell}`) : t(`priority.${cell as PriorityCell}`));
}

export function OverviewLegend({ view }: { view: OverviewView }) {
  const t = useTranslations("network.overview");
  const labelOf = useCellLabel(view);
  const entries = view === "status" ? Object.entries(statusCellInfo) : Object.entries(priorityCellInfo).filter(([, e]) => e.symbol);
  return (
    <ul className="m-0 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-sm" aria-label={t("legend")}>
      {entries.map(([cell, e]) => (
        <li key={cell} className="flex items-center gap-1">
          <span aria-hidden className={`inline-flex h-6 min-w-6 items-center justify-center rounded border border-ax-border-neutral-subtle px-1 ${e.className}`}>
            {e.symbol}
          </span>
          {labelOf(cell)}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  overview: NetworkOverview;
  view: OverviewView;
  caption: string;
  /** Builds the link for sorting by a total; without it (print) headers are plain text. */
  sortHref?: (sort: OverviewSort) => string;
  /** Print: no scroll container, no sticky column. */
  print?: boolean;
}

export function OverviewTable({ overview, view, caption, sortHref, print = false }: Props) {
  const t = useTranslations("network.overview");
  const areaName = useAreaName();
  const locale = useLocale();
  const labelOf = useCellLabel(view);
  const totals = totalColumns[view];
  const stickyCell = print ? "" : "sticky left-0 z-10 bg-ax-bg-default";
  const cellBase = "border border-ax-border-neutral-subtle px-1 py-1 text-center align-middle";
  const table = (
    <table className="w-full border-collapse text-sm">
      <caption className={print ? "" : "sr-only"}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${stickyCell} border border-ax-border-neutral-subtle p-2 text-left align-bottom`}>
            {sortHref ? (
              <a className="aksel-link" href={sortHref("nr")} aria-current={overview.sort === "nr" ? "true" : undefined}>
                {t("area")}
              </a>
            ) : (
              t("area")
            )}
          </th>
          {totals.map((total) => (
            <th
              key={total.key}
              scope="col"
              aria-sort={overview.sort === total.key ? "descending" : undefined}
              className="min-w-16 border border-ax-border-neutral-subtle bg-ax-bg-neutral-soft p-1 align-bottom text-xs font-semibold"
            >
              {sortHref && total.sortable ? (
                <a className="aksel-link" href={sortHref(total.key as OverviewSort)} aria-current={overview.sort === total.key ? "true" : undefined}>
                  {t(`total.${total.key}`)}
                  <span className="sr-only">{t("officeCountSortable")}</span>
                </a>
              ) : (
                <>
                  {t(`total.${total.key}`)}
                  <span className="sr-only">{t("officeCount")}</span>
                </>
              )}
              {overview.sort === total.key && <span aria-hidden>{SORTED_MARK}</span>}
            </th>
          ))}
          {overview.columns.map((c) => (
            <th key={c.partnershipId} scope="col" className="min-w-16 border border-ax-border-neutral-subtle p-1 align-bottom text-xs font-semibold">
              {c.officeName}
              <span className="block font-normal text-ax-text-neutral-subtle">
                {(view === "status" ? c.sharesStatuses : c.sharesPriorities) ? (c.heldOn ? formatDate(c.heldOn, locale) : t("noAssessment")) : t("notSharing")}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {overview.rows.map((row) => (
          <tr key={row.area.no}>
            <th scope="row" className={`${stickyCell} min-w-48 border border-ax-border-neutral-subtle p-2 text-left font-normal`}>
              {numbered(row.area.no, areaName(row.area.no))}
            </th>
            {totals.map((total) => (
              <td key={total.key} className={`${cellBase} bg-ax-bg-neutral-soft font-semibold tabular-nums`}>
                {row.totals[total.key]}
              </td>
            ))}
            {(view === "status" ? row.statuses : row.priorities).map((cell, i) => {
              const info = view === "status" ? statusCellInfo[cell as StatusCell] : priorityCellInfo[cell as PriorityCell];
              return (
                <td key={overview.columns[i]!.partnershipId} className={`${cellBase} ${info.className}`}>
                  <span aria-hidden>{info.symbol}</span>
                  <span className="sr-only">{labelOf(cell)}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (print) return table;
  return (
    <ScrollRegion label={t("scrollLabel", { caption })}>
      {table}
    </ScrollRegion>
  );
}
