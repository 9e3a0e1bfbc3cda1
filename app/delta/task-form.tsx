"use client";

import { Heading } from "@navikt/ds-react";
import { EvaluationForm } from "./evaluation-form";
import { ExpectationForm } from "./expectation-form";
import type { ParticipantTask } from "./participant-task";
import { PriorityForm } from "./priority-form";
import { SelfAssessmentForm } from "./self-assessment-form";

/** One open task, with the form for its kind. */
export function TaskForm({ token, task }: { token: string; task: ParticipantTask }) {
  const headingId = `oppgave-${task.id}`;
  const props = { token, task, headingId };
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <Heading id={headingId} level="2" size="medium">
        {task.title}
      </Heading>
      {task.kind === "selvvurdering" && <SelfAssessmentForm {...props} />}
      {task.kind === "prioritering" && <PriorityForm {...props} />}
      {task.kind === "forventninger" && <ExpectationForm {...props} />}
      {task.kind === "evaluering" && <EvaluationForm {...props} />}
    </section>
  );
}
