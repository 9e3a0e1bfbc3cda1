/**
 * What a notification says, decided before its readers are known: a catalogue key with values, a
 * text already written (a person's own words, or a caller not moved to the catalogues yet), or a
 * function of the language for texts built from several parts (a meeting's agenda). notify()
 * renders it once per language among the recipients (ADR 0018).
 */
import type { Locale } from "~/lib/i18n/locales";
import { isText, renderText, type Text } from "~/lib/i18n/text";
import type { NotificationKind } from "~/lib/notifications/kinds";
import { translator } from "~/lib/i18n/translate";

export type Wording = Text | string | ((locale: Locale) => string | Promise<string>);

export async function renderWording(wording: Wording, locale: Locale): Promise<string> {
  if (typeof wording === "function") return wording(locale);
  return isText(wording) ? renderText(wording, locale) : wording;
}

/**
 * The kind's name as the person chose it on /varsler/innstillinger, for a mail's footer and the
 * unsubscribe page: the notification settings' label (messages/<locale>/notifications.json, «kinds»).
 */
export function kindLabel(kind: NotificationKind, locale: Locale): string {
  return translator(locale, "notifications")(`kinds.${kind}`);
}
