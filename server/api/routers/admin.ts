import { z } from "zod";
import { invitePerson, inviteInput, listPendingInvitations, revokeInvitation } from "~/server/domain/admin/invitations";
import { listFylkerWithKommuner, listPartnershipsPage } from "~/server/domain/admin/overview";
import { deactivatePerson, listPeople, peopleInput, personInput, reactivatePerson } from "~/server/domain/admin/people";
import { addKommuneInput, addKommuneToPartnership, createPartnership, createPartnershipInput } from "~/server/domain/partnership/create";
import { kommuneMalformInput, listKommuneMalform, setKommuneMalform } from "~/server/domain/language/kommune-malform";
import { entityId } from "~/lib/validation";
import { adminProcedure, createTRPCRouter } from "~/server/api/trpc";

export const adminRouter = createTRPCRouter({
  partnerships: adminProcedure
    .input(z.object({ page: z.number().int().min(1).max(10_000).default(1) }))
    .query(({ ctx, input }) => listPartnershipsPage(ctx.db, input.page)),

  options: adminProcedure.query(async ({ ctx }) => ({ fylker: await listFylkerWithKommuner(ctx.db) })),

  createPartnership: adminProcedure.input(createPartnershipInput).mutation(async ({ ctx, input }) => {
    const created = await createPartnership(ctx.db, { userId: ctx.user.id }, input);
    return { slug: created.slug };
  }),

  addKommune: adminProcedure
    .input(addKommuneInput.extend({ partnershipId: entityId }))
    .mutation(async ({ ctx, input }) => {
      await addKommuneToPartnership(ctx.db, { userId: ctx.user.id }, input.partnershipId, input);
      return { added: true };
    }),

  invite: adminProcedure.input(inviteInput).mutation(({ ctx, input }) => invitePerson(ctx.db, { userId: ctx.user.id }, input)),

  pendingInvitations: adminProcedure.query(({ ctx }) => listPendingInvitations(ctx.db)),

  people: adminProcedure.input(peopleInput).query(({ ctx, input }) => listPeople(ctx.db, input)),

  deactivate: adminProcedure.input(personInput).mutation(({ ctx, input }) => deactivatePerson(ctx.db, { userId: ctx.user.id }, input.userId)),

  reactivate: adminProcedure.input(personInput).mutation(async ({ ctx, input }) => {
    await reactivatePerson(ctx.db, { userId: ctx.user.id }, input.userId);
    return { reactivated: true };
  }),

  kommuneMalform: adminProcedure.query(({ ctx }) => listKommuneMalform(ctx.db)),

  setKommuneMalform: adminProcedure
    .input(kommuneMalformInput)
    .mutation(({ ctx, input }) => setKommuneMalform(ctx.db, { userId: ctx.user.id }, input.kommuneId, input.malform)),

  revokeInvitation: adminProcedure
    .input(z.object({ invitationId: entityId }))
    .mutation(async ({ ctx, input }) => {
      await revokeInvitation(ctx.db, { userId: ctx.user.id }, input.invitationId);
      return { revoked: true };
    }),
});
