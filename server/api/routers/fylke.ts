import { z } from "zod";
import { getFylkeOverview } from "~/server/domain/fylke/overview";
import { yearInput } from "~/lib/validation";
import { createTRPCRouter, fylkeProcedure } from "~/server/api/trpc";

export const fylkeRouter = createTRPCRouter({
  overview: fylkeProcedure
    .input(z.object({ year: yearInput.optional() }))
    .query(({ ctx, input }) => getFylkeOverview(ctx.db, ctx.fylke.id, input.year)),
});
