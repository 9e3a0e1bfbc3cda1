import { endOwnSession, endSessionInput, loadOwnAccount } from "~/server/domain/admin/own-account";
import { loadPersonLanguage } from "~/server/domain/language/person-language";
import { oidcProviders } from "~/server/auth/oidc";
import { mustTurnOnTwoFactor, twoFactorRequired } from "~/server/auth/two-factor-policy";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

const providerLabels: Record<string, string | null> = Object.fromEntries(oidcProviders.map((p) => [p.id, p.label]));

/**
 * The signed-in person's own account (/konto). While AUTH_REQUIRE_2FA holds a person back, this
 * router is the only part of the API they may use (server/api/trpc.ts).
 */
export const accountRouter = createTRPCRouter({
  own: protectedProcedure.query(async ({ ctx }) => ({
    ...(await loadOwnAccount(ctx.db, ctx.user.id, ctx.user.sessionId ?? null, providerLabels, new Date(), ctx.locale ?? "nb")),
    /** AUTH_REQUIRE_2FA is set: two-factor sign-in cannot be turned off. */
    twoFactorRequired: twoFactorRequired(),
    /** …and this person has not turned it on yet: nothing else in the app is open to them. */
    mustTurnOnTwoFactor: await mustTurnOnTwoFactor(ctx.db, ctx.user),
  })),

  /** The language saved on the account (null: the målform of their kommune), for the «Språk» choice on /konto. */
  language: protectedProcedure.query(({ ctx }) => loadPersonLanguage(ctx.db, ctx.user.id)),

  endSession: protectedProcedure
    .input(endSessionInput)
    .mutation(({ ctx, input }) => endOwnSession(ctx.db, ctx.user.id, input.sessionId, ctx.user.sessionId ?? null)),
});
