import { overviewSorts, overviewViews, type OverviewSort, type OverviewView } from "~/server/domain/network/overview-model";

type Search = Record<string, string | string[] | undefined>;

/** ?visning=prioriteringer&sorter=kan_styrkes; anything unknown is read as the default, never an error. */
export function readOverviewParams(search: Search | URLSearchParams): { view: OverviewView; sort: OverviewSort } {
  const get = (key: string) => {
    const v = search instanceof URLSearchParams ? search.get(key) : search[key];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  const view = (overviewViews as readonly string[]).includes(get("visning")) ? (get("visning") as OverviewView) : "status";
  const sort = (overviewSorts as readonly string[]).includes(get("sorter")) ? (get("sorter") as OverviewSort) : "nr";
  return { view, sort };
}
