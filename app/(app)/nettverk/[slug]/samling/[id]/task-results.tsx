"use client";

import { EvaluationResults } from "./evaluation-results";
import { ExpectationMatrix } from "./expectation-matrix";
import { PriorityResults } from "./priority-results";
import { SelfAssessmentResults } from "./self-assessment-results";
import type { LiveTask, Office } from "./workshop-types";

/** A task's revealed results, drawn for its kind. */
export function TaskResults({ task, offices }: { task: LiveTask; offices: Office[] }) {
  const results = task.results;
  switch (results.kind) {
    case "selvvurdering":
      return <SelfAssessmentResults results={results} offices={offices} />;
    case "prioritering":
      return <PriorityResults results={results} offices={offices} />;
    case "forventninger":
      return <ExpectationMatrix results={results} />;
    case "evaluering":
      return <EvaluationResults results={results} />;
  }
}
