import { z } from "zod";
import {
  addEvent,
  addEventInput,
  moveEvent,
  moveEventInput,
  removeEvent,
  removeEventInput,
  updateEvent,
  updateEventInput,
} from "~/server/domain/annual-cycle/events";
import { permissionSet } from "~/server/domain/access/permissions";
import { canEditTemplate, TEMPLATE_EDITORS_ONLY } from "~/server/domain/annual-cycle/rules";
import { createSubscription, listSubscriptions, revokeSubscription, revokeSubscriptionInput } from "~/server/domain/annual-cycle/subscriptions";
import {
  addTemplateEvent,
  addTemplateEventInput,
  loadTemplate,
  removeTemplateEvent,
  removeTemplateEventInput,
  startYear,
  startYearInput,
  updateTemplateEvent,
  updateTemplateEventInput,
} from "~/server/domain/annual-cycle/template";
import { getCycleYear } from "~/server/domain/annual-cycle/view";
import { forbidden } from "~/server/domain/errors";
import { yearInput } from "~/server/domain/validation";
import { actorOf, withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, fylkeProcedure, partnershipProcedure, partnershipProcedureWith, protectedProcedure } from "~/server/api/trpc";

/** The Nav-leder and the owners keep the årshjul (the role matrix). */
const cycleEditorProcedure = partnershipProcedureWith("annualCycle:edit");

const templateEditorProcedure = fylkeProcedure.use(({ ctx, next }) => {
  if (!canEditTemplate(ctx.fylkeRoles)) throw forbidden(TEMPLATE_EDITORS_ONLY);
  return next();
});

const withoutFylke = <T extends { fylke: string }>({ fylke: _slug, ...rest }: T) => rest;

export const annualCycleRouter = createTRPCRouter({
  /** The year's wheel: stored and derived events, and what the viewer may do. */
  year: partnershipProcedure
    .input(z.object({ year: yearInput }))
    .query(({ ctx, input }) => ({ ...getCycleYear(ctx.db, ctx.partnership, input.year, ctx.access), permissions: permissionSet(ctx.access) })),

  start: cycleEditorProcedure
    .input(startYearInput)
    .mutation(({ ctx, input }) => startYear(ctx.db, actorOf(ctx), ctx.partnership, input.year)),

  addEvent: cycleEditorProcedure
    .input(addEventInput)
    .mutation(({ ctx, input }) => addEvent(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  updateEvent: cycleEditorProcedure
    .input(updateEventInput)
    .mutation(({ ctx, input }) => updateEvent(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  moveEvent: cycleEditorProcedure
    .input(moveEventInput)
    .mutation(({ ctx, input }) => moveEvent(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  removeEvent: cycleEditorProcedure
    .input(removeEventInput)
    .mutation(({ ctx, input }) => removeEvent(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  /** The signed-in person's own calendar subscriptions (not tied to one partnership). */
  subscriptions: protectedProcedure.query(({ ctx }) => listSubscriptions(ctx.db, ctx.user.id)),

  /** Returns the secret once; only its hash is kept. */
  subscribe: protectedProcedure.mutation(({ ctx }) => createSubscription(ctx.db, actorOf(ctx))),

  unsubscribe: protectedProcedure
    .input(revokeSubscriptionInput)
    .mutation(({ ctx, input }) => revokeSubscription(ctx.db, actorOf(ctx), input)),

  /** The fylke's template (or the default it would use), for the fylke's own people. */
  template: fylkeProcedure.query(({ ctx }) => ({
    ...loadTemplate(ctx.db, ctx.fylke.id),
    fylkeName: ctx.fylke.name,
    canEdit: canEditTemplate(ctx.fylkeRoles),
  })),

  addTemplateEvent: templateEditorProcedure
    .input(addTemplateEventInput)
    .mutation(({ ctx, input }) => addTemplateEvent(ctx.db, actorOf(ctx), ctx.fylke.id, withoutFylke(input))),

  updateTemplateEvent: templateEditorProcedure
    .input(updateTemplateEventInput)
    .mutation(({ ctx, input }) => updateTemplateEvent(ctx.db, actorOf(ctx), ctx.fylke.id, withoutFylke(input))),

  removeTemplateEvent: templateEditorProcedure
    .input(removeTemplateEventInput)
    .mutation(({ ctx, input }) => removeTemplateEvent(ctx.db, actorOf(ctx), ctx.fylke.id, withoutFylke(input))),
});
