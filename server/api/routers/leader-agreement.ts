import { z } from "zod";
import { passwordMatches } from "~/server/auth/password-check";
import {
  createAgreement,
  createAgreementInput,
  dutyEditInput,
  editDuty,
  MAX_REFUSED_SIGNATURES,
  recentRefusedSignatures,
  recordRefusedSignature,
  sign,
  signInput,
  startAmendment,
  updateText,
  updateTextInput,
  verify,
  withdrawSignature,
  yearInput,
} from "~/server/domain/leader-agreement/agreements";
import { permissionSet } from "~/server/domain/access/permissions";
import { getAgreementYear } from "~/server/domain/leader-agreement/view";
import { DomainError, invalid } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
import { entityId } from "~/lib/validation";
import { withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure, partnershipProcedureWith } from "~/server/api/trpc";

const byVersion = z.object({ versionId: entityId });

export const leaderAgreementRouter = createTRPCRouter({
  year: partnershipProcedure
    .input(z.object({ year: yearInput, versionId: entityId.optional() }))
    .query(async ({ ctx, input }) => ({
      ...(await getAgreementYear(ctx.scope, withoutSlug(input))),
      permissions: permissionSet(ctx.access),
    })),

  create: partnershipProcedureWith("leaderAgreement:edit").input(createAgreementInput).mutation(async ({ ctx, input }) => {
    const created = await createAgreement(ctx.scope, withoutSlug(input), ctx.locale ?? "nb");
    return { id: created.id };
  }),

  updateText: partnershipProcedureWith("leaderAgreement:edit")
    .input(updateTextInput)
    .mutation(({ ctx, input }) => updateText(ctx.scope, withoutSlug(input))),

  editDuty: partnershipProcedureWith("leaderAgreement:edit")
    .input(dutyEditInput)
    .mutation(({ ctx, input }) => editDuty(ctx.scope, input)),

  /** Signing re-authenticates with the password; a wrong one is refused and audited. */
  sign: partnershipProcedureWith("leaderAgreement:sign").input(signInput).mutation(async ({ ctx, input }) => {
    if ((await recentRefusedSignatures(ctx.db, ctx.user.id)) >= MAX_REFUSED_SIGNATURES) {
      throw new DomainError("forbidden", text("agreement.errors.tooManyAttempts"));
    }
    if (!(await passwordMatches(ctx.db, ctx.user.id, input.password))) {
      await recordRefusedSignature(ctx.scope, { versionId: input.versionId });
      throw invalid(text("agreement.errors.wrongPassword"), "password");
    }
    return sign(ctx.scope, { versionId: input.versionId, expectedHash: input.expectedHash });
  }),

  withdrawSignature: partnershipProcedureWith("leaderAgreement:sign")
    .input(byVersion)
    .mutation(({ ctx, input }) => withdrawSignature(ctx.scope, withoutSlug(input))),

  startAmendment: partnershipProcedureWith("leaderAgreement:edit").input(byVersion).mutation(async ({ ctx, input }) => {
    const created = await startAmendment(ctx.scope, withoutSlug(input), ctx.locale ?? "nb");
    return { id: created.id, versionNo: created.versionNo };
  }),

  verify: partnershipProcedure.input(byVersion).query(({ ctx, input }) => verify(ctx.scope, withoutSlug(input))),
});
