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
import { writeTogether } from "~/server/live/group-commit";
import { createRateLimiter } from "~/server/live/rate-limit";
import { limitKey } from "~/server/security/client-address";
import { publishWorkshopEvent, workshopEvents } from "~/server/live/workshop-events";
import { withoutSlug } from "~/server/api/scoped-input";
import { can } from "~/server/domain/access/permissions";
import { createTRPCRouter, networkFacilitatorProcedure, partnershipProcedure, partnershipProcedureWith, publicProcedure, type Context } from "~/server/api/trpc";

/** Twenty answers in a row is one self-assessment; a steady stream beyond one a second is not a person. */
const answerLimiter = createRateLimiter({ capacity: 30, refillPerSecond: 1 });
/** Joins per code: a full room of 150 can join within half a minute; guessing codes cannot. */
const joinLimiter = createRateLimiter({ capacity: 200, refillPerSecond: 5 });
/**
 * Wrong codes per client address, across codes: a room behind one address may mistype twenty
 * codes at once and then one every six seconds; a script guessing among 31⁶ codes gets nowhere.
 * Right codes are not counted, so a full room joining from one address is never slowed.
 */
const wrongCodeLimiter = createRateLimiter({ capacity: 20, refillPerSecond: 1 / 6 });
const WRONG_CODES_MESSAGE = "For mange feil koder på kort tid. Vent et minutt, og sjekk koden på skjermen.";

/** Runs a lookup by join code, refused while the caller's address has used up its wrong codes. */
function withCodeGuessLimit<T>(ctx: Context, lookup: () => T): T {
  const key = limitKey(ctx.clientAddress ?? null);
  if (!wrongCodeLimiter.available(key)) throw tooMany(WRONG_CODES_MESSAGE);
  try {
    return lookup();
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") wrongCodeLimiter.take(key);
    throw error;
  }
}

const byGathering = z.object({ gatheringId: entityId });
const resume = z.object({ lastEventId: z.string().max(80).nullish() });

