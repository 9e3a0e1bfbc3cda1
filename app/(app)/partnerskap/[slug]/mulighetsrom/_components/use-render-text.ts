"use client";

import { useTranslations } from "next-intl";
import type { Text } from "~/lib/i18n/text";

/** Renders a catalogue Text (lib/i18n/text.ts) in the page's language, in a client component. */
export function useRenderText() {
  const t = useTranslations();
  return (text: Text) => t(text.key, text.values);
}
