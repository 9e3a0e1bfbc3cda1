import { tracked } from "@trpc/server";
import { z } from "zod";
import { submitAnswers, submitAnswersInput } from "~/server/domain/workshop/answers";
import { findOpenGatheringByCode, joinCodeInput, joinInput, joinWorkshop, participantByToken, participantTokenInput, setLive, setLiveInput, suggestedJoinFor } from "~/server/domain/workshop/live";
import {
  addTask,
  addTaskInput,
  moveTask,
  moveTaskInput,
  removeTask,
  removeTaskInput,
  resultsVisibleInput,
  setResultsVisible,
  setTaskStatus,
  taskStatusInput,
  updateTask,
  updateTaskInput,
} from "~/server/domain/workshop/tasks";
import { addTheme, addThemeInput, assignTheme, assignThemeInput, removeTheme, removeThemeInput } from "~/server/domain/workshop/themes";
import { pendingTransfers, transferInput, transferSelfAssessment } from "~/server/domain/workshop/transfer";
import { facilitatorView, joinInfo, participantView } from "~/server/domain/workshop/view";
import { loadGathering } from "~/server/domain/network/scope";
import { DomainError, tooMany } from "~/server/domain/errors";
import { entityId } from "~/lib/validation";
import { text } from "~/lib/i18n/text";
import { writeTogether } from "~/server/live/group-commit";
import { createRateLimiter } from "~/server/live/rate-limit";
import { limitKey } from "~/server/security/client-address";
import { publishWorkshopEvent, workshopEvents } from "~/server/live/workshop-events";
import { withoutSlug } from "~/server/api/scoped-input";
import { can } from "~/server/domain/access/permissions";
import { createTRPCRouter, networkFacilitatorProcedure, partnershipProcedure, partnershipProcedureWith, publicProcedure, type Context } from "~/server/api/trpc";

/** Twenty answers in a row is one self-assessment; a steady stream beyond one a second is not a person. */
const answerLimiter = createRateLimiter("workshop-answer", { capacity: 30, refillPerSecond: 1 });
/** Joins per code: a full room of 150 can join within half a minute; guessing codes cannot. */
const joinLimiter = createRateLimiter("workshop-join", { capacity: 200, refillPerSecond: 5 });
/**
 * Wrong codes per client address, across codes: a room behind one address may mistype twenty
 * codes at once and then one every six seconds; a script guessing among 31⁶ codes gets nowhere.
 * Right codes are not counted, so a full room joining from one address is never slowed.
 */
const wrongCodeLimiter = createRateLimiter("workshop-wrong-code", { capacity: 20, refillPerSecond: 1 / 6 });
const WRONG_CODES_MESSAGE = text("workshop.errors.wrongCodes");

/** Runs a lookup by join code, refused while the caller's address has used up its wrong codes. */
async function withCodeGuessLimit<T>(ctx: Context, lookup: () => Promise<T>): Promise<T> {
  const key = limitKey(ctx.clientAddress ?? null);
  if (!(await wrongCodeLimiter.available(key))) throw tooMany(WRONG_CODES_MESSAGE);
  try {
    return await lookup();
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") await wrongCodeLimiter.take(key);
    throw error;
  }
}

const byGathering = z.object({ gatheringId: entityId });
const resume = z.object({ lastEventId: z.string().max(80).nullish() });

