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
  words: { exclude: ["^[\\s\\d\\p{P}\\p{S}]*$", "^Partnerskapsrommet$", "^Nav$"] },
  message: "Skriv UI-tekst i messages/ (ADR 0018): bruk useTranslations eller getTranslations, ikke tekst i komponenten.",
};

/**
 * Folders still written with text inline, while they move to the catalogues. Each area's move
 * removes its entry; the list ends empty.
 */
export const untranslated = [
  "app/layout.tsx",
  "app/error*.tsx",
  "app/forbidden.tsx",
  "app/not-found.tsx",
  "app/_components/**",
  "app/logg-inn/**",
  "app/invitasjon/**",
  "app/delta/**",
  "app/(app)/layout.tsx",
  "app/(app)/forbidden.tsx",
  "app/(app)/not-found.tsx",
  "app/(app)/page.tsx",
  "app/(app)/konto/**",
  "app/(app)/varsler/**",
  "app/(app)/admin/**",
  "app/(app)/fylke/**",
  "app/(app)/nettverk/**",
  "app/(app)/partnerskap/[[]slug]/*.tsx",
  "app/(app)/partnerskap/[[]slug]/historikk/**",
  "app/(app)/partnerskap/[[]slug]/virksomhetsplan/**",
  "app/(app)/partnerskap/[[]slug]/arshjul/**",
  "app/(app)/partnerskap/[[]slug]/moter/**",
  "app/(app)/partnerskap/[[]slug]/lederavtale/**",
  "app/(app)/partnerskap/[[]slug]/mulighetsrom/**",
  "app/(offentlig)/**",
  "app/(utskrift)/layout.tsx",
  "app/(utskrift)/nettverk/**",
  "app/(utskrift)/partnerskap/[[]slug]/virksomhetsplan/**",
  "app/(utskrift)/partnerskap/[[]slug]/arshjul/**",
  "app/(utskrift)/partnerskap/[[]slug]/moter/**",
  "app/(utskrift)/partnerskap/[[]slug]/lederavtale/**",
  "app/(utskrift)/partnerskap/[[]slug]/mulighetsrom/**",
];

export const uiTextRules = [
  {
    files: ["app/**/*.tsx"],
    ignores: [...untranslated, "app/**/*.test.tsx"],
    plugins: { i18next },
    rules: { "i18next/no-literal-string": ["error", uiTextRuleOptions] },
  },
];
