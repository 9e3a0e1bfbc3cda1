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
  canAnswerForPartnership,
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
import { entityId } from "~/server/domain/validation";
import { actorOf, withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, networkFacilitatorProcedure, networkProcedure, partnershipProcedure, partnershipProcedureWith, protectedProcedure } from "~/server/api/trpc";

/** Drops the network slug every network-scoped input carries; the domain gets the id from ctx. */
const withoutNetwork = <T extends { network: string }>({ network: _slug, ...rest }: T) => rest;

/** The Nav-leder and the owners answer invitations and choose what to share (the role matrix). */
const responderProcedure = partnershipProcedureWith("network:membership");

const overviewInput = z.object({
  view: z.enum(overviewViews, { error: "Velg visning: status eller prioriteringer." }).default("status"),
  sort: z.enum(overviewSorts, { error: "Ugyldig sortering." }).default("nr"),
});

export const networkRouter = createTRPCRouter({
  /** The networks I can open, and whether I may start one. */
  list: protectedProcedure.query(({ ctx }) => ({
    networks: listMyNetworks(ctx.db, ctx.user.id),
    canCreate: canCreateNetwork(ctx.db, ctx.user.id),
  })),

  /** The domain checks the global role (fasilitator or admin). */
  create: protectedProcedure.input(createNetworkInput).mutation(({ ctx, input }) => createNetwork(ctx.db, actorOf(ctx), input)),

  get: networkProcedure.query(({ ctx }) => getNetworkView(ctx.db, ctx.network.id, ctx.networkAccess)),

  update: networkFacilitatorProcedure
    .input(updateNetworkInput)
    .mutation(({ ctx, input }) => updateNetwork(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  addFacilitator: networkFacilitatorProcedure
    .input(addFacilitatorInput)
    .mutation(({ ctx, input }) => addFacilitator(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  removeFacilitator: networkFacilitatorProcedure
    .input(removeFacilitatorInput)
    .mutation(({ ctx, input }) => removeFacilitator(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  /** Partnerships not yet invited to or in the network, for the invite form. */
  invitable: networkFacilitatorProcedure.query(({ ctx }) => listInvitablePartnerships(ctx.db, ctx.network.id)),

  invite: networkFacilitatorProcedure
    .input(invitePartnershipInput)
    .mutation(({ ctx, input }) => invitePartnership(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  withdraw: networkFacilitatorProcedure
    .input(memberTransitionInput)
    .mutation(({ ctx, input }) => withdrawInvitation(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  /** The 20 areas × members: only what each member shares. */
  overview: networkProcedure
    .input(overviewInput)
    .query(({ ctx, input }) => ({ ...loadNetworkOverview(ctx.db, ctx.network.id, input.sort), view: input.view })),

  /** Ønsket situasjon, barrierer og drivere from members that share them. */
  notes: networkProcedure.query(({ ctx }) => loadSharedNotes(ctx.db, ctx.network.id)),

  /** Progress of the development plans of members that share them. */
  localWork: networkProcedure.query(({ ctx }) => loadLocalWork(ctx.db, ctx.network.id)),

  gathering: networkProcedure
    .input(z.object({ gatheringId: entityId }))
    .query(({ ctx, input }) => getGatheringView(ctx.db, ctx.network.id, input.gatheringId, ctx.networkAccess)),

  createGathering: networkFacilitatorProcedure
    .input(createGatheringInput)
    .mutation(({ ctx, input }) => createGathering(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  updateGathering: networkFacilitatorProcedure
    .input(updateGatheringInput)
    .mutation(({ ctx, input }) => updateGathering(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  removeGathering: networkFacilitatorProcedure
    .input(removeGatheringInput)
    .mutation(({ ctx, input }) => removeGathering(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  addProgrammeItem: networkFacilitatorProcedure
    .input(addProgrammeItemInput)
    .mutation(({ ctx, input }) => addProgrammeItem(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  updateProgrammeItem: networkFacilitatorProcedure
    .input(updateProgrammeItemInput)
    .mutation(({ ctx, input }) => updateProgrammeItem(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  removeProgrammeItem: networkFacilitatorProcedure
    .input(removeProgrammeItemInput)
    .mutation(({ ctx, input }) => removeProgrammeItem(ctx.db, actorOf(ctx), ctx.network.id, withoutNetwork(input))),

  // --- The partnership's side -----------------------------------------------------------

  /** Invitations and memberships of one partnership; anyone with a role in it may look. */
  networks: partnershipProcedure.query(({ ctx }) => ({
    ...networksOfPartnership(ctx.db, ctx.partnership.id),
    canAnswer: canAnswerForPartnership(ctx.access.roles),
  })),

  respond: responderProcedure
    .input(respondInput)
    .mutation(({ ctx, input }) => respondToInvitation(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  updateSharing: responderProcedure
    .input(updateSharingInput)
    .mutation(({ ctx, input }) => updateSharing(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),

  leave: responderProcedure
    .input(memberTransitionInput)
    .mutation(({ ctx, input }) => leaveNetwork(ctx.db, actorOf(ctx), ctx.partnership.id, withoutSlug(input))),
});
