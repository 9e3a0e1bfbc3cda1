import { DEFAULT_YEAR_SORT, formatYearSort, type YearSort } from "~/lib/fylke/year-view";

export interface YearViewState {
  year: number;
  /** The year the page opens on; left out of the address when chosen. */
  defaultYear: number;
  sort: YearSort;
  onlyWaiting: boolean;
}

/** The fylke page's address for a state of the year view, with defaults left out: /fylke/agder?ar=2026&sorter=plan. */
export function yearViewHref(slug: string, state: YearViewState): string {
  const params = new URLSearchParams();
  if (state.year !== state.defaultYear) params.set("ar", String(state.year));
  if (state.sort.key !== DEFAULT_YEAR_SORT.key || state.sort.direction !== DEFAULT_YEAR_SORT.direction) {
    params.set("sorter", formatYearSort(state.sort));
  }
  if (state.onlyWaiting) params.set("venter", "1");
  const query = params.toString();
  return `/fylke/${slug}${query ? `?${query}` : ""}`;
}
