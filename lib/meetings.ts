/**
 * A meeting's, its minutes' and a follow-up's statuses. What they are called is in the "meetings"
 * catalogue: meetingStatus.<s>, minutesStatus.<s>, followUpStatus.<s>.
 */
import type { followUpStatuses, meetingStatuses, minutesStatuses } from "~/db/schema/enums";
export { followUpStatuses } from "~/db/schema/enums";

export type MeetingStatus = (typeof meetingStatuses)[number];
export type MinutesStatus = (typeof minutesStatuses)[number];
export type FollowUpStatus = (typeof followUpStatuses)[number];
