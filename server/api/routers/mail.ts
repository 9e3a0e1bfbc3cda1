import { listOutbox, outboxCounts, outboxInput, outboxMessage, outboxMessageInput } from "~/server/mail/admin-view";
import { mailConfigured } from "~/server/mail/config";
import { resend } from "~/server/mail/sender";
import { invalid, notFound } from "~/server/domain/errors";
import { adminProcedure, createTRPCRouter } from "~/server/api/trpc";

/** The outbox for administrators (/admin/e-post): what was sent, waits, failed or was kept. */
export const mailRouter = createTRPCRouter({
  outbox: adminProcedure.input(outboxInput).query(async ({ ctx, input }) => ({
    smtpConfigured: mailConfigured(),
    counts: await outboxCounts(ctx.db),
    list: await listOutbox(ctx.db, input),
  })),

  message: adminProcedure.input(outboxMessageInput).query(async ({ ctx, input }) => {
    const message = await outboxMessage(ctx.db, input.id);
    if (!message) throw notFound("Fant ikke e-posten. Den kan være slettet sammen med personen den var til.");
    return { ...message, smtpConfigured: mailConfigured() };
  }),

  resend: adminProcedure.input(outboxMessageInput).mutation(async ({ ctx, input }) => {
    if (!(await resend(ctx.db, input.id))) throw invalid("Bare e-post som har feilet, kan sendes på nytt. Last siden på nytt for å se statusen nå.");
    return { resent: true };
  }),
});
