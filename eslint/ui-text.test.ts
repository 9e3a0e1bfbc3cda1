import { RuleTester } from "eslint";
import i18next from "eslint-plugin-i18next";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import { uiTextRuleOptions } from "./ui-text.mjs";

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

// The plugin adds the offending source after the message.
const literal = { message: new RegExp(`^${uiTextRuleOptions.message.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`) };
const rule = i18next.rules?.["no-literal-string"];
if (!rule) throw new Error("eslint-plugin-i18next has no rule no-literal-string");

describe("no UI text in components (ADR 0018)", () => {
  tester.run("i18next/no-literal-string", rule, {
    valid: [
      { code: 'export function Page({ t }) { return <button>{t("common.save")}</button>; }', options: [uiTextRuleOptions], filename: "a.tsx" },
      { code: 'export function Page({ t }) { return <p>{t.rich("shell.twoFactorFirst", { link: (c) => <a href="/konto">{c}</a> })}</p>; }', options: [uiTextRuleOptions], filename: "a.tsx" },
      { code: 'export function Page({ tCommon }) { return <input aria-label={tCommon("search")} type="search" />; }', options: [uiTextRuleOptions], filename: "a.tsx" },
      { code: 'export function Page({ a, b }) { return <p>{a} – {b} · 12 %</p>; }', options: [uiTextRuleOptions], filename: "a.tsx" },
      { code: 'export function Page() { return <div className="flex gap-2" id="x" />; }', options: [uiTextRuleOptions], filename: "a.tsx" },
      { code: 'export function Page() { return <p>Partnerskapsrommet</p>; }', options: [uiTextRuleOptions], filename: "a.tsx" },
    ],
    invalid: [
      { code: "export function Page() { return <button>Lagre</button>; }", options: [uiTextRuleOptions], filename: "a.tsx", errors: [literal] },
      { code: 'export function Page() { return <input aria-label="Søk" />; }', options: [uiTextRuleOptions], filename: "a.tsx", errors: [literal] },
      { code: 'export function Page() { return <TextField label="Tittel" />; }', options: [uiTextRuleOptions], filename: "a.tsx", errors: [literal] },
      { code: "export function Page({ n }) { return <p>{n} har svart</p>; }", options: [uiTextRuleOptions], filename: "a.tsx", errors: [literal] },
    ],
  });
});
