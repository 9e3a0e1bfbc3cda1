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
  overview: partnershipProcedure.query(async ({ ctx }) => ({
    ...(await getPartnershipOverview(ctx.scope, ctx.locale)),
    myRoles: ctx.access.roles,
    canEdit: can(ctx.access, "partnership:edit"),
    permissions: permissionSet(ctx.access),
  })),

  recentChanges: partnershipProcedure.query(({ ctx }) => listRecentChanges(ctx.scope)),

  updateDetails: partnershipProcedureWith("partnership:edit")
    .input(partnershipDetailsInput)
    .mutation(async ({ ctx, input }) => {
      const updated = await updatePartnershipDetails(ctx.scope, withoutSlug(input));
      return { version: updated.version };
    }),

  updateAgreementPoint: partnershipProcedureWith("partnership:edit")
    .input(agreementPointInput)
    .mutation(async ({ ctx, input }) => {
      const updated = await updateAgreementPoint(ctx.scope, withoutSlug(input));
      return { version: updated.version };
    }),

  setServiceEnabled: partnershipProcedureWith("partnership:edit")
    .input(serviceToggleInput)
    .mutation(async ({ ctx, input }) => {
      const updated = await setServiceEnabled(ctx.scope, withoutSlug(input));
      return { version: updated.version, enabled: updated.enabled };
    }),

  addCustomService: partnershipProcedureWith("partnership:edit")
    .input(customServiceInput)
    .mutation(async ({ ctx, input }) => {
      const created = await addCustomService(ctx.scope, withoutSlug(input));
      return { id: created.id };
    }),

  removeCustomService: partnershipProcedureWith("partnership:edit")
    .input(removeServiceInput)
    .mutation(async ({ ctx, input }) => {
      await removeCustomService(ctx.scope, withoutSlug(input));
      return { removed: true };
    }),
});
