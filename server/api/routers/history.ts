import { historyInput, listHistory, listHistoryPeople } from "~/server/domain/history/history";
import { createTRPCRouter, partnershipProcedure } from "~/server/api/trpc";

/** The partnership's audit trail in words. Readable by everyone who may see the partnership. */
export const historyRouter = createTRPCRouter({
  list: partnershipProcedure.input(historyInput).query(({ ctx, input }) => {
    const { partnership: _slug, ...query } = input;
    return { ...listHistory(ctx.db, ctx.partnership.id, query), people: listHistoryPeople(ctx.db, ctx.partnership.id) };
  }),
});
