/**
 * What the app notifies people about (issue 16), and the default delivery: tasks at once, the
 * rest in the digest.
 */
import { deliveries, notificationKinds } from "~/db/schema/enums";

export { deliveries, notificationKinds };
export type NotificationKind = (typeof notificationKinds)[number];

export type Delivery = (typeof deliveries)[number];

/** A task is something the person is asked to do: at once by default; the rest in the digest. The labels are in messages/<locale>/notifications.json («kinds», «delivery»). */
const taskKinds: Record<NotificationKind, boolean> = {
  plan_sent_for_approval: true,
  plan_returned: true,
  plan_approved: false,
  plan_comment: false,
  plan_published: false,
  agreement_awaiting_signature: true,
  agreement_signed: false,
  meeting_invitation: true,
  minutes_awaiting_approval: true,
  follow_up_assigned: true,
  follow_up_due: true,
  follow_up_overdue: true,
  assessment_opened: true,
  assessment_closing: true,
  app_invitation: true,
  network_invitation: true,
  partnership_agreement_revision: false,
};

export const isTaskKind = (kind: NotificationKind): boolean => taskKinds[kind];

export const defaultDelivery = (kind: NotificationKind): Delivery => (taskKinds[kind] ? "immediate" : "digest");
