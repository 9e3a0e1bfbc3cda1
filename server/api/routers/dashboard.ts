import { getDashboard } from "../../domain/dashboard/my-partnerships";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const dashboardRouter = createTRPCRouter({
  get: protectedProcedure.query(({ ctx }) => getDashboard(ctx.db, ctx.user.id)),
});
