/**
 * The structure of a development plan, without its words: the six questions every plan answers, in
 * the order the group works through them. The words are in the "mulighetsrom" catalogue
 * (`planQuestions.<key>.label` / `.help`, `actionStatus.<status>`), so a plan reads the same on
 * screen, on paper and in the spreadsheet. Client-safe.
 */
import type { actionStatuses } from "~/db/schema/enums";

export type ActionStatus = (typeof actionStatuses)[number];

export const planQuestionKeys = ["why", "whatAndWhen", "approach", "involved", "responsibleUserId", "followUp"] as const;

export type PlanQuestionKey = (typeof planQuestionKeys)[number];
