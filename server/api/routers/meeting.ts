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
import { permissionSet } from "~/server/domain/access/permissions";
import { isMeetingEditor } from "~/server/domain/meetings/rules";
import { getMeeting, listMeetings, peopleOf } from "~/server/domain/meetings/view";
import { entityId } from "~/server/domain/validation";
import { actorOf, withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure, partnershipProcedureWith } from "~/server/api/trpc";

/** The Nav-leder (and the owners) plan meetings, own the agenda and write the minutes. */
const meetingEditorProcedure = partnershipProcedureWith("meeting:manage");
/** The owners present approve the minutes; the domain checks who was present. */
const minutesApproverProcedure = partnershipProcedureWith("minutes:approve");

const byMeeting = z.object({ meetingId: entityId });

export const meetingRouter = createTRPCRouter({
  list: partnershipProcedure.query(({ ctx }) => ({
    ...listMeetings(ctx.db, ctx.partnership.id),
    canPlan: isMeetingEditor(ctx.access.roles),
    permissions: permissionSet(ctx.access),
  })),

  /** The people a new meeting can invite. */
  people: partnershipProcedure.query(({ ctx }) => ({
    people: peopleOf(ctx.db, ctx.partnership),
    canPlan: isMeetingEditor(ctx.access.roles),
  })),

  get: partnershipProcedure
    .input(byMeeting)
    .query(({ ctx, input }) => ({
      ...getMeeting(ctx.db, ctx.partnership, input.meetingId, { userId: ctx.user.id, roles: ctx.access.roles }),
      permissions: permissionSet(ctx.access),
    })),

  create: meetingEditorProcedure
    .input(createMeetingInput)
    .mutation(({ ctx, input }) => createMeeting(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  update: meetingEditorProcedure
    .input(updateMeetingInput)
    .mutation(({ ctx, input }) => updateMeeting(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  sendInvitation: meetingEditorProcedure
    .input(meetingTransitionInput)
    .mutation(({ ctx, input }) => sendInvitation(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  cancel: meetingEditorProcedure
    .input(meetingTransitionInput)
    .mutation(({ ctx, input }) => cancelMeeting(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  addAgendaItem: meetingEditorProcedure
    .input(addAgendaItemInput)
    .mutation(({ ctx, input }) => addAgendaItem(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  updateAgendaItem: meetingEditorProcedure
    .input(updateAgendaItemInput)
    .mutation(({ ctx, input }) => updateAgendaItem(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  moveAgendaItem: meetingEditorProcedure
    .input(moveAgendaItemInput)
    .mutation(({ ctx, input }) => moveAgendaItem(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  removeAgendaItem: meetingEditorProcedure
    .input(removeAgendaItemInput)
    .mutation(({ ctx, input }) => removeAgendaItem(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  saveMinutes: meetingEditorProcedure
    .input(saveMinutesInput)
    .mutation(({ ctx, input }) => saveItemMinutes(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  setAttendance: meetingEditorProcedure
    .input(attendanceInput)
    .mutation(({ ctx, input }) => setAttendance(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  addDecision: meetingEditorProcedure
    .input(addDecisionInput)
    .mutation(({ ctx, input }) => addDecision(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  updateDecision: meetingEditorProcedure
    .input(updateDecisionInput)
    .mutation(({ ctx, input }) => updateDecision(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  removeDecision: meetingEditorProcedure
    .input(removeDecisionInput)
    .mutation(({ ctx, input }) => removeDecision(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  addFollowUp: meetingEditorProcedure
    .input(addFollowUpInput)
    .mutation(({ ctx, input }) => addFollowUp(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  updateFollowUp: meetingEditorProcedure
    .input(updateFollowUpInput)
    .mutation(({ ctx, input }) => updateFollowUp(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  removeFollowUp: meetingEditorProcedure
    .input(removeFollowUpInput)
    .mutation(({ ctx, input }) => removeFollowUp(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  /** The owner, or the office. */
  setFollowUpStatus: partnershipProcedure
    .input(followUpStatusInput)
    .mutation(({ ctx, input }) =>
      setFollowUpStatus(ctx.db, actorOf(ctx), ctx.partnership, { isEditor: isMeetingEditor(ctx.access.roles) }, withoutSlug(input)),
    ),

  sendMinutes: meetingEditorProcedure
    .input(minutesTransitionInput)
    .mutation(({ ctx, input }) => sendMinutes(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  withdrawMinutes: meetingEditorProcedure
    .input(minutesTransitionInput)
    .mutation(({ ctx, input }) => withdrawMinutes(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  approveMinutes: minutesApproverProcedure
    .input(minutesTransitionInput)
    .mutation(({ ctx, input }) => approveMinutes(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  /** «Jeg har merknader»: the same people as approveMinutes; not an approval. */
  remarkMinutes: minutesApproverProcedure
    .input(remarkMinutesInput)
    .mutation(({ ctx, input }) => remarkMinutes(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  addCorrection: meetingEditorProcedure
    .input(addCorrectionInput)
    .mutation(({ ctx, input }) => addCorrection(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),
});
