/**
 * What the app notifies people about (issue 16), with the Norwegian label a person sees
 * when choosing how to be told, and the default delivery: tasks at once, the rest in the digest.
 */
import { deliveries, notificationKinds } from "~/db/schema/enums";

export { deliveries, notificationKinds };
export type NotificationKind = (typeof notificationKinds)[number];

export type Delivery = (typeof deliveries)[number];

export const deliveryLabels: Record<Delivery, string> = {
  immediate: "Med en gang",
  digest: "I daglig sammendrag kl. 07",
  off: "Ikke på e-post",
};

interface KindInfo {
  label: string;
  /** A task: something the person is asked to do. */
  task: boolean;
}

export const notificationKindInfo: Record<NotificationKind, KindInfo> = {
  plan_sent_for_approval: { label: "En virksomhetsplan venter på din godkjenning", task: true },
  plan_returned: { label: "En virksomhetsplan er sendt tilbake", task: true },
  plan_approved: { label: "En virksomhetsplan er godkjent", task: false },
  plan_comment: { label: "Kommentar på et punkt i virksomhetsplanen", task: false },
  plan_published: { label: "En virksomhetsplan er publisert", task: false },
  agreement_awaiting_signature: { label: "En lederavtale venter på din signatur", task: true },
  agreement_signed: { label: "En lederavtale er signert av alle", task: false },
  meeting_invitation: { label: "Innkalling til partnerskapsmøte", task: true },
  minutes_awaiting_approval: { label: "Et møtereferat venter på godkjenning", task: true },
  follow_up_assigned: { label: "En oppfølging er gitt til deg", task: true },
  follow_up_due: { label: "En oppfølging har frist om 7 dager", task: true },
  follow_up_overdue: { label: "En oppfølging har passert fristen", task: true },
  assessment_opened: { label: "En vurdering av mulighetsrommet er åpnet for deg", task: true },
  assessment_closing: { label: "En vurdering lukkes om 3 dager", task: true },
  app_invitation: { label: "Invitasjon til Partnerskapsrommet", task: true },
  network_invitation: { label: "Invitasjon til et nettverk", task: true },
  partnership_agreement_revision: { label: "Samarbeidsavtalen skal revideres", task: false },
};

export const defaultDelivery = (kind: NotificationKind): Delivery => (notificationKindInfo[kind].task ? "immediate" : "digest");
