import { z } from "zod";
import type { Locale } from "./i18n/locales";
import { isText, renderText, text, type MessageKey, type Text } from "./i18n/text";
import { parseNorwegianNumber } from "./norwegian-number";

/**
 * Input rules shared by routers and forms. Each rule carries its own message, shown next to the
 * field. Messages are catalogue keys (messages/<locale>/errors.json → "rules"), and a field's
 * label is one too ("errors.labels.title"): the message is rendered when an input fails, in the
 * language of the request being checked (ADR 0018), so the field errors the server sends follow
 * the caller's language. Server code says where that language comes from
 * (server/api/locale-scope.ts); elsewhere it is bokmål.
 */

// Kept in a module without zod, so the browser can have it without the schemas (issue 18).
export { parseNorwegianNumber };

let validationLocale: () => Locale | undefined = () => undefined;

/** Where the language of the input being checked comes from (set once by server/api/locale-scope.ts). */
export function readValidationLocaleFrom(source: () => Locale | undefined): void {
  validationLocale = source;
}

/** A field's label: a catalogue key, rendered in the same language as the message around it. */
export type Label = MessageKey;

type RuleValues = Record<string, string | number | Text>;

/**
 * A zod message (`error`) from the catalogues, rendered when an input fails. Values that are
 * Texts (labels) are rendered in the same language; numbers are written as they are ("20000").
 */
export function rule(key: MessageKey, values?: RuleValues): { error: () => string } {
  return {
    error: () => {
      const locale = validationLocale() ?? "nb";
      const rendered = values
        ? Object.fromEntries(Object.entries(values).map(([name, value]) => [name, isText(value) ? renderText(value, locale) : String(value)]))
        : undefined;
      return renderText(text(key, rendered), locale);
    },
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as yyyy-mm-dd that exists (no 31.2.). */
export const isoDate = (label: Label) =>
  z
    .string(rule("errors.rules.notDate", { label: text(label) }))
    .regex(ISO_DATE, rule("errors.rules.badDate", { label: text(label) }))
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, rule("errors.rules.noSuchDate", { label: text(label) }));

/** A decimal number typed the Norwegian way ("12,6") or sent as a number. */
export const decimalInput = (label: Label, { min = 0, max = 100_000, example = "12,6" } = {}) => {
  const notNumber = rule("errors.rules.notNumber", { label: text(label), example });
  return z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      if (value.trim() === "") return null;
      return parseNorwegianNumber(value) ?? Number.NaN;
    },
    z
      .number(notNumber)
      .refine(Number.isFinite, notNumber)
      .min(min, rule("errors.rules.belowMin", { label: text(label), min }))
      .max(max, rule("errors.rules.tooBig", { label: text(label) }))
      .nullable(),
  );
};

export const requiredText = (label: Label, max: number) =>
  z
    .string(rule("errors.rules.required", { label: text(label) }))
    .trim()
    .min(1, rule("errors.rules.required", { label: text(label) }))
    .max(max, rule("errors.rules.tooLong", { label: text(label), max }));

export const optionalText = (label: Label, max: number) =>
  z
    .string(rule("errors.rules.notText", { label: text(label) }))
    .trim()
    .max(max, rule("errors.rules.tooLong", { label: text(label), max }));

export const entityId = z.string(rule("errors.rules.missingId")).min(1, rule("errors.rules.missingId")).max(64, rule("errors.rules.badId"));

export const versionInput = z
  .number(rule("errors.rules.missingVersion"))
  .int(rule("errors.rules.badVersion"))
  .min(0, rule("errors.rules.badVersion"));

export const slugInput = z
  .string(rule("errors.rules.missingPartnership"))
  .min(1, rule("errors.rules.missingPartnership"))
  .max(80, rule("errors.rules.badAddress"))
  .regex(/^[a-z0-9-]+$/, rule("errors.rules.badAddress"));

/** A plan or agreement year. */
export const yearInput = z
  .number(rule("errors.rules.chooseYear"))
  .int(rule("errors.rules.chooseYear"))
  .min(2000, rule("errors.rules.yearRange", { min: 2000, max: 2100 }))
  .max(2100, rule("errors.rules.yearRange", { min: 2000, max: 2100 }));
