import { tracked } from "@trpc/server";
import { z } from "zod";
import { submitAnswers, submitAnswersInput } from "../../domain/nettverk/answers";
import { findOpenGatheringByCode, joinCodeInput, joinInput, joinWorkshop, participantByToken, participantTokenInput, setLive, setLiveInput, suggestedJoinFor } from "../../domain/nettverk/live";
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
} from "../../domain/nettverk/tasks";
import { addTheme, addThemeInput, assignTheme, assignThemeInput, removeTheme, removeThemeInput } from "../../domain/nettverk/themes";
import { pendingTransfers, transferInput, transferSelfAssessment } from "../../domain/nettverk/transfer";
import { facilitatorView, joinInfo, participantView } from "../../domain/nettverk/workshop-view";
import { loadGathering } from "../../domain/nettverk/scope";
import { forbidden, tooMany } from "../../domain/errors";
import { entityId } from "../../domain/validation";
import { createRateLimiter } from "../../live/rate-limit";
import { publishWorkshopEvent, workshopEvents } from "../../live/workshop-events";
import { actorOf } from "../scoped-input";
import { createTRPCRouter, networkFacilitatorProcedure, partnershipProcedure, publicProcedure } from "../trpc";

/** Twenty answers in a row is one self-assessment; a steady stream beyond one a second is not a person. */
const answerLimiter = createRateLimiter({ capacity: 30, refillPerSecond: 1 });
/** Joins per code: a full room of 150 can join within half a minute; guessing codes cannot. */
const joinLimiter = createRateLimiter({ capacity: 200, refillPerSecond: 5 });

const byGathering = z.object({ gatheringId: entityId });
const resume = z.object({ lastEventId: z.string().max(80).nullish() });

export const workshopRouter = createTRPCRouter({
  // The facilitator's screen ---------------------------------------------------

  live: networkFacilitatorProcedure.input(byGathering).query(({ ctx, input }) => facilitatorView(ctx.db, ctx.network.id, input.gatheringId)),

  setLive: networkFacilitatorProcedure.input(setLiveInput).mutation(({ ctx, input }) => {
    const updated = setLive(ctx.db, actorOf(ctx), ctx.network.id, input);
    publishWorkshopEvent(updated.id, { type: "live", liveStatus: updated.liveStatus });
    return updated;
  }),

  addTask: networkFacilitatorProcedure.input(addTaskInput).mutation(({ ctx, input }) => {
    const created = addTask(ctx.db, actorOf(ctx), ctx.network.id, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
    return created;
  }),

  updateTask: networkFacilitatorProcedure.input(updateTaskInput).mutation(({ ctx, input }) => {
    const updated = updateTask(ctx.db, actorOf(ctx), ctx.network.id, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
    return updated;
  }),

  setTaskStatus: networkFacilitatorProcedure.input(taskStatusInput).mutation(({ ctx, input }) => {
    const updated = setTaskStatus(ctx.db, actorOf(ctx), ctx.network.id, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
    return updated;
  }),

  setResultsVisible: networkFacilitatorProcedure.input(resultsVisibleInput).mutation(({ ctx, input }) => {
    const updated = setResultsVisible(ctx.db, actorOf(ctx), ctx.network.id, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
    return updated;
  }),

  moveTask: networkFacilitatorProcedure.input(moveTaskInput).mutation(({ ctx, input }) => {
    const updated = moveTask(ctx.db, actorOf(ctx), ctx.network.id, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
    return updated;
  }),

  removeTask: networkFacilitatorProcedure.input(removeTaskInput).mutation(({ ctx, input }) => {
    removeTask(ctx.db, actorOf(ctx), ctx.network.id, input);
    publishWorkshopEvent(input.gatheringId, { type: "tasks" });
  }),

  addTheme: networkFacilitatorProcedure.input(addThemeInput).mutation(({ ctx, input }) => {
    const created = addTheme(ctx.db, actorOf(ctx), ctx.network.id, input);
    publishWorkshopEvent(input.gatheringId, { type: "themes", taskId: input.taskId });
    return created;
  }),

  removeTheme: networkFacilitatorProcedure.input(removeThemeInput).mutation(({ ctx, input }) => {
    removeTheme(ctx.db, actorOf(ctx), ctx.network.id, input);
    publishWorkshopEvent(input.gatheringId, { type: "themes", taskId: input.taskId });
  }),

  assignTheme: networkFacilitatorProcedure.input(assignThemeInput).mutation(({ ctx, input }) => {
    assignTheme(ctx.db, actorOf(ctx), ctx.network.id, input);
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
    const samling = findOpenGatheringByCode(ctx.db, input.code);
    return {
      ...joinInfo(ctx.db, samling),
      signedInAs: ctx.user ? { name: ctx.user.name, ...suggestedJoinFor(ctx.db, ctx.user.id, samling.networkId) } : null,
    };
  }),

  join: publicProcedure.input(joinInput).mutation(({ ctx, input }) => {
    if (!joinLimiter.take(input.code)) throw tooMany();
    const joined = joinWorkshop(ctx.db, ctx.user, input);
    publishWorkshopEvent(joined.gatheringId, { type: "tasks" });
    return joined;
  }),

  participant: publicProcedure
    .input(z.object({ token: participantTokenInput }))
    .query(({ ctx, input }) => participantView(ctx.db, participantByToken(ctx.db, input.token))),

  submit: publicProcedure.input(submitAnswersInput.extend({ token: participantTokenInput })).mutation(({ ctx, input }) => {
    const participant = participantByToken(ctx.db, input.token);
    if (!answerLimiter.take(participant.id)) throw tooMany();
    const result = submitAnswers(ctx.db, participant, input);
    const eventId = publishWorkshopEvent(participant.gatheringId, { type: "answers", taskId: result.taskId, respondents: result.respondents });
    return { ...result, eventId };
  }),

  /** Task and live changes only: a phone never hears about other people's answers. */
  participantEvents: publicProcedure
    .input(z.object({ token: participantTokenInput }).merge(resume))
    .subscription(({ ctx, input, signal }) => {
      // A stale token is refused before the stream starts (NOT_FOUND), so the phone does not retry it forever.
      const participant = participantByToken(ctx.db, input.token);
      return (async function* () {
        for await (const stored of workshopEvents(participant.gatheringId, input.lastEventId, signal)) {
          if (stored.event.type === "tasks" || stored.event.type === "live" || stored.event.type === "resync") {
            yield tracked(stored.id, stored.event);
          }
        }
      })();
    }),

  // The partnership's side -------------------------------------------------------

  pendingTransfers: partnershipProcedure.query(({ ctx }) => ({
    transfers: pendingTransfers(ctx.db, ctx.partnership.id),
    canTransfer: ctx.access.roles.includes("nav_leder"),
  })),

  transfer: partnershipProcedure.input(transferInput).mutation(({ ctx, input }) => {
    if (!ctx.access.roles.includes("nav_leder")) throw forbidden("Bare Nav-lederen kan overføre selvvurderingen til partnerskapets vurderinger.");
    return transferSelfAssessment(ctx.db, actorOf(ctx), ctx.partnership, input);
  }),
});
