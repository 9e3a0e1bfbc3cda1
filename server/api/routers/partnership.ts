import { canEditPartnership } from "../../domain/access/roles";
import {
  addCustomService,
  agreementPointInput,
  customServiceInput,
  partnershipDetailsInput,
  removeCustomService,
  removeServiceInput,
  serviceToggleInput,
  setServiceEnabled,
  updateAgreementPoint,
  updatePartnershipDetails,
} from "../../domain/partnership/edit";
import { getPartnershipOverview, listRecentChanges } from "../../domain/partnership/overview";
import { createTRPCRouter, partnershipEditorProcedure, partnershipProcedure } from "../trpc";

export const partnershipRouter = createTRPCRouter({
  overview: partnershipProcedure.query(({ ctx }) => ({
    ...getPartnershipOverview(ctx.db, ctx.partnership.id),
    myRoles: ctx.access.roles,
    canEdit: canEditPartnership(ctx.access),
  })),

  recentChanges: partnershipProcedure.query(({ ctx }) => listRecentChanges(ctx.db, ctx.partnership.id)),

  updateDetails: partnershipEditorProcedure
    .input(partnershipDetailsInput)
    .mutation(({ ctx, input }) => {
      const { partnership: _slug, ...details } = input;
      const updated = updatePartnershipDetails(ctx.db, { userId: ctx.user.id }, ctx.partnership.id, details);
      return { version: updated.version };
    }),

  updateAgreementPoint: partnershipEditorProcedure
    .input(agreementPointInput)
    .mutation(({ ctx, input }) => {
      const updated = updateAgreementPoint(ctx.db, { userId: ctx.user.id }, ctx.partnership.id, input);
      return { version: updated.version };
    }),

  setServiceEnabled: partnershipEditorProcedure
    .input(serviceToggleInput)
    .mutation(({ ctx, input }) => {
      const updated = setServiceEnabled(ctx.db, { userId: ctx.user.id }, ctx.partnership.id, input);
      return { version: updated.version, enabled: updated.enabled };
    }),

  addCustomService: partnershipEditorProcedure
    .input(customServiceInput)
    .mutation(({ ctx, input }) => {
      const created = addCustomService(ctx.db, { userId: ctx.user.id }, ctx.partnership.id, input);
      return { id: created.id };
    }),

  removeCustomService: partnershipEditorProcedure
    .input(removeServiceInput)
    .mutation(({ ctx, input }) => {
      removeCustomService(ctx.db, { userId: ctx.user.id }, ctx.partnership.id, input);
      return { removed: true };
    }),
});
