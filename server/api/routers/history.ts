import { historyInput, listHistory, listHistoryPeople } from "~/server/domain/history/history";
import { withoutSlug } from "~/server/api/scoped-input";
import { createTRPCRouter, partnershipProcedure } from "~/server/api/trpc";

/** The partnership's audit trail in words. Readable by everyone who may see the partnership. */
export const historyRouter = createTRPCRouter({
  list: partnershipProcedure
    .input(historyInput)
    .query(({ ctx, input }) => ({ ...listHistory(ctx.scope, withoutSlug(input)), people: listHistoryPeople(ctx.scope) })),
});
