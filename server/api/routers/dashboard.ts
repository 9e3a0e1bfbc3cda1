import { getDashboard } from "~/server/domain/dashboard/my-partnerships";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const dashboardRouter = createTRPCRouter({
  get: protectedProcedure.query(({ ctx }) => getDashboard(ctx.db, ctx.user.id)),
});
