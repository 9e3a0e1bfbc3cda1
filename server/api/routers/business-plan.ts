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
import type { PartnershipAccess, Role } from "~/server/domain/access/roles";
import { isPlanContributor, isPlanEditor } from "~/server/domain/business-plan/lifecycle";
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
import { FILE_TOO_LARGE, MAX_IMPORT_BASE64_LENGTH, parsePlanWorkbook } from "~/server/domain/business-plan/xlsx-import";
import { entityId, yearInput } from "~/server/domain/validation";
import { actorOf, withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure, partnershipProcedureWith, publicProcedure } from "~/server/api/trpc";

/** The Nav-leder and the owners run the plan: create, send, version, publish (the role matrix). */
const planEditorProcedure = partnershipProcedureWith("businessPlan:manage");
/** The avdelingsleder also contributes a draft's activities, indicators and follow-up. */
const planContributorProcedure = partnershipProcedureWith("businessPlan:contribute");
const approverProcedure = partnershipProcedureWith("businessPlan:approve");
const commenterProcedure = partnershipProcedureWith("businessPlan:comment");

/** Activities and indicators are everyone's contribution; foundations, satsingsområder and goals the plan's editors'. */
function requireItemPermission(access: PartnershipAccess, kind: ItemKind) {
  const permission = kind === "activity" || kind === "indicator" ? "businessPlan:contribute" : "businessPlan:manage";
  if (!can(access, permission)) throw forbidden("Du kan endre aktiviteter og indikatorer i et utkast, men ikke grunnlag, satsingsområder eller mål.");
}

const importFileInput = z.object({
  versionId: entityId,
  file: z.string({ error: "Velg en fil." }).min(1, "Velg en fil.").max(MAX_IMPORT_BASE64_LENGTH, FILE_TOO_LARGE),
});

/** Checks the draft before reading the file (reading is the slow part), then parses it outside any transaction. */
async function readImportFile(db: Parameters<typeof loadPlanVersion>[0], partnershipId: string, input: z.infer<typeof importFileInput>) {
  const { version, plan } = loadPlanVersion(db, partnershipId, input.versionId);
  requireEditableDraft(db, version);
  return parsePlanWorkbook(new Uint8Array(Buffer.from(input.file, "base64")), plan.year);
}

const followUpPosition = (roles: readonly Role[]) => ({ isEditor: isPlanEditor(roles), isContributor: isPlanContributor(roles), isOwner: false });

const byYear = z.object({ year: yearInput, versionId: entityId.optional() });

export const businessPlanRouter = createTRPCRouter({
  year: partnershipProcedure
    .input(byYear)
    .query(({ ctx, input }) => ({
      ...getPlanYear(ctx.db, ctx.partnership, input.year, { userId: ctx.user.id, access: ctx.access }, input.versionId),
      permissions: permissionSet(ctx.access),
    })),

  compare: partnershipProcedure
    .input(z.object({ year: yearInput, from: entityId, to: entityId }))
    .query(({ ctx, input }) => compareYearVersions(ctx.db, ctx.partnership, input.year, input.from, input.to)),

  /** What the print view, PDF and Word export render. */
  document: partnershipProcedure
    .input(byYear)
    .query(({ ctx, input }) => getPlanDocument(ctx.db, ctx.partnership, input.year, input.versionId)),

  /** The published plan, for anyone: no login. */
  publicDocument: publicProcedure
    .input(z.object({ planId: entityId }))
    .query(({ ctx, input }) => getPublicDocument(ctx.db, input.planId)),

  create: planEditorProcedure
    .input(createPlanInput)
    .mutation(({ ctx, input }) => createPlan(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  updateGeneral: planEditorProcedure
    .input(updateGeneralInput)
    .mutation(({ ctx, input }) => updateGeneral(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  addItem: planContributorProcedure
    .input(addItemInput)
    .mutation(({ ctx, input }) => {
      requireItemPermission(ctx.access, input.fields.kind);
      return addItem(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input));
    }),

  updateItem: planContributorProcedure
    .input(updateItemInput)
    .mutation(({ ctx, input }) => {
      requireItemPermission(ctx.access, input.fields.kind);
      return updateItem(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input));
    }),

  removeItem: planContributorProcedure
    .input(removeItemInput)
    .mutation(({ ctx, input }) => {
      requireItemPermission(ctx.access, input.kind);
      return removeItem(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input));
    }),

  moveItem: planContributorProcedure
    .input(moveItemInput)
    .mutation(({ ctx, input }) => {
      requireItemPermission(ctx.access, input.kind);
      return moveItem(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input));
    }),

  setActivityStatus: planContributorProcedure
    .input(activityStatusInput)
    .mutation(({ ctx, input }) =>
      setActivityStatus(ctx.db, actorOf(ctx), ctx.partnership.id, followUpPosition(ctx.access.roles), withoutSlug(input)),
    ),

  setIndicatorValue: planContributorProcedure
    .input(indicatorValueInput)
    .mutation(({ ctx, input }) =>
      setIndicatorValue(ctx.db, actorOf(ctx), ctx.partnership.id, followUpPosition(ctx.access.roles), withoutSlug(input)),
    ),

  send: planEditorProcedure
    .input(transitionInput)
    .mutation(({ ctx, input }) => sendForApproval(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  withdraw: planEditorProcedure
    .input(transitionInput)
    .mutation(({ ctx, input }) => withdrawFromApproval(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  decide: approverProcedure
    .input(decisionInput)
    .mutation(({ ctx, input }) => decide(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  publish: planEditorProcedure
    .input(transitionInput)
    .mutation(({ ctx, input }) => publish(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  newVersion: planEditorProcedure.input(newVersionInput).mutation(({ ctx, input }) =>
    startNewVersion(ctx.db, actorOf(ctx), ctx.partnership.id, { isEditor: true, isContributor: true, isOwner: false, openSeats: [] }, withoutSlug(input)),
  ),

  setPublicNames: planEditorProcedure
    .input(publicNamesInput)
    .mutation(({ ctx, input }) => setPublicNames(ctx.db, actorOf(ctx), ctx.partnership, ctx.access.roles, withoutSlug(input))),

  addComment: commenterProcedure
    .input(addCommentInput)
    .mutation(({ ctx, input }) => addComment(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  resolveComment: commenterProcedure
    .input(resolveCommentInput)
    .mutation(({ ctx, input }) => resolveComment(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  /**
   * The spreadsheet round trip, step one: what importing the file (base64 .xlsx) into the draft
   * would add, change and leave out, matched by the keys the export writes. Writes nothing.
   * Row errors come back as data ({ errors }), so the form can list them.
   */
  previewImport: planEditorProcedure.input(importFileInput).mutation(async ({ ctx, input }) => {
    const parsed = await readImportFile(ctx.db, ctx.partnership.id, input);
    return previewImport(ctx.db, ctx.partnership.id, input.versionId, parsed);
  }),

  /**
   * Step two: the same file again with the preview's token and the missing rows the person chose
   * to remove. All or nothing; CONFLICT when the plan changed since the preview.
   */
  confirmImport: planEditorProcedure
    .input(
      importFileInput.extend({
        token: z.string().regex(/^[0-9a-f]{64}$/, "Importer regnearket på nytt før du bekrefter."),
        remove: z.array(z.string().max(200)).max(5000).default([]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const parsed = await readImportFile(ctx.db, ctx.partnership.id, input);
      return applyImport(ctx.db, actorOf(ctx), ctx.partnership.id, input.versionId, parsed, { token: input.token, remove: input.remove });
    }),
});
