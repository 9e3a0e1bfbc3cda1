import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

/** One task as a participant sees it on their phone. */
export type ParticipantTask = inferRouterOutputs<AppRouter>["workshop"]["participant"]["tasks"][number];
