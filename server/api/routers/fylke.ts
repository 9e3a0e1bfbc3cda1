import { getFylkeOverview } from "../../domain/fylke/overview";
import { createTRPCRouter, fylkeProcedure } from "../trpc";

export const fylkeRouter = createTRPCRouter({
  overview: fylkeProcedure.query(({ ctx }) => getFylkeOverview(ctx.db, ctx.fylke.id)),
});
