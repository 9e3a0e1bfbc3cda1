import { listOutbox, outboxCounts, outboxInput, outboxMessage, outboxMessageInput } from "~/server/mail/admin-view";
import { mailConfigured } from "~/server/mail/config";
import { resend } from "~/server/mail/sender";
import { invalid, notFound } from "~/server/domain/errors";
import { adminProcedure, createTRPCRouter } from "~/server/api/trpc";

/** The outbox for administrators (/admin/e-post): what was sent, waits, failed or was kept. */
export const mailRouter = createTRPCRouter({
  outbox: adminProcedure.input(outboxInput).query(({ ctx, input }) => ({
    smtpConfigured: mailConfigured(),
    counts: outboxCounts(ctx.db),
    list: listOutbox(ctx.db, input),
  })),

  message: adminProcedure.input(outboxMessageInput).query(({ ctx, input }) => {
    const message = outboxMessage(ctx.db, input.id);
    if (!message) throw notFound("Fant ikke e-posten. Den kan være slettet sammen med personen den var til.");
    return { ...message, smtpConfigured: mailConfigured() };
  }),

  resend: adminProcedure.input(outboxMessageInput).mutation(({ ctx, input }) => {
    if (!resend(ctx.db, input.id)) throw invalid("Bare e-post som har feilet, kan sendes på nytt. Last siden på nytt for å se statusen nå.");
    return { resent: true };
  }),
});
