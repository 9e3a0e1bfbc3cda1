/**
 * No UI text written in components (ADR 0018): JSX text and the attributes people read come from
 * the message catalogues (messages/), through useTranslations/getTranslations. eslint-plugin-i18next's
 * rule does the finding; this file says what counts as text people read.
 */
import i18next from "eslint-plugin-i18next";

/** Props whose value a person reads or hears. */
const readAttributes = [
  "label",
  "description",
  "title",
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "placeholder",
  "legend",
  "alt",
  "heading",
  "error",
  "text",
  "content",
  "caption",
  "confirmLabel",
  "cancelLabel",
  "submitLabel",
  "emptyText",
  "helpText",
  "header",
  "closeButtonLabel",
];

export const uiTextRuleOptions = {
  mode: "jsx-only",
  "jsx-attributes": { include: readAttributes },
  // Punctuation, numbers and symbols alone («–», «·», «:», «1.») are not words.
  words: { exclude: [/^[\s\d\p{P}\p{S}]*$/u, /^Partnerskapsrommet$/, /^Nav$/] },
  // Translators (t, tCommon, …) and their rich/markup forms take keys, not text.
  callees: { exclude: ["t", "t[A-Z]\\w*", "t\\.(?:rich|markup|has|raw)", "t[A-Z]\\w*\\.(?:rich|markup|has|raw)"] },
  message: "Skriv UI-tekst i messages/ (ADR 0018): bruk useTranslations eller getTranslations, ikke tekst i komponenten.",
};

export const uiTextRules = [
  {
    files: ["app/**/*.tsx"],
    ignores: ["app/**/*.test.tsx"],
    plugins: { i18next },
    rules: { "i18next/no-literal-string": ["error", uiTextRuleOptions] },
  },
];
