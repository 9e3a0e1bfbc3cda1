/**
 * Test-only builders for plan snapshots (not a *.test.ts file, so Vitest does not run it).
 * Every builder takes the fields a test cares about; the rest get fixed, readable defaults.
 * Keys default to the title-like text given, so tests can name items by key.
 *
 *   const plan = snapshot({
 *     focusAreas: [area({ key: "arbeid", goals: [goal({ key: "g1", activities: [activity({ key: "a1" })] })] })],
 *   });
 */
import { emptyBudget, type PlanBudget } from "~/db/schema/values";
import type {
  ActivityRow,
  FocusAreaNode,
  FoundationRow,
  GoalNode,
  IndicatorNode,
  PlanSnapshot,
  PlanVersionRow,
} from "./snapshot";
import type { PlanDocument } from "./view";

export const PLAN_ID = "plan-1";
export const VERSION_ID = "version-1";
export const YEAR = 2027;
const FIXED_DATE = new Date("2027-01-15T10:00:00Z");

let counter = 0;
/** A fresh id for rows whose id a test does not care about. */
const nextId = (prefix: string) => `${prefix}-${++counter}`;

export function foundation(fields: Partial<FoundationRow> = {}): FoundationRow {
  const key = fields.key ?? nextId("foundation-key");
  return {
    id: `id-${key}`,
    versionId: VERSION_ID,
    key,
    line: "stat",
    title: `Styringsdokument ${key}`,
    summary: "",
    url: null,
    position: 0,
    version: 1,
    ...fields,
  };
}

export function activity(fields: Partial<ActivityRow> = {}): ActivityRow {
  const key = fields.key ?? nextId("activity-key");
  return {
    id: `id-${key}`,
    versionId: VERSION_ID,
    goalId: "",
    key,
    text: `Aktivitet ${key}`,
    responsible: "Avdelingsleder marked",
    responsiblePerson: "",
    timingKind: "fortlopende",
    timingValue: null,
    status: "ikke_startet",
    developmentActionId: null,
    position: 0,
    version: 1,
    ...fields,
  };
}

/** A goal; its activities get goalId and positions filled in. */
export function goal(fields: Partial<GoalNode> = {}): GoalNode {
  const key = fields.key ?? nextId("goal-key");
  const id = fields.id ?? `id-${key}`;
  const activities = (fields.activities ?? []).map((a, position) => ({ ...a, goalId: id, position }));
  return {
    id,
    versionId: VERSION_ID,
    focusAreaId: "",
    key,
    text: `Mål ${key}`,
    source: "felles",
    foundationKey: null,
    position: 0,
    version: 1,
    ...fields,
    activities,
  };
}

/** A satsingsområde; its goals get focusAreaId and positions filled in. */
export function area(fields: Partial<FocusAreaNode> = {}): FocusAreaNode {
  const key = fields.key ?? nextId("area-key");
  const id = fields.id ?? `id-${key}`;
  const goals = (fields.goals ?? []).map((g, position) => ({ ...g, focusAreaId: id, position }));
  return {
    id,
    versionId: VERSION_ID,
    key,
    title: `Satsingsområde ${key}`,
    description: "",
    position: 0,
    version: 1,
    ...fields,
    goals,
  };
}

export function indicator(fields: Partial<IndicatorNode> = {}): IndicatorNode {
  const key = fields.key ?? nextId("indicator-key");
  return {
    id: `id-${key}`,
    versionId: VERSION_ID,
    key,
    name: `Indikator ${key}`,
    source: "felles",
    unit: "%",
    baseline: null,
    targetKind: "tall",
    targetValue: 50,
    targetDirection: null,
    targetOperator: null,
    periodKind: "tertial",
    position: 0,
    version: 1,
    values: [],
    earlier: [],
    ...fields,
  };
}

export function budget(thisYear: { income: number | null; expenses: number | null }): PlanBudget {
  return { ...emptyBudget(), budgetThisYear: thisYear };
}

export function versionRow(fields: Partial<PlanVersionRow> = {}): PlanVersionRow {
  return {
    id: VERSION_ID,
    planId: PLAN_ID,
    versionNo: 1,
    status: "utkast",
    vision: "",
    description: "",
    statePositions: null,
    municipalPositions: null,
    budget: emptyBudget(),
    positionsBudget: null,
    positionsResult: null,
    changeNote: "",
    reviewRound: 0,
    sentAt: null,
    approvedAt: null,
    publishedAt: null,
    createdByUserId: null,
    version: 1,
    createdAt: FIXED_DATE,
    updatedAt: FIXED_DATE,
    ...fields,
  };
}

export interface SnapshotParts {
  year?: number;
  version?: Partial<PlanVersionRow>;
  foundations?: FoundationRow[];
  focusAreas?: FocusAreaNode[];
  indicators?: IndicatorNode[];
}

