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
import { entityId } from "~/server/domain/validation";
import { actorOf, withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure, partnershipProcedureWith } from "~/server/api/trpc";

const agreementEditorProcedure = partnershipProcedureWith("leaderAgreement:edit");
const signerProcedure = partnershipProcedureWith("leaderAgreement:sign");

const byVersion = z.object({ versionId: entityId });

export const leaderAgreementRouter = createTRPCRouter({
  year: partnershipProcedure
    .input(z.object({ year: yearInput, versionId: entityId.optional() }))
    .query(({ ctx, input }) => ({
      ...getAgreementYear(ctx.db, ctx.partnership.id, input.year, { userId: ctx.user.id, access: ctx.access }, input.versionId),
      permissions: permissionSet(ctx.access),
    })),

  create: agreementEditorProcedure.input(createAgreementInput).mutation(({ ctx, input }) => {
    const created = createAgreement(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input));
    return { id: created.id };
  }),

  updateText: agreementEditorProcedure
    .input(updateTextInput)
    .mutation(({ ctx, input }) => updateText(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  editDuty: agreementEditorProcedure
    .input(dutyEditInput)
    .mutation(({ ctx, input }) => editDuty(ctx.db, actorOf(ctx), ctx.partnership.id, input)),

  /** Signing re-authenticates with the password; a wrong one is refused and audited. */
  sign: signerProcedure.input(signInput).mutation(async ({ ctx, input }) => {
    if (recentRefusedSignatures(ctx.db, ctx.user.id) >= MAX_REFUSED_SIGNATURES) {
      throw new DomainError("forbidden", "For mange forsøk med feil passord. Vent et kvarter og prøv igjen.");
    }
    if (!(await passwordMatches(ctx.db, ctx.user.id, input.password))) {
      recordRefusedSignature(ctx.db, actorOf(ctx), ctx.partnership.id, input.versionId);
      throw invalid("Passordet stemmer ikke. Avtalen er ikke signert.", "password");
    }
    return sign(ctx.db, actorOf(ctx), ctx.partnership.id, { versionId: input.versionId, expectedHash: input.expectedHash });
  }),

  withdrawSignature: signerProcedure
    .input(byVersion)
    .mutation(({ ctx, input }) => withdrawSignature(ctx.db, actorOf(ctx), ctx.partnership.id, input.versionId)),

  startAmendment: agreementEditorProcedure.input(byVersion).mutation(({ ctx, input }) => {
    const created = startAmendment(ctx.db, actorOf(ctx), ctx.partnership, input.versionId);
    return { id: created.id, versionNo: created.versionNo };
  }),

  verify: partnershipProcedure.input(byVersion).query(({ ctx, input }) => verify(ctx.db, ctx.partnership.id, input.versionId)),
});
