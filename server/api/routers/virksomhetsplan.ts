import { z } from "zod";
import { forbidden } from "../../domain/errors";
import {
  activityStatusInput,
  addItem,
  addItemInput,
  indicatorValueInput,
  moveItem,
  moveItemInput,
  removeItem,
  removeItemInput,
  setActivityStatus,
  setIndicatorValue,
  updateItem,
  updateItemInput,
} from "../../domain/virksomhetsplan/items";
import { isPlanEditor } from "../../domain/virksomhetsplan/lifecycle";
import {
  createPlan,
  createPlanInput,
  loadPlanVersion,
  newVersionInput,
  requireEditableDraft,
  startNewVersion,
  updateGeneral,
  updateGeneralInput,
} from "../../domain/virksomhetsplan/plans";
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
} from "../../domain/virksomhetsplan/review";
import { compareYearVersions, getPlanDocument, getPlanYear, getPublicDocument } from "../../domain/virksomhetsplan/view";
import {
  FILE_TOO_LARGE,
  importPlanTables,
  MAX_IMPORT_BASE64_LENGTH,
  parsePlanWorkbook,
} from "../../domain/virksomhetsplan/xlsx-import";
import { entityId, yearInput } from "../../domain/validation";
import { actorOf, withoutSlug } from "../scoped-input";
import { createTRPCRouter, partnershipProcedure, publicProcedure } from "../trpc";

/** The office writes the plan; owners approve and comment through their own procedures. */
const planEditorProcedure = partnershipProcedure.use(({ ctx, next }) => {
  if (!isPlanEditor(ctx.access.roles)) throw forbidden("Bare Nav-lederen og avdelingslederne kan endre virksomhetsplanen.");
  return next();
});

const followUpPosition = (roles: Parameters<typeof isPlanEditor>[0]) => ({ isEditor: isPlanEditor(roles), isOwner: false });

const byYear = z.object({ year: yearInput, versionId: entityId.optional() });

export const virksomhetsplanRouter = createTRPCRouter({
  year: partnershipProcedure
    .input(byYear)
    .query(({ ctx, input }) =>
      getPlanYear(ctx.db, ctx.partnership, input.year, { userId: ctx.user.id, access: ctx.access }, input.versionId),
    ),

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

  addItem: planEditorProcedure
    .input(addItemInput)
    .mutation(({ ctx, input }) => addItem(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  updateItem: planEditorProcedure
    .input(updateItemInput)
    .mutation(({ ctx, input }) => updateItem(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  removeItem: planEditorProcedure
    .input(removeItemInput)
    .mutation(({ ctx, input }) => removeItem(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  moveItem: planEditorProcedure
    .input(moveItemInput)
    .mutation(({ ctx, input }) => moveItem(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  setActivityStatus: partnershipProcedure
    .input(activityStatusInput)
    .mutation(({ ctx, input }) =>
      setActivityStatus(ctx.db, actorOf(ctx), ctx.partnership.id, followUpPosition(ctx.access.roles), withoutSlug(input)),
    ),

  setIndicatorValue: partnershipProcedure
    .input(indicatorValueInput)
    .mutation(({ ctx, input }) =>
      setIndicatorValue(ctx.db, actorOf(ctx), ctx.partnership.id, followUpPosition(ctx.access.roles), withoutSlug(input)),
    ),

  send: partnershipProcedure
    .input(transitionInput)
    .mutation(({ ctx, input }) => sendForApproval(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  withdraw: partnershipProcedure
    .input(transitionInput)
    .mutation(({ ctx, input }) => withdrawFromApproval(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  decide: partnershipProcedure
    .input(decisionInput)
    .mutation(({ ctx, input }) => decide(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  publish: partnershipProcedure
    .input(transitionInput)
    .mutation(({ ctx, input }) => publish(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  newVersion: planEditorProcedure.input(newVersionInput).mutation(({ ctx, input }) =>
    startNewVersion(ctx.db, actorOf(ctx), ctx.partnership.id, { isEditor: true, isOwner: false, openSeats: [] }, withoutSlug(input)),
  ),

  setPublicNames: partnershipProcedure
    .input(publicNamesInput)
    .mutation(({ ctx, input }) => setPublicNames(ctx.db, actorOf(ctx), ctx.partnership, ctx.access.roles, withoutSlug(input))),

  addComment: partnershipProcedure
    .input(addCommentInput)
    .mutation(({ ctx, input }) => addComment(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  resolveComment: partnershipProcedure
    .input(resolveCommentInput)
    .mutation(({ ctx, input }) => resolveComment(ctx.db, actorOf(ctx), ctx.partnership, withoutSlug(input))),

  /**
   * Activities, indicators and values from a spreadsheet (base64 .xlsx) into the draft: all or
   * nothing. Row errors come back as data ({ errors }), so the form can list them.
   */
  importTables: planEditorProcedure
    .input(
      z.object({
        versionId: entityId,
        file: z.string({ error: "Velg en fil." }).min(1, "Velg en fil.").max(MAX_IMPORT_BASE64_LENGTH, FILE_TOO_LARGE),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { version, plan } = loadPlanVersion(ctx.db, ctx.partnership.id, input.versionId);
      requireEditableDraft(ctx.db, version);
      const parsed = await parsePlanWorkbook(new Uint8Array(Buffer.from(input.file, "base64")), plan.year);
      return importPlanTables(ctx.db, actorOf(ctx), ctx.partnership.id, input.versionId, parsed);
    }),
});
