/**
 * Bokmål plan words for callers that have not moved to the catalogue yet (virksomhetsplan,
 * exports). New code imports ./plan-questions and renders `t(\`actionStatus.${status}\`)` and
 * `t(\`planQuestions.${key}.label\`)` from the "mulighetsrom" namespace.
 */
import bokmal from "~/messages/nb/mulighetsrom.json";
import type { ActionStatus } from "./plan-questions";

export { planQuestionKeys, type ActionStatus, type PlanQuestionKey } from "./plan-questions";

/** @deprecated Bokmål only: render `t(\`actionStatus.${status}\`)` from "mulighetsrom". */
export const actionStatusLabels: Record<ActionStatus, string> = bokmal.actionStatus;
