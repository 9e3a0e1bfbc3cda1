import { formatDate } from "~/lib/format";
import type { NetworkOverview, OverviewSort, OverviewView, PriorityCell, StatusCell } from "~/server/domain/network/overview-model";
import { ScrollRegion } from "~/app/_components/scroll-region";

/**
 * Tabell 1 (status) and Tabell 2 (prioriteringer) of the Agder pilot: the 20 areas × member
 * offices, with totals per area. Plain server-rendered HTML (a big table), used by the network
 * page and its print view. Every coloured cell also carries a symbol and, for screen readers,
 * the full word. The totals come right after the area, so they stay in view when the offices scroll.
 */

export const statusCellInfo: Record<StatusCell, { symbol: string; label: string; className: string }> = {
  sterk: { symbol: "S", label: "Sterk", className: "bg-ax-bg-success-moderate" },
  kan_styrkes: { symbol: "K", label: "Kan styrkes", className: "bg-ax-bg-warning-moderate" },
  ikke_vurdert: { symbol: "–", label: "Ikke vurdert", className: "" },
  ikke_delt: { symbol: "/", label: "Ikke delt", className: "bg-ax-bg-neutral-soft text-ax-text-neutral-subtle" },
};

export const priorityCellInfo: Record<PriorityCell, { symbol: string; label: string; className: string }> = {
  hoved: { symbol: "★", label: "Hovedområde", className: "bg-ax-bg-accent-moderate font-bold" },
  prioritert: { symbol: "P", label: "Prioritert", className: "bg-ax-bg-accent-soft font-semibold" },
  vurderes: { symbol: "V", label: "Vurderes", className: "" },
  ingen: { symbol: "", label: "Ikke valgt", className: "" },
  ikke_delt: { symbol: "/", label: "Ikke delt", className: "bg-ax-bg-neutral-soft text-ax-text-neutral-subtle" },
};

export const sortLabels: Record<OverviewSort, string> = {
  nr: "områdenummer",
  sterk: "flest sterk",
  kan_styrkes: "flest kan styrkes",
  prioritert: "flest prioritert",
  hoved: "flest hovedområde",
};

const totalColumns: Record<OverviewView, { key: "sterk" | "kan_styrkes" | "ikke_vurdert" | "prioritert" | "hoved" | "vurderes"; label: string; sortable: boolean }[]> = {
  status: [
    { key: "sterk", label: "Sterk", sortable: true },
    { key: "kan_styrkes", label: "Kan styrkes", sortable: true },
    { key: "ikke_vurdert", label: "Ikke vurdert", sortable: false },
  ],
  prioriteringer: [
    { key: "hoved", label: "Hoved­område", sortable: true },
    { key: "prioritert", label: "Prioritert", sortable: true },
    { key: "vurderes", label: "Vurderes", sortable: false },
  ],
};

export function OverviewLegend({ view }: { view: OverviewView }) {
  const entries = view === "status" ? Object.values(statusCellInfo) : Object.values(priorityCellInfo).filter((e) => e.symbol);
  return (
    <ul className="m-0 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-sm" aria-label="Tegnforklaring">
      {entries.map((e) => (
        <li key={e.label} className="flex items-center gap-1">
          <span aria-hidden className={`inline-flex h-6 min-w-6 items-center justify-center rounded border border-ax-border-neutral-subtle px-1 ${e.className}`}>
            {e.symbol}
          </span>
          {e.label}
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
                Utviklingsområde
              </a>
            ) : (
              "Utviklingsområde"
            )}
          </th>
          {totals.map((t) => (
            <th
              key={t.key}
              scope="col"
              aria-sort={overview.sort === t.key ? "descending" : undefined}
              className="min-w-16 border border-ax-border-neutral-subtle bg-ax-bg-neutral-soft p-1 align-bottom text-xs font-semibold"
            >
              {sortHref && t.sortable ? (
                <a className="aksel-link" href={sortHref(t.key as OverviewSort)} aria-current={overview.sort === t.key ? "true" : undefined}>
                  {t.label}
                  <span className="sr-only"> (antall kontor, sorter etter denne)</span>
                </a>
              ) : (
                <>
                  {t.label}
                  <span className="sr-only"> (antall kontor)</span>
                </>
              )}
              {overview.sort === t.key && <span aria-hidden> ▼</span>}
            </th>
          ))}
          {overview.columns.map((c) => (
            <th key={c.partnershipId} scope="col" className="min-w-16 border border-ax-border-neutral-subtle p-1 align-bottom text-xs font-semibold">
              {c.officeName}
              <span className="block font-normal text-ax-text-neutral-subtle">
                {(view === "status" ? c.sharesStatuses : c.sharesPriorities) ? (c.heldOn ? formatDate(c.heldOn) : "ingen vurdering") : "deler ikke"}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {overview.rows.map((row) => (
          <tr key={row.area.no}>
            <th scope="row" className={`${stickyCell} min-w-48 border border-ax-border-neutral-subtle p-2 text-left font-normal`}>
              {row.area.no}. {row.area.name}
            </th>
            {totals.map((t) => (
              <td key={t.key} className={`${cellBase} bg-ax-bg-neutral-soft font-semibold tabular-nums`}>
                {row.totals[t.key]}
              </td>
            ))}
            {(view === "status" ? row.statuses : row.priorities).map((cell, i) => {
              const info = view === "status" ? statusCellInfo[cell as StatusCell] : priorityCellInfo[cell as PriorityCell];
              return (
                <td key={overview.columns[i]!.partnershipId} className={`${cellBase} ${info.className}`}>
                  <span aria-hidden>{info.symbol}</span>
                  <span className="sr-only">{info.label}</span>
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
    <ScrollRegion label={`${caption} (rull sidelengs)`}>
      {table}
    </ScrollRegion>
  );
}