/** A snapshot of the given parts; positions follow the array order. Empty by default. */
export function snapshot(parts: SnapshotParts = {}): PlanSnapshot {
  return {
    plan: {
      id: PLAN_ID,
      partnershipId: "partnership-1",
      year: parts.year ?? YEAR,
      publicShowsNames: false,
      version: 1,
      createdAt: FIXED_DATE,
      updatedAt: FIXED_DATE,
    },
    version: versionRow(parts.version),
    foundations: (parts.foundations ?? []).map((f, position) => ({ ...f, position })),
    focusAreas: (parts.focusAreas ?? []).map((a, position) => ({ ...a, position })),
    indicators: (parts.indicators ?? []).map((i, position) => ({ ...i, position })),
  };
}

/**
 * A plan that has everything missingForApproval asks for: vision, description, one steering
 * document per line, two satsingsområder with goals and activities, four indicators and this
 * year's budget. Keys: foundations "tildelingsbrev", "samfunnsdel"; areas "arbeid", "ungdom";
 * goals "g-arbeid", "g-ungdom-1", "g-ungdom-2"; activities "a1".."a4"; indicators "i1".."i4".
 */
export function completeSnapshot(parts: Omit<SnapshotParts, "foundations" | "focusAreas" | "indicators"> = {}): PlanSnapshot {
  return snapshot({
    ...parts,
    version: {
      vision: "Flere i arbeid og aktivitet",
      description: "Nav Eksempel er et kontor med 40 ansatte.",
      statePositions: 22.5,
      municipalPositions: 17,
      budget: budget({ income: 1_000_000, expenses: 950_000 }),
      ...parts.version,
    },
    foundations: [
      foundation({ key: "tildelingsbrev", line: "stat", title: "Mål- og disponeringsbrev 2027" }),
      foundation({ key: "samfunnsdel", line: "kommune", title: "Kommuneplanens samfunnsdel" }),
    ],
    focusAreas: [
      area({
        key: "arbeid",
        title: "Arbeid",
        goals: [
          goal({
            key: "g-arbeid",
            text: "Flere unge i arbeid",
            source: "felles",
            activities: [
              activity({ key: "a1", text: "Jobbmesse for unge", timingKind: "maned", timingValue: "2027-03" }),
              activity({ key: "a2", text: "Tettere oppfølging", status: "pagar" }),
            ],
          }),
        ],
      }),
      area({
        key: "ungdom",
        title: "Ungdom",
        goals: [
          goal({ key: "g-ungdom-1", text: "Færre unge uføre", source: "stat", activities: [activity({ key: "a3" })] }),
          goal({
            key: "g-ungdom-2",
            text: "Alle unge får tilbud",
            source: "kommune",
            foundationKey: "samfunnsdel",
            activities: [activity({ key: "a4", timingKind: "dato", timingValue: "2027-06-15" })],
          }),
        ],
      }),
    ],
    indicators: [
      indicator({ key: "i1", name: "Andel unge i arbeid", source: "felles", targetValue: 60 }),
      indicator({
        key: "i2",
        name: "Unge på sosialhjelp",
        source: "kommune",
        targetKind: "retning",
        targetValue: null,
        targetDirection: "synke",
        unit: "",
      }),
      indicator({ key: "i3", name: "Sykefravær", source: "stat", targetKind: "grense", targetValue: 6.3, targetOperator: "<" }),
      indicator({ key: "i4", name: "Brukertilfredshet", source: "kommune", targetValue: 80 }),
    ],
  });
}

/**
 * The next version of a plan as copying makes it: new ids and versionId, the same keys and
 * content. Pass `edit` to change the copy.
 */
export function copyVersion(from: PlanSnapshot, edit: (copy: PlanSnapshot) => void = () => {}): PlanSnapshot {
  const versionId = `${from.version.id}-copy`;
  const renew = (id: string) => `${id}-copy`;
  const copy: PlanSnapshot = {
    plan: { ...from.plan },
    version: {
      ...from.version,
      id: versionId,
      versionNo: from.version.versionNo + 1,
      status: "utkast",
      budget: structuredClone(from.version.budget),
    },
    foundations: from.foundations.map((f) => ({ ...f, id: renew(f.id), versionId })),
    focusAreas: from.focusAreas.map((a) => ({
      ...a,
      id: renew(a.id),
      versionId,
      goals: a.goals.map((g) => ({
        ...g,
        id: renew(g.id),
        versionId,
        focusAreaId: renew(a.id),
        activities: g.activities.map((x) => ({ ...x, id: renew(x.id), versionId, goalId: renew(g.id) })),
      })),
    })),
    indicators: from.indicators.map((i) => ({ ...i, id: renew(i.id), versionId, values: [...i.values] })),
  };
  edit(copy);
  return copy;
}

/** The document the exports render, for a snapshot of Nav Grimstad's plan. */
export const documentOf = (s: PlanSnapshot): PlanDocument => ({
  officeName: "Nav Grimstad",
  year: s.plan.year,
  slug: "grimstad",
  snapshot: s,
  services: [],
  approvals: [],
  linkedActions: {},
  namesShown: true,
});
