/**
 * A message named by its catalogue key, for code that decides what to say before it knows to whom:
 * the domain's errors and rule refusals, rendered later in the reader's language (ADR 0018).
 */
import type { Messages } from "~/messages/catalogues";
import type { Locale } from "./locales";
import { translator } from "./translate";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key in the catalogues, namespace first: "plan.errors.titleRequired". */
export type MessageKey = Leaves<Messages>;
export type TextValues = Record<string, string | number | Date>;

export interface Text {
  key: MessageKey;
  values?: TextValues;
}

export const text = (key: MessageKey, values?: TextValues): Text => ({ key, values });

export function isText(value: unknown): value is Text {
  return typeof value === "object" && value !== null && typeof (value as Text).key === "string";
}

/** The message in the given language; a string is already rendered and returned as it is. */
export function renderText(message: Text | string, locale: Locale): string {
  if (typeof message === "string") return message;
  const dot = message.key.indexOf(".");
  const t = translator(locale, message.key.slice(0, dot) as keyof Messages) as unknown as (key: string, values?: TextValues) => string;
  return t(message.key.slice(dot + 1), message.values);
}
