import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { acceptInvitation, acceptInvitationInput, findOpenInvitation } from "~/server/domain/admin/invitations";
import { refuseWeakPassword } from "~/server/domain/admin/new-password";
import { createTRPCRouter, publicProcedure } from "~/server/api/trpc";

/** Reached without a session: the token in the link is the credential. */
export const invitationRouter = createTRPCRouter({
  get: publicProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .query(({ ctx, input }) => findOpenInvitation(ctx.db, input.token, new Date(), ctx.locale)),

  accept: publicProcedure.input(acceptInvitationInput).mutation(async ({ ctx, input }) => {
    // Validate the link and the password before spending time on hashing.
    const open = await findOpenInvitation(ctx.db, input.token);
    refuseWeakPassword(input.password, open);
    const passwordHash = await hashPassword(input.password);
    return acceptInvitation(ctx.db, { token: input.token, passwordHash });
  }),
});
