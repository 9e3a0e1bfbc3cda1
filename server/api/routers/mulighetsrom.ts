import { z } from "zod";
import { text } from "~/lib/i18n/text";
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
import { entityId } from "~/lib/validation";
import { notFound } from "~/server/domain/errors";
import { assessmentReport } from "~/server/export/report";
import { withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure, partnershipProcedureWith } from "~/server/api/trpc";

const byAssessment = z.object({ assessmentId: entityId });

export const mulighetsromRouter = createTRPCRouter({
  list: partnershipProcedure.query(async ({ ctx }) => ({
    assessments: (await listAssessments(ctx.scope)).map(({ statuses: _s, ...a }) => a),
    canEdit: can(ctx.access, "assessment:manage"),
  })),

  history: partnershipProcedure.query(({ ctx }) => getHistory(ctx.scope)),

  /** Everything the mulighetsrom start page shows, with the assessments read once. */
  overview: partnershipProcedure.query(async ({ ctx }) => {
    const assessments = await listAssessments(ctx.scope);
    const canEdit = can(ctx.access, "assessment:manage");
    return {
      canEdit,
      permissions: permissionSet(ctx.access),
      assessments: assessments.map(({ statuses: _s, ...a }) => a),
      history: historyOf(assessments),
      plans: await listPlans(ctx.scope),
      eligible: canEdit ? await eligibleParticipants(ctx.scope) : [],
    };
  }),

  plans: partnershipProcedure.query(({ ctx }) => listPlans(ctx.scope)),

  eligibleParticipants: partnershipProcedureWith("assessment:manage").query(({ ctx }) => eligibleParticipants(ctx.scope)),

  get: partnershipProcedure.input(byAssessment).query(async ({ ctx, input }) => ({
    ...(await getAssessmentView(ctx.scope, { assessmentId: input.assessmentId, withNames: false })),
    canEdit: can(ctx.access, "assessment:manage"),
    permissions: permissionSet(ctx.access),
  })),

  /** Named answers per item, for those allowed to see them; loaded when someone opens them. */
  namedAnswers: partnershipProcedure.input(byAssessment).query(async ({ ctx, input }) => {
    const view = await getAssessmentView(ctx.scope, withoutSlug(input));
    return {
      canSeeNames: view.canSeeNames,
      conditions: view.conditions.map((c) => ({ key: c.key, namedAnswers: c.namedAnswers })),
      areas: view.areas.map((a) => ({ no: a.no, namedAnswers: a.namedAnswers })),
    };
  }),

  create: partnershipProcedureWith("assessment:manage").input(createAssessmentInput).mutation(async ({ ctx, input }) => {
    const created = await createAssessment(ctx.scope, withoutSlug(input));
    return { id: created.id };
  }),

  updateDetails: partnershipProcedureWith("assessment:manage")
    .input(assessmentDetailsInput)
    .mutation(({ ctx, input }) => updateAssessmentDetails(ctx.scope, withoutSlug(input))),

  addParticipants: partnershipProcedureWith("assessment:manage")
    .input(addParticipantsInput)
    .mutation(({ ctx, input }) => addParticipants(ctx.scope, withoutSlug(input))),

  setOpen: partnershipProcedureWith("assessment:manage")
    .input(assessmentOpenInput)
    .mutation(({ ctx, input }) => setAssessmentOpen(ctx.scope, withoutSlug(input))),

  myAnswers: partnershipProcedure
    .input(byAssessment)
    .query(({ ctx, input }) => myAnswers(ctx.scope, withoutSlug(input))),

  saveAnswer: partnershipProcedureWith("assessment:answer")
    .input(saveAnswerInput)
    .mutation(({ ctx, input }) => saveAnswer(ctx.scope, withoutSlug(input))),

  submit: partnershipProcedureWith("assessment:answer")
    .input(submitAnswersInput)
    .mutation(({ ctx, input }) => submitAnswers(ctx.scope, withoutSlug(input))),

  setStatuses: partnershipProcedureWith("assessment:manage")
    .input(setStatusesInput)
    .mutation(({ ctx, input }) => setAgreedStatuses(ctx.scope, withoutSlug(input))),

  setPriorities: partnershipProcedureWith("assessment:manage")
    .input(setPrioritiesInput)
    .mutation(({ ctx, input }) => setPriorities(ctx.scope, withoutSlug(input))),

  updateAreaNotes: partnershipProcedureWith("assessment:manage")
    .input(areaNotesInput)
    .mutation(({ ctx, input }) => updateAreaNotes(ctx.scope, withoutSlug(input))),

  plan: partnershipProcedure.input(z.object({ planId: entityId })).query(async ({ ctx, input }) => {
    const view = await getPlanView(ctx.scope, withoutSlug(input));
    if (!view) throw notFound(text("mulighetsrom.errors.planNotFound"));
    return { ...view, canEdit: can(ctx.access, "assessment:manage") };
  }),

  startPlan: partnershipProcedureWith("assessment:manage")
    .input(startPlanInput)
    .mutation(({ ctx, input }) => startPlan(ctx.scope, withoutSlug(input))),

  updatePlan: partnershipProcedureWith("assessment:manage")
    .input(updatePlanInput)
    .mutation(({ ctx, input }) => updatePlan(ctx.scope, withoutSlug(input))),

  addAction: partnershipProcedureWith("assessment:manage").input(addActionInput).mutation(async ({ ctx, input }) => {
    const created = await addAction(ctx.scope, withoutSlug(input));
    return { id: created.id };
  }),

  updateAction: partnershipProcedureWith("assessment:manage")
    .input(updateActionInput)
    .mutation(({ ctx, input }) => updateAction(ctx.scope, withoutSlug(input))),

  removeAction: partnershipProcedureWith("assessment:manage")
    .input(removeActionInput)
    .mutation(({ ctx, input }) => removeAction(ctx.scope, withoutSlug(input))),

  moveAction: partnershipProcedureWith("assessment:manage")
    .input(moveActionInput)
    .mutation(({ ctx, input }) => moveAction(ctx.scope, withoutSlug(input))),

  /** Everything the printed report and the spreadsheet export show (server/export). */
  report: partnershipProcedure
    .input(byAssessment)
    .query(({ ctx, input }) =>
      assessmentReport(ctx.scope, withoutSlug(input)),
    ),
});
