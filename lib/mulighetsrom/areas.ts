/**
 * The mulighetsrom model (see ./model.ts) as lists to render. Their words come from the
 * "mulighetsrom" catalogue: `t(\`areas.${areaKey(no)}.name\`)`, `t(\`levels.${level}.label\`)`,
 * `t(\`conditions.${key}\`)`, `t(\`score.${score}\`)`.
 */
import { conditionKeys, modelAreas, type ConditionKey, type ModelArea } from "./model";

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

export type Area = ModelArea;
export const areas: readonly Area[] = modelAreas;

/** The four conditions for a good partnership; their names: `t(\`conditions.${key}\`)`. */
export const conditions: readonly { key: ConditionKey }[] = conditionKeys.map((key) => ({ key }));

/** Every scored item, conditions first. */
export const scoredItems: readonly { key: string; kind: "condition" | "area" }[] = [
  ...conditions.map((c) => ({ key: c.key, kind: "condition" as const })),
  ...areas.map((a) => ({ key: String(a.no), kind: "area" as const })),
];
