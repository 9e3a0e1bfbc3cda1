import { z } from "zod";
import { getFylkeOverview } from "../../domain/fylke/overview";
import { yearInput } from "../../domain/validation";
import { createTRPCRouter, fylkeProcedure } from "../trpc";

export const fylkeRouter = createTRPCRouter({
  overview: fylkeProcedure
    .input(z.object({ year: yearInput.optional() }))
    .query(({ ctx, input }) => getFylkeOverview(ctx.db, ctx.fylke.id, input.year)),
});
