/**
 * The lederavtale's notifications, raised by leader-agreement/agreements.ts when a party signs.
 * A draft waits for signatures once the first party has signed: from then on its text is
 * frozen (agreements.ts refuses edits to a version anyone has signed), so the others are asked
 * to sign exactly what they will read. Signed by all: the parties are told it is in force.
 */
import type { Executor } from "~/db/connection";
import type { AgreementPartyEntry } from "~/db/schema";
import { text } from "~/lib/i18n/text";
import type { Actor } from "~/server/domain/audit/record";
import type { PartnershipRef } from "~/server/domain/scope";
import { notify } from "./notify";
import { officeNameOf } from "./recipients";

export interface AgreementRef {
  target: PartnershipRef;
  year: number;
  versionId: string;
  parties: readonly AgreementPartyEntry[];
}

const link = (ref: AgreementRef) => `/partnerskap/${ref.target.slug}/lederavtale/${ref.year}`;

/** After a signature that did not complete the agreement: to every party who has not signed. */
export async function agreementAwaitingSignature(tx: Executor, actor: Actor, ref: AgreementRef, signedUserIds: readonly string[]) {
  const signed = new Set(signedUserIds);
  return notify(tx, actor, {
    kind: "agreement_awaiting_signature",
    recipientUserIds: ref.parties.map((p) => p.userId).filter((id) => !signed.has(id)),
    partnershipId: ref.target.id,
    title: text("mail.agreement.awaitingTitle", { year: ref.year, office: await officeNameOf(tx, ref.target.id) }),
    link: link(ref),
    // Once per version and person, however often a signature is withdrawn and given again.
    dedupeKey: `agreement-sign.${ref.versionId}`,
    intro: text("mail.agreement.awaitingIntro"),
    reason: text("mail.agreement.reasonParty"),
  });
}

export async function agreementSigned(tx: Executor, actor: Actor, ref: AgreementRef) {
  return notify(tx, actor, {
    kind: "agreement_signed",
    recipientUserIds: ref.parties.map((p) => p.userId),
    partnershipId: ref.target.id,
    title: text("mail.agreement.signedTitle", { year: ref.year, office: await officeNameOf(tx, ref.target.id) }),
    link: link(ref),
    dedupeKey: `agreement-signed.${ref.versionId}`,
    reason: text("mail.agreement.reasonParty"),
  });
}
