import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

export type LiveView = inferRouterOutputs<AppRouter>["workshop"]["live"];
export type LiveTask = LiveView["tasks"][number];
export type Office = LiveView["offices"][number];

/** The results of one task kind, narrowed from the union the API returns. */
export type ResultsOf<K extends LiveTask["kind"]> = Extract<LiveTask["results"], { kind: K }>;

/** Identifies the samling in every facilitator call. */
export interface WorkshopRef {
  network: string;
  gatheringId: string;
}
