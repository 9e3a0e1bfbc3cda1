import { z } from "zod";
import { forbidden } from "~/server/domain/errors";
import {
  activityStatusInput,
  addItem,
  addItemInput,
  indicatorValueInput,
  type ItemKind,
  moveItem,
  moveItemInput,
  removeItem,
  removeItemInput,
  setActivityStatus,
  setIndicatorValue,
  updateItem,
  updateItemInput,
} from "~/server/domain/business-plan/items";
import { can, permissionSet } from "~/server/domain/access/permissions";
import type { PartnershipAccess } from "~/server/domain/access/roles";
import {
  createPlan,
  createPlanInput,
  loadPlanVersion,
  newVersionInput,
  requireEditableDraft,
  startNewVersion,
  updateGeneral,
  updateGeneralInput,
} from "~/server/domain/business-plan/plans";
import {
  addComment,
  addCommentInput,
  decide,
  decisionInput,
  publicNamesInput,
  publish,
  resolveComment,
  resolveCommentInput,
  sendForApproval,
  setPublicNames,
  transitionInput,
  withdrawFromApproval,
} from "~/server/domain/business-plan/review";
import { compareYearVersions, getPlanDocument, getPlanYear, getPublicDocument } from "~/server/domain/business-plan/view";
import { applyImport, previewImport } from "~/server/domain/business-plan/import-sync";
import { MAX_IMPORT_BASE64_LENGTH, parsePlanWorkbook } from "~/server/domain/business-plan/xlsx-import";
import { entityId, rule, yearInput } from "~/lib/validation";
import type { PartnershipScope } from "~/server/domain/scope";
import type { Locale } from "~/lib/i18n/locales";
import { text } from "~/lib/i18n/text";
import { withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure, partnershipProcedureWith, publicProcedure } from "~/server/api/trpc";

/** Activities and indicators are everyone's contribution; foundations, satsingsområder and goals the plan's editors'. */
function requireItemPermission(access: PartnershipAccess, kind: ItemKind) {
  const permission = kind === "activity" || kind === "indicator" ? "businessPlan:contribute" : "businessPlan:manage";
  if (!can(access, permission)) throw forbidden(text("plan.errors.contributorOnly"));
}

const importFileInput = z.object({
  versionId: entityId,
  file: z.string(rule("errors.input.chooseFile")).min(1, rule("errors.input.chooseFile")).max(MAX_IMPORT_BASE64_LENGTH, rule("plan.import.fileTooLarge")),
});

/**
 * Checks the draft before reading the file (reading is the slow part), then parses it outside any
 * transaction. Its errors, and the preview, are written in the caller's language.
 */
async function readImportFile(scope: PartnershipScope, input: z.infer<typeof importFileInput>, locale: Locale | undefined) {
  const { version, plan } = await loadPlanVersion(scope.db, scope.partnership.id, input.versionId);
  await requireEditableDraft(scope.db, version);
  return parsePlanWorkbook(new Uint8Array(Buffer.from(input.file, "base64")), plan.year, locale);
}

const byYear = z.object({ year: yearInput, versionId: entityId.optional() });

