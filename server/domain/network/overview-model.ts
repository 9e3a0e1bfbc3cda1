/**
 * The network overview as pure functions: the 20 areas × member partnerships (Tabell 1 and 2
 * of the Agder pilot), totals per area and sorting by them, and lokalt arbeid as progress.
 * Client-safe: no database imports. The loader is in overview.ts.
 */
import { areas, type Area, type AreaScore } from "~/lib/mulighetsrom/areas";
import type { Sharing } from "~/lib/network/labels";

export const NOT_SHARED = "ikke_delt" as const;
export type StatusCell = AreaScore | typeof NOT_SHARED;
export type PriorityCell = "hoved" | "prioritert" | "vurderes" | "ingen" | typeof NOT_SHARED;

export const overviewViews = ["status", "prioriteringer"] as const;
export type OverviewView = (typeof overviewViews)[number];
export const overviewSorts = ["nr", "sterk", "kan_styrkes", "prioritert", "hoved"] as const;
export type OverviewSort = (typeof overviewSorts)[number];

/** What one member shares of its latest closed assessment: only the shared parts are present. */
export interface MemberAssessment {
  partnershipId: string;
  slug: string;
  officeName: string;
  sharing: Pick<Sharing, "shareStatuses" | "sharePriorities">;
  /** Date of the latest closed assessment; null when it has none. */
  heldOn: string | null;
  /** Present only when statuses are shared. */
  statuses?: ReadonlyMap<number, AreaScore>;
  /** Present only when priorities are shared. */
  priorities?: ReadonlyMap<number, { considered: boolean; prioritised: boolean; main: boolean }>;
}

export function statusCell(member: MemberAssessment, areaNo: number): StatusCell {
  if (!member.sharing.shareStatuses || !member.statuses) return NOT_SHARED;
  return member.statuses.get(areaNo) ?? "ikke_vurdert";
}

export function priorityCell(member: MemberAssessment, areaNo: number): PriorityCell {
  if (!member.sharing.sharePriorities || !member.priorities) return NOT_SHARED;
  const p = member.priorities.get(areaNo);
  if (!p) return "ingen";
  if (p.main) return "hoved";
  if (p.prioritised) return "prioritert";
  if (p.considered) return "vurderes";
  return "ingen";
}

export interface AreaTotals {
  sterk: number;
  kan_styrkes: number;
  ikke_vurdert: number;
  /** Prioritised, the main area included. */
  prioritert: number;
  hoved: number;
  vurderes: number;
  /** Members whose statuses (priorities) are counted: those that share them. */
  statusesShared: number;
  prioritiesShared: number;
}

/** How many offices find the area sterk, kan styrkes, … and prioritise it. Pure. */
export function totalsFor(members: readonly MemberAssessment[], areaNo: number): AreaTotals {
  const t: AreaTotals = { sterk: 0, kan_styrkes: 0, ikke_vurdert: 0, prioritert: 0, hoved: 0, vurderes: 0, statusesShared: 0, prioritiesShared: 0 };
  for (const m of members) {
    const s = statusCell(m, areaNo);
    if (s !== NOT_SHARED) {
      t[s] += 1;
      t.statusesShared += 1;
    }
    const p = priorityCell(m, areaNo);
    if (p !== NOT_SHARED) {
      t.prioritiesShared += 1;
      if (p === "hoved") t.hoved += 1;
      if (p === "hoved" || p === "prioritert") t.prioritert += 1;
      if (p === "vurderes") t.vurderes += 1;
    }
  }
  return t;
}

export interface OverviewRow {
  area: Area;
  statuses: StatusCell[];
  priorities: PriorityCell[];
  totals: AreaTotals;
}

/** Highest count first; equal counts (and "nr") keep the area order. Stable. Pure. */
export function sortRows<T extends { area: { no: number }; totals: AreaTotals }>(rows: readonly T[], sort: OverviewSort): T[] {
  const byNo = (a: T, b: T) => a.area.no - b.area.no;
  if (sort === "nr") return [...rows].sort(byNo);
  return [...rows].sort((a, b) => b.totals[sort] - a.totals[sort] || byNo(a, b));
}

/** One row per area, one cell per member (in the members' order), sorted. Pure. */
export function buildOverview(members: readonly MemberAssessment[], sort: OverviewSort = "nr") {
  const rows: OverviewRow[] = areas.map((area) => ({
    area,
    statuses: members.map((m) => statusCell(m, area.no)),
    priorities: members.map((m) => priorityCell(m, area.no)),
    totals: totalsFor(members, area.no),
  }));
  return {
    columns: members.map((m) => ({
      partnershipId: m.partnershipId,
      slug: m.slug,
      officeName: m.officeName,
      heldOn: m.heldOn,
      sharesStatuses: m.sharing.shareStatuses,
      sharesPriorities: m.sharing.sharePriorities,
    })),
    rows: sortRows(rows, sort),
    sort,
  };
}

export type NetworkOverview = ReturnType<typeof buildOverview>;

// --- Lokalt arbeid ------------------------------------------------------------------

export interface PlanActions {
  areaNo: number;
  actionStatuses: readonly string[];
}

/** Per development plan and in all: actions done (fullført) of the total. Pure. */
export function planProgress(plans: readonly PlanActions[]) {
  const perPlan = [...plans]
    .sort((a, b) => a.areaNo - b.areaNo)
    .map((p) => ({ areaNo: p.areaNo, done: p.actionStatuses.filter((s) => s === "fullfort").length, total: p.actionStatuses.length }));
  return {
    plans: perPlan,
    done: perPlan.reduce((n, p) => n + p.done, 0),
    total: perPlan.reduce((n, p) => n + p.total, 0),
  };
}
