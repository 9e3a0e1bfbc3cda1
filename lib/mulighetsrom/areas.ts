/**
 * The mulighetsrom model (see ./model.ts) with bokmål names attached, for callers that have not
 * moved to the catalogue yet, seeds and tests. New UI code imports ./model and renders the words
 * from the "mulighetsrom" catalogue: `t(\`areas.${areaKey(no)}.name\`)`, `t(\`levels.${level}.label\`)`,
 * `t(\`conditions.${key}\`)`, `t(\`score.${score}\`)`.
 */
import bokmal from "~/messages/nb/mulighetsrom.json";
import { areaKey, conditionKeys, modelAreas, type AreaScore, type ConditionKey, type Level } from "./model";

export {
  AREA_COUNT,
  areaKey,
  isConditionKey,
  isScoredItem,
  levels,
  MAX_PRIORITIES,
  type AreaKey,
  type AreaScore,
  type ConditionKey,
  type Level,
} from "./model";

export interface Area {
  no: number;
  levels: readonly Level[];
  /** @deprecated Bokmål only: render `t(\`areas.${areaKey(no)}.name\`)` from "mulighetsrom". */
  name: string;
  /** @deprecated Bokmål only: render `t(\`areas.${areaKey(no)}.summary\`)` from "mulighetsrom". */
  summary: string;
}

export const areas: readonly Area[] = modelAreas.map((a) => ({ ...a, ...bokmal.areas[areaKey(a.no)] }));

export function areaByNo(no: number): Area {
  const area = areas.find((a) => a.no === no);
  if (!area) throw new Error(`Unknown area ${no}`);
  return area;
}

/** @deprecated Bokmål only: render `t(\`levels.${level}.label\`)` / `.description` from "mulighetsrom". */
export const levelInfo: Record<Level, { label: string; description: string }> = bokmal.levels;

/** The four conditions for a good partnership; `name` is bokmål only: render `t(\`conditions.${key}\`)`. */
export const conditions: readonly { key: ConditionKey; name: string }[] = conditionKeys.map((key) => ({
  key,
  name: bokmal.conditions[key],
}));

/** Every scored item, conditions first; `name` is bokmål only. */
export const scoredItems: readonly { key: string; name: string; kind: "condition" | "area" }[] = [
  ...conditions.map((c) => ({ key: c.key, name: c.name, kind: "condition" as const })),
  ...areas.map((a) => ({ key: String(a.no), name: a.name, kind: "area" as const })),
];

/** @deprecated Bokmål only: render `t(\`score.${score}\`)` from "mulighetsrom". */
export const scoreLabels: Record<AreaScore, string> = bokmal.score;
