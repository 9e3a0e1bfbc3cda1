import { listOutbox, outboxCounts, outboxInput, outboxMessage, outboxMessageInput } from "~/server/mail/admin-view";
import { mailConfigured } from "~/server/mail/config";
import { resend } from "~/server/mail/sender";
import { invalid, notFound } from "~/server/domain/errors";
import { text } from "~/lib/i18n/text";
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
    if (!message) throw notFound(text("mail.errors.mailNotFound"));
    return { ...message, smtpConfigured: mailConfigured() };
  }),

  resend: adminProcedure.input(outboxMessageInput).mutation(async ({ ctx, input }) => {
    if (!(await resend(ctx.db, input.id))) throw invalid(text("mail.errors.resendRefused"));
    return { resent: true };
  }),
});
