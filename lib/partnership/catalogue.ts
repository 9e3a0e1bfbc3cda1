/**
 * The partnership's fixed lists (NAV-loven § 14 points, the minimumsløsning, optional services).
 * Their words live in the catalogues (namespace "partnership"); this file holds the keys and order.
 */
import {
  agreementPointKeys,
  type agreementPointStatuses,
  type leaderModels,
  optionalServiceKeys,
} from "~/db/schema/enums";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import { minimumServiceKeys } from "./minimum-services";

export type AgreementPointKey = (typeof agreementPointKeys)[number];
export type AgreementPointStatus = (typeof agreementPointStatuses)[number];
export type OptionalServiceKey = (typeof optionalServiceKeys)[number];
export type LeaderModel = (typeof leaderModels)[number];

/** NAV-loven § 14: what the local agreement must settle, in the order the law lists it. */
export const agreementPoints: readonly { key: AgreementPointKey }[] = agreementPointKeys.map((key) => ({ key }));

export { minimumServiceKeys };

export const catalogueServiceKeys = optionalServiceKeys.filter((key): key is Exclude<OptionalServiceKey, "annet"> => key !== "annet");

/** The minimumsløsning's services by name, in a language. */
export const minimumServicesIn = (locale: Locale): string[] => {
  const t = translator(locale, "partnership");
  return minimumServiceKeys.map((key) => t(`minimumService.${key}`));
};

/** A service's name in a language: a catalogue service's, or the name the office gave its own. */
export function serviceNameIn(service: { serviceKey: OptionalServiceKey; customName: string | null }, locale: Locale): string {
  const t = translator(locale, "partnership");
  return service.serviceKey === "annet" ? (service.customName ?? t("service.annet")) : t(`service.${service.serviceKey}`);
}
