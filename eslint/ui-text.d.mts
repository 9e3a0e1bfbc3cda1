import type { Linter } from "eslint";

export declare const uiTextRuleOptions: { message: string } & Record<string, unknown>;
export declare const uiTextRules: Linter.Config[];
