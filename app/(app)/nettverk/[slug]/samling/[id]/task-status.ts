import type { StatusTone } from "~/app/_components/status-tag";
import type { WorkshopTaskStatus } from "~/lib/workshop/labels";

export const taskStatusTones: Record<WorkshopTaskStatus, StatusTone> = { klar: "neutral", apen: "success", lukket: "info" };

export const answeredText = (n: number) => (n === 1 ? "1 har svart" : `${n} har svart`);
