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
import { withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure, partnershipProcedureWith } from "~/server/api/trpc";

export const partnershipRouter = createTRPCRouter({
  overview: partnershipProcedure.query(({ ctx }) => ({
    ...getPartnershipOverview(ctx.scope),
    myRoles: ctx.access.roles,
    canEdit: can(ctx.access, "partnership:edit"),
    permissions: permissionSet(ctx.access),
  })),

  recentChanges: partnershipProcedure.query(({ ctx }) => listRecentChanges(ctx.scope)),

  updateDetails: partnershipProcedureWith("partnership:edit")
    .input(partnershipDetailsInput)
    .mutation(({ ctx, input }) => {
      const updated = updatePartnershipDetails(ctx.scope, withoutSlug(input));
      return { version: updated.version };
    }),

  updateAgreementPoint: partnershipProcedureWith("partnership:edit")
    .input(agreementPointInput)
    .mutation(({ ctx, input }) => {
      const updated = updateAgreementPoint(ctx.scope, withoutSlug(input));
      return { version: updated.version };
    }),

  setServiceEnabled: partnershipProcedureWith("partnership:edit")
    .input(serviceToggleInput)
    .mutation(({ ctx, input }) => {
      const updated = setServiceEnabled(ctx.scope, withoutSlug(input));
      return { version: updated.version, enabled: updated.enabled };
    }),

  addCustomService: partnershipProcedureWith("partnership:edit")
    .input(customServiceInput)
    .mutation(({ ctx, input }) => {
      const created = addCustomService(ctx.scope, withoutSlug(input));
      return { id: created.id };
    }),

  removeCustomService: partnershipProcedureWith("partnership:edit")
    .input(removeServiceInput)
    .mutation(({ ctx, input }) => {
      removeCustomService(ctx.scope, withoutSlug(input));
      return { removed: true };
    }),
});
