/**
 * Mulighetsrommet's notification, raised by mulighetsrom/assessments.ts: an assessment opened
 * for a person to score, when they are invited (at the start, or added later). Their answers
 * are private (ADR 0005): the notification says only that the assessment waits for them.
 */
import type { Executor } from "~/db/connection";
import { formatDate } from "~/lib/format";
import { text } from "~/lib/i18n/text";
import type { Actor } from "~/server/domain/audit/record";
import type { PartnershipRef } from "~/server/domain/scope";
import { notify } from "./notify";
import { officeNameOf } from "./recipients";

export interface AssessmentRef {
  target: PartnershipRef;
  id: string;
  occasion: string;
  heldOn: string;
}

export const assessmentAnswerLink = (ref: Pick<AssessmentRef, "target" | "id">) => `/partnerskap/${ref.target.slug}/mulighetsrom/${ref.id}/svar`;

export async function assessmentOpened(tx: Executor, actor: Actor, ref: AssessmentRef, participantUserIds: readonly string[]) {
  return notify(tx, actor, {
    kind: "assessment_opened",
    recipientUserIds: participantUserIds,
    partnershipId: ref.target.id,
    // The date reads the same in bokmål and nynorsk (d.m.åååå).
    title: text("mail.assessment.openedTitle", { office: await officeNameOf(tx, ref.target.id), occasion: ref.occasion, date: formatDate(ref.heldOn) }),
    link: assessmentAnswerLink(ref),
    dedupeKey: `assessment-opened.${ref.id}`,
    intro: text("mail.assessment.openedIntro"),
    reason: text("mail.assessment.reasonParticipant"),
  });
}