export const businessPlanRouter = createTRPCRouter({
  year: partnershipProcedure
    .input(byYear)
    .query(async ({ ctx, input }) => ({
      ...(await getPlanYear(ctx.scope, withoutSlug(input), ctx.locale)),
      permissions: permissionSet(ctx.access),
    })),

  compare: partnershipProcedure
    .input(z.object({ year: yearInput, from: entityId, to: entityId }))
    .query(({ ctx, input }) => compareYearVersions(ctx.scope, withoutSlug(input), ctx.locale)),

  /** What the print view, PDF and Word export render. */
  document: partnershipProcedure
    .input(byYear)
    .query(({ ctx, input }) => getPlanDocument(ctx.scope, withoutSlug(input), ctx.locale)),

  /** The published plan, for anyone: no login. */
  publicDocument: publicProcedure
    .input(z.object({ planId: entityId }))
    .query(({ ctx, input }) => getPublicDocument(ctx.db, input.planId, ctx.locale)),

  create: partnershipProcedureWith("businessPlan:manage")
    .input(createPlanInput)
    .mutation(({ ctx, input }) => createPlan(ctx.scope, withoutSlug(input))),

  updateGeneral: partnershipProcedureWith("businessPlan:manage")
    .input(updateGeneralInput)
    .mutation(({ ctx, input }) => updateGeneral(ctx.scope, withoutSlug(input))),

  addItem: partnershipProcedureWith("businessPlan:contribute")
    .input(addItemInput)
    .mutation(({ ctx, input }) => {
      requireItemPermission(ctx.access, input.fields.kind);
      return addItem(ctx.scope, withoutSlug(input));
    }),

  updateItem: partnershipProcedureWith("businessPlan:contribute")
    .input(updateItemInput)
    .mutation(({ ctx, input }) => {
      requireItemPermission(ctx.access, input.fields.kind);
      return updateItem(ctx.scope, withoutSlug(input));
    }),

  removeItem: partnershipProcedureWith("businessPlan:contribute")
    .input(removeItemInput)
    .mutation(({ ctx, input }) => {
      requireItemPermission(ctx.access, input.kind);
      return removeItem(ctx.scope, withoutSlug(input));
    }),

  moveItem: partnershipProcedureWith("businessPlan:contribute")
    .input(moveItemInput)
    .mutation(({ ctx, input }) => {
      requireItemPermission(ctx.access, input.kind);
      return moveItem(ctx.scope, withoutSlug(input));
    }),

  setActivityStatus: partnershipProcedureWith("businessPlan:contribute")
    .input(activityStatusInput)
    .mutation(({ ctx, input }) =>
      setActivityStatus(ctx.scope, withoutSlug(input)),
    ),

  setIndicatorValue: partnershipProcedureWith("businessPlan:contribute")
    .input(indicatorValueInput)
    .mutation(({ ctx, input }) =>
      setIndicatorValue(ctx.scope, withoutSlug(input)),
    ),

  send: partnershipProcedureWith("businessPlan:manage")
    .input(transitionInput)
    .mutation(({ ctx, input }) => sendForApproval(ctx.scope, withoutSlug(input), ctx.locale)),

  withdraw: partnershipProcedureWith("businessPlan:manage")
    .input(transitionInput)
    .mutation(({ ctx, input }) => withdrawFromApproval(ctx.scope, withoutSlug(input))),

  decide: partnershipProcedureWith("businessPlan:approve")
    .input(decisionInput)
    .mutation(({ ctx, input }) => decide(ctx.scope, withoutSlug(input))),

  publish: partnershipProcedureWith("businessPlan:manage")
    .input(transitionInput)
    .mutation(({ ctx, input }) => publish(ctx.scope, withoutSlug(input))),

  newVersion: partnershipProcedureWith("businessPlan:manage").input(newVersionInput).mutation(({ ctx, input }) =>
    startNewVersion(ctx.scope, withoutSlug(input)),
  ),

  setPublicNames: partnershipProcedureWith("businessPlan:manage")
    .input(publicNamesInput)
    .mutation(({ ctx, input }) => setPublicNames(ctx.scope, withoutSlug(input))),

  addComment: partnershipProcedureWith("businessPlan:comment")
    .input(addCommentInput)
    .mutation(({ ctx, input }) => addComment(ctx.scope, withoutSlug(input))),

  resolveComment: partnershipProcedureWith("businessPlan:comment")
    .input(resolveCommentInput)
    .mutation(({ ctx, input }) => resolveComment(ctx.scope, withoutSlug(input))),

  /**
   * The spreadsheet round trip, step one: what importing the file (base64 .xlsx) into the draft
   * would add, change and leave out, matched by the keys the export writes. Writes nothing.
   * Row errors come back as data ({ errors }), so the form can list them.
   */
  previewImport: partnershipProcedureWith("businessPlan:manage").input(importFileInput).mutation(async ({ ctx, input }) => {
    const parsed = await readImportFile(ctx.scope, input, ctx.locale);
    return previewImport(ctx.scope, { versionId: input.versionId, parsed, locale: ctx.locale });
  }),

  /**
   * Step two: the same file again with the preview's token and the missing rows the person chose
   * to remove. All or nothing; CONFLICT when the plan changed since the preview.
   */
  confirmImport: partnershipProcedureWith("businessPlan:manage")
    .input(
      importFileInput.extend({
        token: z.string().regex(/^[0-9a-f]{64}$/, rule("errors.input.importAgain")),
        remove: z.array(z.string().max(200)).max(5000).default([]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const parsed = await readImportFile(ctx.scope, input, ctx.locale);
      return applyImport(ctx.scope, { versionId: input.versionId, parsed, locale: ctx.locale, token: input.token, remove: input.remove });
    }),
});
