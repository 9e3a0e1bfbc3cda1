/**
 * The words of a network: member statuses, programme kinds and what a partnership may share.
 * Client-safe: no database imports. (Live-workshop words live in workshop-labels.ts.)
 */
import type { networkMemberStatuses, programmeKinds } from "~/db/schema/enums";

export type MemberStatus = (typeof networkMemberStatuses)[number];
export type ProgrammeKind = (typeof programmeKinds)[number];

export const memberStatusLabels: Record<MemberStatus, string> = {
  invitert: "Invitert",
  medlem: "Medlem",
  avslatt: "Takket nei",
  utmeldt: "Meldt ut",
};

/** The StatusTag tone per member status; the tag always carries the word too. */
export const memberStatusTones: Record<MemberStatus, "info" | "success" | "neutral" | "warning"> = {
  invitert: "info",
  medlem: "success",
  avslatt: "neutral",
  utmeldt: "neutral",
};

export const programmeKindLabels: Record<ProgrammeKind, string> = {
  innlegg: "Innlegg",
  gruppearbeid: "Gruppearbeid",
  plenum: "Plenum",
  pause: "Pause",
};

export type SharingKey = "shareStatuses" | "sharePriorities" | "shareNotes" | "sharePlans";
export type Sharing = Record<SharingKey, boolean>;

/** What the network sees unless the partnership chooses otherwise. */
export const DEFAULT_SHARING: Sharing = { shareStatuses: true, sharePriorities: true, shareNotes: false, sharePlans: false };

export const sharingOptions: readonly { key: SharingKey; label: string; short: string; help: string }[] = [
  {
    key: "shareStatuses",
    label: "Status for utviklingsområdene",
    short: "status",
    help: "Felles status (sterk, kan styrkes, ikke vurdert) for de 20 områdene fra den siste avsluttede vurderingen.",
  },
  {
    key: "sharePriorities",
    label: "Prioriteringer",
    short: "prioriteringer",
    help: "Hvilke områder dere vurderer, hvilke dere har prioritert, og hovedområdet.",
  },
  {
    key: "shareNotes",
    label: "Beskrivelser av områdene",
    short: "beskrivelser",
    help: "Det dere har skrevet om ønsket situasjon, barrierer og drivere for områdene.",
  },
  {
    key: "sharePlans",
    label: "Lokalt arbeid",
    short: "lokalt arbeid",
    help: "Hvor langt dere har kommet med utviklingsplanene: hvor mange tiltak som er fullført. Teksten i tiltakene deles ikke.",
  },
];

/** Said wherever a partnership chooses what to share. */
export const INDIVIDUAL_ANSWERS_NEVER_SHARED =
  "Svarene til hver enkelt deltaker i vurderingene deles aldri med nettverket, uansett hva dere velger.";

/** "status og prioriteringer", or "ingenting" when nothing is shared. */
export function sharingSummary(sharing: Sharing): string {
  const parts = sharingOptions.filter((o) => sharing[o.key]).map((o) => o.short);
  if (parts.length === 0) return "ingenting";
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}`;
}
