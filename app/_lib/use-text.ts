"use client";

import { useTranslations } from "next-intl";
import type { Text, TextValues } from "~/lib/i18n/text";

/**
 * Renders a Text (a catalogue key, namespace first, from code shared with the server such as
 * lib/two-factor.ts) with the page's client messages; its namespace must be among those the
 * area's ClientMessages names. A plain string (already rendered by the server) is shown as it is.
 */
export function useRenderText(): (message: Text | string) => string {
  const t = useTranslations() as unknown as (key: string, values?: TextValues) => string;
  return (message) => (typeof message === "string" ? message : t(message.key, message.values));
}
