import { z } from "zod";
import { deliveries, notificationKinds } from "~/lib/notifications/kinds";
import { rule } from "~/lib/validation";
import { listInput, listNotifications, markAllRead, markRead, markReadInput, unreadCount } from "~/server/domain/notifications/inbox";
import { listDeliveries, setDelivery } from "~/server/domain/notifications/preferences";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

const setDeliveryInput = z.object({
  kind: z.enum(notificationKinds, rule("errors.input.notificationKind")),
  delivery: z.enum(deliveries, rule("errors.input.notificationDelivery")),
});

/** The signed-in person's own notifications and e-mail choices; nobody else's, ever (every query is by ctx.user.id). */
export const notificationRouter = createTRPCRouter({
  list: protectedProcedure.input(listInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.user.id)),
  markRead: protectedProcedure.input(markReadInput).mutation(({ ctx, input }) => markRead(ctx.db, ctx.user.id, input)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllRead(ctx.db, ctx.user.id)),
  deliveries: protectedProcedure.query(({ ctx }) => listDeliveries(ctx.db, ctx.user.id)),
  setDelivery: protectedProcedure.input(setDeliveryInput).mutation(async ({ ctx, input }) => {
    await setDelivery(ctx.db, ctx.user.id, input.kind, input.delivery);
    return { kind: input.kind, delivery: input.delivery };
  }),
});
