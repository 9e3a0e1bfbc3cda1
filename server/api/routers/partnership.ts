import { can, permissionSet } from "~/server/domain/access/permissions";
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
} from "~/server/domain/partnership/edit";
import { getPartnershipOverview, listRecentChanges } from "~/server/domain/partnership/overview";
import { createTRPCRouter, partnershipProcedure, partnershipProcedureWith } from "~/server/api/trpc";

export const partnershipRouter = createTRPCRouter({
  overview: partnershipProcedure.query(({ ctx }) => ({
    ...getPartnershipOverview(ctx.db, ctx.partnership.id),
    myRoles: ctx.access.roles,
    canEdit: can(ctx.access, "partnership:edit"),
    permissions: permissionSet(ctx.access),
  })),

  recentChanges: partnershipProcedure.query(({ ctx }) => listRecentChanges(ctx.db, ctx.partnership.id)),

  updateDetails: partnershipProcedureWith("partnership:edit")
    .input(partnershipDetailsInput)
    .mutation(({ ctx, input }) => {
      const { partnership: _slug, ...details } = input;
      const updated = updatePartnershipDetails(ctx.db, { userId: ctx.user.id }, ctx.partnership.id, details);
      return { version: updated.version };
    }),

  updateAgreementPoint: partnershipProcedureWith("partnership:edit")
    .input(agreementPointInput)
    .mutation(({ ctx, input }) => {
      const updated = updateAgreementPoint(ctx.db, { userId: ctx.user.id }, ctx.partnership.id, input);
      return { version: updated.version };
    }),

  setServiceEnabled: partnershipProcedureWith("partnership:edit")
    .input(serviceToggleInput)
    .mutation(({ ctx, input }) => {
      const updated = setServiceEnabled(ctx.db, { userId: ctx.user.id }, ctx.partnership.id, input);
      return { version: updated.version, enabled: updated.enabled };
    }),

  addCustomService: partnershipProcedureWith("partnership:edit")
    .input(customServiceInput)
    .mutation(({ ctx, input }) => {
      const created = addCustomService(ctx.db, { userId: ctx.user.id }, ctx.partnership.id, input);
      return { id: created.id };
    }),

  removeCustomService: partnershipProcedureWith("partnership:edit")
    .input(removeServiceInput)
    .mutation(({ ctx, input }) => {
      removeCustomService(ctx.db, { userId: ctx.user.id }, ctx.partnership.id, input);
      return { removed: true };
    }),
});
