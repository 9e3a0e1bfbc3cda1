import { z } from "zod";
import { can, permissionSet } from "~/server/domain/access/permissions";
import { myAnswers, saveAnswer, saveAnswerInput, submitAnswers, submitAnswersInput } from "~/server/domain/mulighetsrom/answers";
import {
  addParticipants,
  addParticipantsInput,
  assessmentDetailsInput,
  assessmentOpenInput,
  createAssessment,
  createAssessmentInput,
  eligibleParticipants,
  setAssessmentOpen,
  updateAssessmentDetails,
} from "~/server/domain/mulighetsrom/assessments";
import {
  areaNotesInput,
  setAgreedStatuses,
  setPriorities,
  setPrioritiesInput,
  setStatusesInput,
  updateAreaNotes,
} from "~/server/domain/mulighetsrom/outcome";
import {
  addAction,
  addActionInput,
  moveAction,
  moveActionInput,
  removeAction,
  removeActionInput,
  startPlan,
  startPlanInput,
  updateAction,
  updateActionInput,
  updatePlan,
  updatePlanInput,
} from "~/server/domain/mulighetsrom/plans";
import {
  getAssessmentView,
  getHistory,
  getPlanView,
  historyOf,
  listAssessments,
  listPlans,
} from "~/server/domain/mulighetsrom/view";
import { entityId } from "~/server/domain/validation";
import { notFound } from "~/server/domain/errors";
import { assessmentReport } from "~/server/export/report";
import { actorOf, withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure, partnershipProcedureWith } from "~/server/api/trpc";

const assessmentManagerProcedure = partnershipProcedureWith("assessment:manage");
const answerProcedure = partnershipProcedureWith("assessment:answer");

const byAssessment = z.object({ assessmentId: entityId });

export const mulighetsromRouter = createTRPCRouter({
  list: partnershipProcedure.query(({ ctx }) => ({
    assessments: listAssessments(ctx.db, ctx.partnership.id).map(({ statuses: _s, ...a }) => a),
    canEdit: can(ctx.access, "assessment:manage"),
  })),

  history: partnershipProcedure.query(({ ctx }) => getHistory(ctx.db, ctx.partnership.id)),

  /** Everything the mulighetsrom start page shows, with the assessments read once. */
  overview: partnershipProcedure.query(({ ctx }) => {
    const assessments = listAssessments(ctx.db, ctx.partnership.id);
    const canEdit = can(ctx.access, "assessment:manage");
    return {
      canEdit,
      permissions: permissionSet(ctx.access),
      assessments: assessments.map(({ statuses: _s, ...a }) => a),
      history: historyOf(assessments),
      plans: listPlans(ctx.db, ctx.partnership.id),
      eligible: canEdit ? eligibleParticipants(ctx.db, ctx.partnership) : [],
    };
  }),

  plans: partnershipProcedure.query(({ ctx }) => listPlans(ctx.db, ctx.partnership.id)),

  eligibleParticipants: assessmentManagerProcedure.query(({ ctx }) => eligibleParticipants(ctx.db, ctx.partnership)),

  get: partnershipProcedure.input(byAssessment).query(({ ctx, input }) => ({
    ...getAssessmentView(
      ctx.db,
      ctx.partnership,
      input.assessmentId,
      { userId: ctx.user.id, access: ctx.access },
      { withNames: false },
    ),
    canEdit: can(ctx.access, "assessment:manage"),
    permissions: permissionSet(ctx.access),
  })),

  /** Named answers per item, for those allowed to see them; loaded when someone opens them. */
  namedAnswers: partnershipProcedure.input(byAssessment).query(({ ctx, input }) => {
    const view = getAssessmentView(ctx.db, ctx.partnership, input.assessmentId, {
      userId: ctx.user.id,
      access: ctx.access,
    });
    return {
      canSeeNames: view.canSeeNames,
      conditions: view.conditions.map((c) => ({ key: c.key, namedAnswers: c.namedAnswers })),
      areas: view.areas.map((a) => ({ no: a.no, namedAnswers: a.namedAnswers })),
    };
  }),

  create: assessmentManagerProcedure.input(createAssessmentInput).mutation(({ ctx, input }) => {
    const created = createAssessment(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input));
    return { id: created.id };
  }),

  updateDetails: assessmentManagerProcedure
    .input(assessmentDetailsInput)
    .mutation(({ ctx, input }) => updateAssessmentDetails(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  addParticipants: assessmentManagerProcedure
    .input(addParticipantsInput)
    .mutation(({ ctx, input }) => addParticipants(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  setOpen: assessmentManagerProcedure
    .input(assessmentOpenInput)
    .mutation(({ ctx, input }) => setAssessmentOpen(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  myAnswers: partnershipProcedure
    .input(byAssessment)
    .query(({ ctx, input }) => myAnswers(ctx.db, ctx.partnership.id, input.assessmentId, ctx.user.id)),

  saveAnswer: answerProcedure
    .input(saveAnswerInput)
    .mutation(({ ctx, input }) => saveAnswer(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  submit: answerProcedure
    .input(submitAnswersInput)
    .mutation(({ ctx, input }) => submitAnswers(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  setStatuses: assessmentManagerProcedure
    .input(setStatusesInput)
    .mutation(({ ctx, input }) => setAgreedStatuses(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  setPriorities: assessmentManagerProcedure
    .input(setPrioritiesInput)
    .mutation(({ ctx, input }) => setPriorities(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  updateAreaNotes: assessmentManagerProcedure
    .input(areaNotesInput)
    .mutation(({ ctx, input }) => updateAreaNotes(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  plan: partnershipProcedure.input(z.object({ planId: entityId })).query(({ ctx, input }) => {
    const view = getPlanView(ctx.db, ctx.partnership, input.planId);
    if (!view) throw notFound("Fant ikke utviklingsplanen.");
    return { ...view, canEdit: can(ctx.access, "assessment:manage") };
  }),

  startPlan: assessmentManagerProcedure
    .input(startPlanInput)
    .mutation(({ ctx, input }) => startPlan(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  updatePlan: assessmentManagerProcedure
    .input(updatePlanInput)
    .mutation(({ ctx, input }) => updatePlan(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  addAction: assessmentManagerProcedure.input(addActionInput).mutation(({ ctx, input }) => {
    const created = addAction(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input));
    return { id: created.id };
  }),

  updateAction: assessmentManagerProcedure
    .input(updateActionInput)
    .mutation(({ ctx, input }) => updateAction(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  removeAction: assessmentManagerProcedure
    .input(removeActionInput)
    .mutation(({ ctx, input }) => removeAction(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  moveAction: assessmentManagerProcedure
    .input(moveActionInput)
    .mutation(({ ctx, input }) => moveAction(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  /** Everything the printed report and the spreadsheet export show (server/export). */
  report: partnershipProcedure
    .input(byAssessment)
    .query(({ ctx, input }) =>
      assessmentReport(ctx.db, ctx.partnership, input.assessmentId, { userId: ctx.user.id, access: ctx.access }),
    ),
});
