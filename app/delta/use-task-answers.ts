"use client";

import { useState } from "react";
import type { ParticipantTask } from "./participant-task";

/**
 * The participant's answers as the form shows them: what the server has, overlaid with
 * what was chosen here (kept even while it is still being sent, or when sending failed).
 */
export function useTaskAnswers(task: ParticipantTask) {
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = Object.fromEntries(task.answers.map((a) => [a.item, a.value]));
  const values: Record<string, string> = { ...server, ...local };
  const set = (changes: Record<string, string>) => setLocal((l) => ({ ...l, ...changes }));
  return { values, set };
}