export const workshopRouter = createTRPCRouter({
  // The facilitator's screen ---------------------------------------------------

  live: networkFacilitatorProcedure.input(byGathering).query(({ ctx, input }) => facilitatorView(ctx.scope, input)),

  setLive: networkFacilitatorProcedure.input(setLiveInput).mutation(async ({ ctx, input }) => {
    const updated = await setLive(ctx.scope, input);
    await publishWorkshopEvent(ctx.db, updated.id, { type: "live", liveStatus: updated.liveStatus });
    return updated;
  }),

  addTask: networkFacilitatorProcedure.input(addTaskInput).mutation(async ({ ctx, input }) => {
    const created = await addTask(ctx.scope, input);
    await publishWorkshopEvent(ctx.db, input.gatheringId, { type: "tasks" });
    return created;
  }),

  updateTask: networkFacilitatorProcedure.input(updateTaskInput).mutation(async ({ ctx, input }) => {
    const updated = await updateTask(ctx.scope, input);
    await publishWorkshopEvent(ctx.db, input.gatheringId, { type: "tasks" });
    return updated;
  }),

  setTaskStatus: networkFacilitatorProcedure.input(taskStatusInput).mutation(async ({ ctx, input }) => {
    const updated = await setTaskStatus(ctx.scope, input);
    await publishWorkshopEvent(ctx.db, input.gatheringId, { type: "tasks" });
    return updated;
  }),

  setResultsVisible: networkFacilitatorProcedure.input(resultsVisibleInput).mutation(async ({ ctx, input }) => {
    const updated = await setResultsVisible(ctx.scope, input);
    await publishWorkshopEvent(ctx.db, input.gatheringId, { type: "tasks" });
    return updated;
  }),

  moveTask: networkFacilitatorProcedure.input(moveTaskInput).mutation(async ({ ctx, input }) => {
    const updated = await moveTask(ctx.scope, input);
    await publishWorkshopEvent(ctx.db, input.gatheringId, { type: "tasks" });
    return updated;
  }),

  removeTask: networkFacilitatorProcedure.input(removeTaskInput).mutation(async ({ ctx, input }) => {
    await removeTask(ctx.scope, input);
    await publishWorkshopEvent(ctx.db, input.gatheringId, { type: "tasks" });
  }),

  addTheme: networkFacilitatorProcedure.input(addThemeInput).mutation(async ({ ctx, input }) => {
    const created = await addTheme(ctx.scope, input);
    await publishWorkshopEvent(ctx.db, input.gatheringId, { type: "themes", taskId: input.taskId });
    return created;
  }),

  removeTheme: networkFacilitatorProcedure.input(removeThemeInput).mutation(async ({ ctx, input }) => {
    await removeTheme(ctx.scope, input);
    await publishWorkshopEvent(ctx.db, input.gatheringId, { type: "themes", taskId: input.taskId });
  }),

  assignTheme: networkFacilitatorProcedure.input(assignThemeInput).mutation(async ({ ctx, input }) => {
    await assignTheme(ctx.scope, input);
    await publishWorkshopEvent(ctx.db, input.gatheringId, { type: "themes", taskId: input.taskId });
  }),

  /** Everything that happens in the samling, for the facilitator's screen; resumes from lastEventId. */
  events: networkFacilitatorProcedure.input(byGathering.merge(resume)).subscription(async ({ ctx, input, signal }) => {
    // Checked before the stream starts, so a wrong id is a NOT_FOUND (not retried), not an error inside the stream.
    const samling = await loadGathering(ctx.db, ctx.network.id, input.gatheringId);
    return (async function* () {
      for await (const stored of workshopEvents(ctx.db, samling.id, input.lastEventId, signal)) {
        yield tracked(stored.id, stored.event);
      }
    })();
  }),

  // A participant's phone -------------------------------------------------------

  /** Before joining: the samling's title and offices, and (signed in) what the person would join as. */
  joinInfo: publicProcedure.input(z.object({ code: joinCodeInput })).query(async ({ ctx, input }) => {
    const samling = await withCodeGuessLimit(ctx, () => findOpenGatheringByCode(ctx.db, input.code));
    return {
      ...(await joinInfo(ctx.db, samling)),
      signedInAs: ctx.user ? { name: ctx.user.name, ...(await suggestedJoinFor(ctx.db, ctx.user.id, samling.networkId)) } : null,
    };
  }),

  join: publicProcedure.input(joinInput).mutation(async ({ ctx, input }) => {
    const joined = await withCodeGuessLimit(ctx, async () => {
      if (!(await joinLimiter.take(input.code))) throw tooMany();
      return joinWorkshop(ctx.db, ctx.user, input);
    });
    await publishWorkshopEvent(ctx.db, joined.gatheringId, { type: "tasks" });
    return joined;
  }),

  participant: publicProcedure
    .input(z.object({ token: participantTokenInput }))
    .query(async ({ ctx, input }) => participantView(ctx.db, await participantByToken(ctx.db, input.token))),

  /** Written together with the other submits of the moment (server/live/group-commit.ts); the event goes out after the commit. */
  submit: publicProcedure.input(submitAnswersInput.extend({ token: participantTokenInput })).mutation(async ({ ctx, input }) => {
    const { gatheringId, ...result } = await writeTogether(ctx.db, async () => {
      const participant = await participantByToken(ctx.db, input.token);
      if (!(await answerLimiter.take(participant.id))) throw tooMany();
      return { gatheringId: participant.gatheringId, ...(await submitAnswers(ctx.db, participant, input)) };
    });
    const eventId = await publishWorkshopEvent(ctx.db, gatheringId, { type: "answers", taskId: result.taskId, respondents: result.respondents });
    return { ...result, eventId };
  }),

  /** Task and live changes only: a phone never hears about other people's answers. */
  participantEvents: publicProcedure
    .input(z.object({ token: participantTokenInput }).merge(resume))
    .subscription(async ({ ctx, input, signal }) => {
      // A stale token is refused before the stream starts (NOT_FOUND), so the phone does not retry it forever.
      const participant = await participantByToken(ctx.db, input.token);
      return (async function* () {
        for await (const stored of workshopEvents(ctx.db, participant.gatheringId, input.lastEventId, signal, "participant")) {
          yield tracked(stored.id, stored.event);
        }
      })();
    }),

  // The partnership's side -------------------------------------------------------

  pendingTransfers: partnershipProcedure.query(async ({ ctx }) => ({
    transfers: await pendingTransfers(ctx.scope),
    canTransfer: can(ctx.access, "assessment:manage"),
  })),

  /** A samling's self-assessment becomes one of the partnership's assessments. */
  transfer: partnershipProcedureWith("assessment:manage").input(transferInput).mutation(({ ctx, input }) => {
    return transferSelfAssessment(ctx.scope, withoutSlug(input));
  }),
});
