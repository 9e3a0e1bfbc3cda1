import { historyInput, listHistory, listHistoryPeople } from "~/server/domain/history/history";
import { withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure } from "~/server/api/trpc";

/** The partnership's audit trail in words. Readable by everyone who may see the partnership. */
export const historyRouter = createTRPCRouter({
  list: partnershipProcedure
    .input(historyInput)
    .query(async ({ ctx, input }) => {
      const [history, people] = await Promise.all([listHistory(ctx.scope, withoutSlug(input), ctx.locale), listHistoryPeople(ctx.scope)]);
      return { ...history, people };
    }),
});
