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
import { canInFylke, permissionSet } from "~/server/domain/access/permissions";
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
import { yearInput } from "~/lib/validation";
import { withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, fylkeProcedure, fylkeProcedureWith, partnershipProcedure, partnershipProcedureWith, protectedProcedure } from "~/server/api/trpc";

const withoutFylke = <T extends { fylke: string }>({ fylke: _slug, ...rest }: T) => rest;

export const annualCycleRouter = createTRPCRouter({
  /** The year's wheel: stored and derived events, and what the viewer may do. */
  year: partnershipProcedure
    .input(z.object({ year: yearInput }))
    .query(async ({ ctx, input }) => ({ ...(await getCycleYear(ctx.scope, { ...withoutSlug(input), locale: ctx.locale })), permissions: permissionSet(ctx.access) })),

  start: partnershipProcedureWith("annualCycle:edit")
    .input(startYearInput)
    .mutation(({ ctx, input }) => startYear(ctx.scope, withoutSlug(input))),

  addEvent: partnershipProcedureWith("annualCycle:edit")
    .input(addEventInput)
    .mutation(({ ctx, input }) => addEvent(ctx.scope, withoutSlug(input))),

  updateEvent: partnershipProcedureWith("annualCycle:edit")
    .input(updateEventInput)
    .mutation(({ ctx, input }) => updateEvent(ctx.scope, withoutSlug(input))),

  moveEvent: partnershipProcedureWith("annualCycle:edit")
    .input(moveEventInput)
    .mutation(({ ctx, input }) => moveEvent(ctx.scope, withoutSlug(input))),

  removeEvent: partnershipProcedureWith("annualCycle:edit")
    .input(removeEventInput)
    .mutation(({ ctx, input }) => removeEvent(ctx.scope, withoutSlug(input))),

  /** The signed-in person's own calendar subscriptions (not tied to one partnership). */
  subscriptions: protectedProcedure.query(({ ctx }) => listSubscriptions(ctx.db, ctx.user.id)),

  /** Returns the secret once; only its hash is kept. */
  subscribe: protectedProcedure.mutation(({ ctx }) => createSubscription(ctx.db, { userId: ctx.user.id })),

  unsubscribe: protectedProcedure
    .input(revokeSubscriptionInput)
    .mutation(({ ctx, input }) => revokeSubscription(ctx.db, { userId: ctx.user.id }, input)),

  /** The fylke's template (or the default it would use, in the viewer's language), for the fylke's own people. */
  template: fylkeProcedure.query(async ({ ctx }) => ({
    ...(await loadTemplate(ctx.db, ctx.fylke.id, ctx.locale)),
    fylkeName: ctx.fylke.name,
    canEdit: canInFylke(ctx.fylkeRoles, "annualCycleTemplate:edit"),
  })),

  addTemplateEvent: fylkeProcedureWith("annualCycleTemplate:edit")
    .input(addTemplateEventInput)
    .mutation(({ ctx, input }) => addTemplateEvent(ctx.db, { userId: ctx.user.id }, ctx.fylke.id, withoutFylke(input), new Date(), ctx.locale)),

  updateTemplateEvent: fylkeProcedureWith("annualCycleTemplate:edit")
    .input(updateTemplateEventInput)
    .mutation(({ ctx, input }) => updateTemplateEvent(ctx.db, { userId: ctx.user.id }, ctx.fylke.id, withoutFylke(input), new Date(), ctx.locale)),

  removeTemplateEvent: fylkeProcedureWith("annualCycleTemplate:edit")
    .input(removeTemplateEventInput)
    .mutation(({ ctx, input }) => removeTemplateEvent(ctx.db, { userId: ctx.user.id }, ctx.fylke.id, withoutFylke(input), new Date(), ctx.locale)),
});
