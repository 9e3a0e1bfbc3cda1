/**
 * Member statuses, programme kinds and what a partnership may share. Client-safe: no database
 * imports. The words are in the "network" catalogue, keyed by these values (ADR 0018):
 * memberStatus.<status>, programmeKind.<kind>, sharing.<key>.label|short|help,
 * sharing.neverIndividual. (Live-workshop words are in the "workshop" catalogue.)
 */
import type { networkMemberStatuses, programmeKinds } from "~/db/schema/enums";

export type MemberStatus = (typeof networkMemberStatuses)[number];
export type ProgrammeKind = (typeof programmeKinds)[number];

/** The StatusTag tone per member status; the tag always carries the word too. */
export const memberStatusTones: Record<MemberStatus, "info" | "success" | "neutral" | "warning"> = {
  invitert: "info",
  medlem: "success",
  avslatt: "neutral",
  utmeldt: "neutral",
};

/** In the order the forms list them. */
export const programmeKindOrder: readonly ProgrammeKind[] = ["innlegg", "gruppearbeid", "plenum", "pause"];

export type SharingKey = "shareStatuses" | "sharePriorities" | "shareNotes" | "sharePlans";
export type Sharing = Record<SharingKey, boolean>;

/** What the network sees unless the partnership chooses otherwise. */
export const DEFAULT_SHARING: Sharing = { shareStatuses: true, sharePriorities: true, shareNotes: false, sharePlans: false };

/** What a partnership may share, in the order the forms list them. */
export const sharingOptions: readonly { key: SharingKey }[] = [
  { key: "shareStatuses" },
  { key: "sharePriorities" },
  { key: "shareNotes" },
  { key: "sharePlans" },
];

/** The words sharingSummary needs, from the "network" catalogue (sharing.*). */
export interface SharingWords {
  short: (key: SharingKey) => string;
  nothing: string;
  list: (first: string, last: string) => string;
}

/** "status og prioriteringer", or "ingenting" when nothing is shared. */
export function sharingSummary(sharing: Sharing, words: SharingWords): string {
  const parts = sharingOptions.filter((o) => sharing[o.key]).map((o) => words.short(o.key));
  if (parts.length === 0) return words.nothing;
  if (parts.length === 1) return parts[0]!;
  return words.list(parts.slice(0, -1).join(", "), parts.at(-1)!);
}

/** "7. Tjenesteutvikling": a numbered area or place, the same in both languages. */
export const numbered = (no: number, name: string) => `${no}. ${name}`;

/** "42 %": a share, written the same way in bokmål and nynorsk. */
export const percent = (value: number) => `${value} %`;

/** "Bemanning (3)": a name with a count after it. */
export const withCount = (name: string, count: number) => `${name} (${count})`;

/** Shown where a table cell has nothing. */
export const EMPTY_CELL = "–";
