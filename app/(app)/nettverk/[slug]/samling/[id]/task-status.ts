import type { StatusTone } from "~/app/_components/status-tag";
import type { WorkshopTaskStatus } from "~/lib/workshop/labels";

export const taskStatusTones: Record<WorkshopTaskStatus, StatusTone> = { klar: "neutral", apen: "success", lukket: "info" };
