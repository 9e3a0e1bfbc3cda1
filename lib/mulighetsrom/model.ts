/**
 * The mulighetsrom model without its words: 20 development areas in three overlapping levels,
 * and four conditions checked before scoring. Numbers and levels come from the model (Agder
 * pilot, 2018-19). The names, descriptions and level texts are UI text in the "mulighetsrom"
 * catalogue: `areas.<no>.name`, `areas.<no>.summary`, `levels.<level>.label` / `.description`,
 * `conditions.<key>`, `score.<score>`; e.g. `t(\`areas.${areaKey(no)}.name\`)`. Client-safe, and
 * free of catalogue imports so a client bundle carries no second copy of the words.
 */
import type { areaScores } from "~/db/schema/enums";
import type bokmal from "~/messages/nb/mulighetsrom.json";

export type AreaScore = (typeof areaScores)[number];
export type Level = "eier" | "kontor" | "tjeneste";
export type ConditionKey = "b1" | "b2" | "b3" | "b4";
/** The catalogue key of an area: its number as text, "1".."20". */
export type AreaKey = keyof typeof bokmal.areas;

export interface ModelArea {
  no: number;
  levels: readonly Level[];
}

export const levels: readonly Level[] = ["eier", "kontor", "tjeneste"];

export const modelAreas: readonly ModelArea[] = (
  [
    ["eier", "kontor", "tjeneste"],
    ["eier"],
    ["eier"],
    ["eier"],
    ["eier"],
    ["eier"],
    ["eier"],
    ["eier"],
    ["kontor"],
    ["kontor"],
    ["kontor"],
    ["tjeneste"],
    ["tjeneste"],
    ["tjeneste"],
    ["eier", "kontor"],
    ["eier", "kontor"],
    ["eier", "tjeneste"],
    ["eier", "tjeneste"],
    ["kontor", "tjeneste"],
    ["kontor", "tjeneste"],
  ] as const
).map((areaLevels, index) => ({ no: index + 1, levels: areaLevels }));

export const AREA_COUNT = modelAreas.length;

/** The catalogue key of area `no` (1–20). */
export const areaKey = (no: number) => String(no) as AreaKey;

export const conditionKeys: readonly ConditionKey[] = ["b1", "b2", "b3", "b4"];

export const isConditionKey = (key: string): key is ConditionKey => (conditionKeys as readonly string[]).includes(key);

/** Every item a participant scores, conditions first, in the order they are asked. */
export const scoredItemKeys: readonly { key: string; kind: "condition" | "area" }[] = [
  ...conditionKeys.map((key) => ({ key, kind: "condition" as const })),
  ...modelAreas.map((a) => ({ key: String(a.no), kind: "area" as const })),
];

export const isScoredItem = (key: string) => scoredItemKeys.some((item) => item.key === key);

export const MAX_PRIORITIES = 3;
