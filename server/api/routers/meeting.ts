import { z } from "zod";
import {
  addAgendaItem,
  addAgendaItemInput,
  moveAgendaItem,
  moveAgendaItemInput,
  removeAgendaItem,
  removeAgendaItemInput,
  updateAgendaItem,
  updateAgendaItemInput,
} from "~/server/domain/meetings/agenda";
import {
  addFollowUp,
  addFollowUpInput,
  followUpStatusInput,
  removeFollowUp,
  removeFollowUpInput,
  setFollowUpStatus,
  updateFollowUp,
  updateFollowUpInput,
} from "~/server/domain/meetings/follow-ups";
import {
  cancelMeeting,
  createMeeting,
  createMeetingInput,
  meetingTransitionInput,
  sendInvitation,
  updateMeeting,
  updateMeetingInput,
} from "~/server/domain/meetings/meetings";
import {
  addCorrection,
  addCorrectionInput,
  addDecision,
  addDecisionInput,
  approveMinutes,
  attendanceInput,
  remarkMinutes,
  remarkMinutesInput,
  minutesTransitionInput,
  removeDecision,
  removeDecisionInput,
  saveItemMinutes,
  saveMinutesInput,
  sendMinutes,
  setAttendance,
  updateDecision,
  updateDecisionInput,
  withdrawMinutes,
} from "~/server/domain/meetings/minutes";
import { can, permissionSet } from "~/server/domain/access/permissions";
import { getMeeting, listMeetings, peopleOf } from "~/server/domain/meetings/view";
import { entityId } from "~/lib/validation";
import { withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure, partnershipProcedureWith } from "~/server/api/trpc";

const byMeeting = z.object({ meetingId: entityId });

export const meetingRouter = createTRPCRouter({
  list: partnershipProcedure.query(async ({ ctx }) => ({
    ...(await listMeetings(ctx.scope)),
    canPlan: can(ctx.access, "meeting:manage"),
    permissions: permissionSet(ctx.access),
  })),

  /** The people a new meeting can invite. */
  people: partnershipProcedure.query(async ({ ctx }) => ({
    people: await peopleOf(ctx.scope, ctx.locale),
    canPlan: can(ctx.access, "meeting:manage"),
  })),

  get: partnershipProcedure
    .input(byMeeting)
    .query(async ({ ctx, input }) => ({
      ...(await getMeeting(ctx.scope, { ...withoutSlug(input), locale: ctx.locale })),
      permissions: permissionSet(ctx.access),
    })),

  create: partnershipProcedureWith("meeting:manage")
    .input(createMeetingInput)
    .mutation(({ ctx, input }) => createMeeting(ctx.scope, withoutSlug(input), ctx.locale)),

  update: partnershipProcedureWith("meeting:manage")
    .input(updateMeetingInput)
    .mutation(({ ctx, input }) => updateMeeting(ctx.scope, withoutSlug(input))),

  sendInvitation: partnershipProcedureWith("meeting:manage")
    .input(meetingTransitionInput)
    .mutation(({ ctx, input }) => sendInvitation(ctx.scope, withoutSlug(input))),

  cancel: partnershipProcedureWith("meeting:manage")
    .input(meetingTransitionInput)
    .mutation(({ ctx, input }) => cancelMeeting(ctx.scope, withoutSlug(input))),

  addAgendaItem: partnershipProcedureWith("meeting:manage")
    .input(addAgendaItemInput)
    .mutation(({ ctx, input }) => addAgendaItem(ctx.scope, withoutSlug(input))),

  updateAgendaItem: partnershipProcedureWith("meeting:manage")
    .input(updateAgendaItemInput)
    .mutation(({ ctx, input }) => updateAgendaItem(ctx.scope, withoutSlug(input))),

  moveAgendaItem: partnershipProcedureWith("meeting:manage")
    .input(moveAgendaItemInput)
    .mutation(({ ctx, input }) => moveAgendaItem(ctx.scope, withoutSlug(input))),

  removeAgendaItem: partnershipProcedureWith("meeting:manage")
    .input(removeAgendaItemInput)
    .mutation(({ ctx, input }) => removeAgendaItem(ctx.scope, withoutSlug(input))),

  saveMinutes: partnershipProcedureWith("meeting:manage")
    .input(saveMinutesInput)
    .mutation(({ ctx, input }) => saveItemMinutes(ctx.scope, withoutSlug(input))),

  setAttendance: partnershipProcedureWith("meeting:manage")
    .input(attendanceInput)
    .mutation(({ ctx, input }) => setAttendance(ctx.scope, withoutSlug(input))),

  addDecision: partnershipProcedureWith("meeting:manage")
    .input(addDecisionInput)
    .mutation(({ ctx, input }) => addDecision(ctx.scope, withoutSlug(input))),

  updateDecision: partnershipProcedureWith("meeting:manage")
    .input(updateDecisionInput)
    .mutation(({ ctx, input }) => updateDecision(ctx.scope, withoutSlug(input))),

  removeDecision: partnershipProcedureWith("meeting:manage")
    .input(removeDecisionInput)
    .mutation(({ ctx, input }) => removeDecision(ctx.scope, withoutSlug(input))),

  addFollowUp: partnershipProcedureWith("meeting:manage")
    .input(addFollowUpInput)
    .mutation(({ ctx, input }) => addFollowUp(ctx.scope, withoutSlug(input))),

  updateFollowUp: partnershipProcedureWith("meeting:manage")
    .input(updateFollowUpInput)
    .mutation(({ ctx, input }) => updateFollowUp(ctx.scope, withoutSlug(input))),

  removeFollowUp: partnershipProcedureWith("meeting:manage")
    .input(removeFollowUpInput)
    .mutation(({ ctx, input }) => removeFollowUp(ctx.scope, withoutSlug(input))),

  /** The owner, or the office. */
  setFollowUpStatus: partnershipProcedure
    .input(followUpStatusInput)
    .mutation(({ ctx, input }) =>
      setFollowUpStatus(ctx.scope, withoutSlug(input)),
    ),

  sendMinutes: partnershipProcedureWith("meeting:manage")
    .input(minutesTransitionInput)
    .mutation(({ ctx, input }) => sendMinutes(ctx.scope, withoutSlug(input))),

  withdrawMinutes: partnershipProcedureWith("meeting:manage")
    .input(minutesTransitionInput)
    .mutation(({ ctx, input }) => withdrawMinutes(ctx.scope, withoutSlug(input))),

  approveMinutes: partnershipProcedureWith("minutes:approve")
    .input(minutesTransitionInput)
    .mutation(({ ctx, input }) => approveMinutes(ctx.scope, withoutSlug(input))),

  /** «Jeg har merknader»: the same people as approveMinutes; not an approval. */
  remarkMinutes: partnershipProcedureWith("minutes:approve")
    .input(remarkMinutesInput)
    .mutation(({ ctx, input }) => remarkMinutes(ctx.scope, withoutSlug(input))),

  addCorrection: partnershipProcedureWith("meeting:manage")
    .input(addCorrectionInput)
    .mutation(({ ctx, input }) => addCorrection(ctx.scope, withoutSlug(input))),
});
