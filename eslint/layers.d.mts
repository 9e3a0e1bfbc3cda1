import type { Linter, Rule } from "eslint";

export declare const layersPlugin: { rules: Record<"client-imports" | "server-aksel-subpaths", Rule.RuleModule> };
export declare const layerRules: Linter.Config[];
