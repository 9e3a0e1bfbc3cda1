import { z } from "zod";
import {
  addProgrammeItem,
  addProgrammeItemInput,
  createGathering,
  createGatheringInput,
  removeGathering,
  removeGatheringInput,
  removeProgrammeItem,
  removeProgrammeItemInput,
  updateGathering,
  updateGatheringInput,
  updateProgrammeItem,
  updateProgrammeItemInput,
} from "~/server/domain/network/gatherings";
import {
  invitePartnership,
  invitePartnershipInput,
  leaveNetwork,
  listInvitablePartnerships,
  memberTransitionInput,
  respondInput,
  respondToInvitation,
  updateSharing,
  updateSharingInput,
  withdrawInvitation,
} from "~/server/domain/network/members";
import {
  addFacilitator,
  addFacilitatorInput,
  canCreateNetwork,
  createNetwork,
  createNetworkInput,
  removeFacilitator,
  removeFacilitatorInput,
  updateNetwork,
  updateNetworkInput,
} from "~/server/domain/network/networks";
import { loadLocalWork, loadNetworkOverview, loadSharedNotes } from "~/server/domain/network/overview";
import { overviewSorts, overviewViews } from "~/server/domain/network/overview-model";
import { getGatheringView, getNetworkView, listMyNetworks, networksOfPartnership } from "~/server/domain/network/view";
import { can } from "~/server/domain/access/permissions";
import { entityId, rule } from "~/lib/validation";
import { withoutNetwork, withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, networkFacilitatorProcedure, networkProcedure, partnershipProcedure, partnershipProcedureWith, protectedProcedure } from "~/server/api/trpc";

const overviewInput = z.object({
  view: z.enum(overviewViews, rule("errors.input.overviewView")).default("status"),
  sort: z.enum(overviewSorts, rule("errors.input.overviewSort")).default("nr"),
});

export const networkRouter = createTRPCRouter({
  /** The networks I can open, and whether I may start one. */
  list: protectedProcedure.query(async ({ ctx }) => ({
    networks: await listMyNetworks(ctx.db, ctx.user.id),
    canCreate: await canCreateNetwork(ctx.db, ctx.user.id),
  })),

  /** The domain checks the global role (fasilitator or admin). */
  create: protectedProcedure.input(createNetworkInput).mutation(({ ctx, input }) => createNetwork(ctx.db, { userId: ctx.user.id }, input)),

  get: networkProcedure.query(({ ctx }) => getNetworkView(ctx.scope)),

  update: networkFacilitatorProcedure
    .input(updateNetworkInput)
    .mutation(({ ctx, input }) => updateNetwork(ctx.scope, withoutNetwork(input))),

  addFacilitator: networkFacilitatorProcedure
    .input(addFacilitatorInput)
    .mutation(({ ctx, input }) => addFacilitator(ctx.scope, withoutNetwork(input))),

  removeFacilitator: networkFacilitatorProcedure
    .input(removeFacilitatorInput)
    .mutation(({ ctx, input }) => removeFacilitator(ctx.scope, withoutNetwork(input))),

  /** Partnerships not yet invited to or in the network, for the invite form. */
  invitable: networkFacilitatorProcedure.query(({ ctx }) => listInvitablePartnerships(ctx.scope)),

  invite: networkFacilitatorProcedure
    .input(invitePartnershipInput)
    .mutation(({ ctx, input }) => invitePartnership(ctx.scope, withoutNetwork(input))),

  withdraw: networkFacilitatorProcedure
    .input(memberTransitionInput)
    .mutation(({ ctx, input }) => withdrawInvitation(ctx.scope, withoutNetwork(input))),

  /** The 20 areas × members: only what each member shares. */
  overview: networkProcedure
    .input(overviewInput)
    .query(async ({ ctx, input }) => ({ ...(await loadNetworkOverview(ctx.scope, input.sort)), view: input.view })),

  /** Ønsket situasjon, barrierer og drivere from members that share them. */
  notes: networkProcedure.query(({ ctx }) => loadSharedNotes(ctx.scope)),

  /** Progress of the development plans of members that share them. */
  localWork: networkProcedure.query(({ ctx }) => loadLocalWork(ctx.scope)),

  gathering: networkProcedure
    .input(z.object({ gatheringId: entityId }))
    .query(({ ctx, input }) => getGatheringView(ctx.scope, withoutNetwork(input))),

  createGathering: networkFacilitatorProcedure
    .input(createGatheringInput)
    .mutation(({ ctx, input }) => createGathering(ctx.scope, withoutNetwork(input))),

  updateGathering: networkFacilitatorProcedure
    .input(updateGatheringInput)
    .mutation(({ ctx, input }) => updateGathering(ctx.scope, withoutNetwork(input))),

  removeGathering: networkFacilitatorProcedure
    .input(removeGatheringInput)
    .mutation(({ ctx, input }) => removeGathering(ctx.scope, withoutNetwork(input))),

  addProgrammeItem: networkFacilitatorProcedure
    .input(addProgrammeItemInput)
    .mutation(({ ctx, input }) => addProgrammeItem(ctx.scope, withoutNetwork(input))),

  updateProgrammeItem: networkFacilitatorProcedure
    .input(updateProgrammeItemInput)
    .mutation(({ ctx, input }) => updateProgrammeItem(ctx.scope, withoutNetwork(input))),

  removeProgrammeItem: networkFacilitatorProcedure
    .input(removeProgrammeItemInput)
    .mutation(({ ctx, input }) => removeProgrammeItem(ctx.scope, withoutNetwork(input))),

  // --- The partnership's side -----------------------------------------------------------

  /** Invitations and memberships of one partnership; anyone with a role in it may look. */
  networks: partnershipProcedure.query(async ({ ctx }) => ({
    ...(await networksOfPartnership(ctx.scope)),
    canAnswer: can(ctx.access, "network:membership"),
  })),

  respond: partnershipProcedureWith("network:membership")
    .input(respondInput)
    .mutation(({ ctx, input }) => respondToInvitation(ctx.scope, withoutSlug(input))),

  updateSharing: partnershipProcedureWith("network:membership")
    .input(updateSharingInput)
    .mutation(({ ctx, input }) => updateSharing(ctx.scope, withoutSlug(input))),

  leave: partnershipProcedureWith("network:membership")
    .input(memberTransitionInput)
    .mutation(({ ctx, input }) => leaveNetwork(ctx.scope, withoutSlug(input))),
});