export const workshopRouter = createTRPCRouter({
  // The facilitator's screen ---------------------------------------------------

  live: networkFacilitatorProcedure.input(byGathering).query(({ ctx, input }) => facilitatorView(ctx.scope, input)),

  setLive: networkFacilitatorProcedure.input(setLiveInput).mutation(({ ctx, input }) => {
    const updated = setLive(ctx.scope, input);
    publishWorkshopEvent(updated.id, { type: "live", liveStatus: updated.liveStatus });
    return updated;
  }),

  addTask: networkFacilitatorProcedure.input(addTaskInput).mutation(({ ctx, input }) => {
    const created = addTask(ctx.scope, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
    return created;
  }),

  updateTask: networkFacilitatorProcedure.input(updateTaskInput).mutation(({ ctx, input }) => {
    const updated = updateTask(ctx.scope, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
    return updated;
  }),

  setTaskStatus: networkFacilitatorProcedure.input(taskStatusInput).mutation(({ ctx, input }) => {
    const updated = setTaskStatus(ctx.scope, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
    return updated;
  }),

  setResultsVisible: networkFacilitatorProcedure.input(resultsVisibleInput).mutation(({ ctx, input }) => {
    const updated = setResultsVisible(ctx.scope, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
    return updated;
  }),

  moveTask: networkFacilitatorProcedure.input(moveTaskInput).mutation(({ ctx, input }) => {
    const updated = moveTask(ctx.scope, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
    return updated;
  }),

  removeTask: networkFacilitatorProcedure.input(removeTaskInput).mutation(({ ctx, input }) => {
    removeTask(ctx.scope, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
  }),

  addTheme: networkFacilitatorProcedure.input(addThemeInput).mutation(({ ctx, input }) => {
    const created = addTheme(ctx.scope, input);
    publishWorkshopEvent(input.gatheringId, { type: "themes", taskId: input.taskId });
    return created;
  }),

  removeTheme: networkFacilitatorProcedure.input(removeThemeInput).mutation(({ ctx, input }) => {
    removeTheme(ctx.scope, input);
    publishWorkshopEvent(input.gatheringId, { type: "themes", taskId: input.taskId });
  }),

  assignTheme: networkFacilitatorProcedure.input(assignThemeInput).mutation(({ ctx, input }) => {
    assignTheme(ctx.scope, input);
    publishWorkshopEvent(input.gatheringId, { type: "themes", taskId: input.taskId });
  }),

  /** Everything that happens in the samling, for the facilitator's screen; resumes from lastEventId. */
  events: networkFacilitatorProcedure.input(byGathering.merge(resume)).subscription(({ ctx, input, signal }) => {
    // Checked before the stream starts, so a wrong id is a NOT_FOUND (not retried), not an error inside the stream.
    const samling = loadGathering(ctx.db, ctx.network.id, input.gatheringId);
    return (async function* () {
      for await (const stored of workshopEvents(samling.id, input.lastEventId, signal)) {
        yield tracked(stored.id, stored.event);
      }
    })();
  }),

  // A participant's phone -------------------------------------------------------

  /** Before joining: the samling's title and offices, and (signed in) what the person would join as. */
  joinInfo: publicProcedure.input(z.object({ code: joinCodeInput })).query(({ ctx, input }) => {
    const samling = withCodeGuessLimit(ctx, () => findOpenGatheringByCode(ctx.db, input.code));
    return {
      ...joinInfo(ctx.db, samling),
      signedInAs: ctx.user ? { name: ctx.user.name, ...suggestedJoinFor(ctx.db, ctx.user.id, samling.networkId) } : null,
    };
  }),

  join: publicProcedure.input(joinInput).mutation(({ ctx, input }) => {
    const joined = withCodeGuessLimit(ctx, () => {
      if (!joinLimiter.take(input.code)) throw tooMany();
      return joinWorkshop(ctx.db, ctx.user, input);
    });
    publishWorkshopEvent(joined.gatheringId, { type: "tasks" });
    return joined;
  }),

  participant: publicProcedure
    .input(z.object({ token: participantTokenInput }))
    .query(({ ctx, input }) => participantView(ctx.db, participantByToken(ctx.db, input.token))),

  /** Written together with the other submits of the moment (server/live/group-commit.ts); the event goes out after the commit. */
  submit: publicProcedure.input(submitAnswersInput.extend({ token: participantTokenInput })).mutation(async ({ ctx, input }) => {
    const { gatheringId, ...result } = await writeTogether(ctx.db, () => {
      const participant = participantByToken(ctx.db, input.token);
      if (!answerLimiter.take(participant.id)) throw tooMany();
      return { gatheringId: participant.gatheringId, ...submitAnswers(ctx.db, participant, input) };
    });
    const eventId = publishWorkshopEvent(gatheringId, { type: "answers", taskId: result.taskId, respondents: result.respondents });
    return { ...result, eventId };
  }),

  /** Task and live changes only: a phone never hears about other people's answers. */
  participantEvents: publicProcedure
    .input(z.object({ token: participantTokenInput }).merge(resume))
    .subscription(({ ctx, input, signal }) => {
      // A stale token is refused before the stream starts (NOT_FOUND), so the phone does not retry it forever.
      const participant = participantByToken(ctx.db, input.token);
      return (async function* () {
        for await (const stored of workshopEvents(participant.gatheringId, input.lastEventId, signal, "participant")) {
          yield tracked(stored.id, stored.event);
        }
      })();
    }),

  // The partnership's side -------------------------------------------------------

  pendingTransfers: partnershipProcedure.query(({ ctx }) => ({
    transfers: pendingTransfers(ctx.scope),
    canTransfer: can(ctx.access, "assessment:manage"),
  })),

  /** A samling's self-assessment becomes one of the partnership's assessments. */
  transfer: partnershipProcedureWith("assessment:manage").input(transferInput).mutation(({ ctx, input }) => {
    return transferSelfAssessment(ctx.scope, withoutSlug(input));
  }),
});
