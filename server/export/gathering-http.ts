import "server-only";
import { getDb } from "~/db/client";
import { gatheringReportFor } from "~/server/domain/network/gathering-report-access";
import type { GatheringReport } from "~/server/domain/network/gathering-report";
import { getRequestUser } from "~/server/auth/session";
import { textResponse } from "./http";
import { filenamePart } from "./labels";

const refusalTexts = {
  unauthorized: { status: 401, text: "Du må logge inn for å laste ned rapporten." },
  forbidden: { status: 403, text: "Du har ikke tilgang til dette nettverket." },
  not_found: { status: 404, text: "Fant ikke samlingen." },
} as const;

/** The samling's report for its exports, or the refusal to send (401, 403 or 404 with a short text). */
export async function loadGatheringReportForExport(
  slug: string,
  gatheringId: string,
): Promise<{ report: GatheringReport; refusal?: never } | { report?: never; refusal: Response }> {
  const user = await getRequestUser();
  const loaded = await gatheringReportFor(getDb(), user?.id ?? null, slug, gatheringId);
  if (loaded.refusal) {
    const { status, text } = refusalTexts[loaded.refusal];
    return { refusal: textResponse(status, text) };
  }
  return { report: loaded.report };
}

/** "agder", "2018-04-17", "pdf" → "samling-agder-2018-04-17.pdf" (ASCII only). */
export const gatheringReportFilename = (report: GatheringReport, extension: "pdf" | "xlsx") =>
  `samling-${filenamePart(report.network.slug)}-${filenamePart(report.gathering.startsOn)}.${extension}`;
