/** The signing rules, free of the database: who must sign, who has, and whether one more may. */
import type { AgreementPartyEntry } from "~/db/schema/values";
import { text, type Text } from "~/lib/i18n/text";

export interface SignatureEntry {
  userId: string;
}

export function signingState(parties: readonly AgreementPartyEntry[], signatures: readonly SignatureEntry[]) {
  const signedIds = new Set(signatures.map((s) => s.userId));
  const missing = parties.filter((p) => !signedIds.has(p.userId));
  return { missing, complete: parties.length > 0 && missing.length === 0 };
}

export type SigningProblem = { kind: "forbidden" | "invalid"; message: Text };

/** Why this person may not sign this version now, or null. Order among parties does not matter. */
export function signingProblem(
  status: "utkast" | "signert",
  parties: readonly AgreementPartyEntry[],
  signatures: readonly SignatureEntry[],
  userId: string,
): SigningProblem | null {
  if (status !== "utkast") return { kind: "invalid", message: text("agreement.errors.alreadySignedByAll") };
  if (!parties.some((p) => p.userId === userId)) return { kind: "forbidden", message: text("agreement.errors.onlyParties") };
  if (signatures.some((s) => s.userId === userId)) return { kind: "invalid", message: text("agreement.errors.alreadySigned") };
  return null;
}
