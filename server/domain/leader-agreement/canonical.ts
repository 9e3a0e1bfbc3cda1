/**
 * The canonical text of a lederavtale version: the exact words people sign, built the same
 * way every time from the stored content. Its SHA-256 is what signatures record and what
 * "verify" recomputes. Pure and deterministic; change it only with a migration of old hashes.
 *
 * Its headings and labels are part of what is hashed, so they are fixed bokmål here, not catalogue
 * messages (ADR 0018): the same content gives the same checksum whatever language a reader has.
 * Pages show the agreement with headings in the reader's language (messages/<locale>/agreement.json);
 * the canonical text itself is shown as it is, beside the checksum it belongs to.
 */
import { createHash } from "node:crypto";
import type { AgreementPartyEntry, DutyItem } from "~/db/schema/values";

export interface AgreementContent {
  year: number;
  versionNo: number;
  officeName: string;
  parties: readonly AgreementPartyEntry[];
  purpose: string;
  leaderDuties: readonly DutyItem[];
  ownerDuties: readonly DutyItem[];
  changeClause: string;
  place: string;
  signingDate: string | null;
}

const partyLabels: Record<AgreementPartyEntry["party"], string> = {
  kommune: "For kommunen",
  stat: "For Nav fylke",
  kontor: "Nav-leder",
};

/** Line endings, Unicode form and trailing spaces never change the meaning, so never the hash. */
const clean = (text: string) =>
  text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();

const dateText = (iso: string | null) => {
  if (!iso) return "(ikke satt)";
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}.${m}.${y}`;
};

export const appendixText = (c: Pick<AgreementContent, "year" | "officeName">) =>
  `Felles virksomhetsplan ${c.year} for ${clean(c.officeName)}, den versjonen begge eiere har godkjent.`;

export function canonicalText(c: AgreementContent): string {
  const lines = [
    `LEDERAVTALE ${c.year} – ${clean(c.officeName)}`,
    `Versjon ${c.versionNo}`,
    "",
    "Parter",
    ...c.parties.map((p) => `- ${partyLabels[p.party]}: ${clean(p.name)}, ${clean(p.title)}`),
    "",
    "1. Formål",
    clean(c.purpose),
    "",
    "2. Nav-lederens ansvar",
    ...c.leaderDuties.map((d, i) => `2.${i + 1} ${clean(d.text)}`),
    "",
    "3. Eiernes ansvar",
    ...c.ownerDuties.map((d, i) => `3.${i + 1} ${clean(d.text)}`),
    "",
    "4. Endringer i avtaleperioden",
    clean(c.changeClause),
    "",
    "5. Vedlegg",
    appendixText(c),
    "",
    `Sted og dato: ${clean(c.place) || "(ikke satt)"}, ${dateText(c.signingDate)}`,
  ];
  return lines.join("\n");
}

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export const hashContent = (c: AgreementContent) => sha256(canonicalText(c));
