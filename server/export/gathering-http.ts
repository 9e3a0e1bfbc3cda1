import "server-only";
import { getDb } from "~/db/client";
import { gatheringReportFor } from "~/server/domain/network/gathering-report-access";
import type { GatheringReport } from "~/server/domain/network/gathering-report";
import type { Locale } from "~/lib/i18n/locales";
import { translator } from "~/lib/i18n/translate";
import { getRequestUser } from "~/server/auth/session";
import { textResponse } from "./http";
import { filenamePart } from "./labels";

const refusals = {
  unauthorized: { status: 401, key: "unauthorized" },
  forbidden: { status: 403, key: "forbidden" },
  not_found: { status: 404, key: "notFound" },
} as const;

/** The samling's report for its exports, or the refusal to send (401, 403 or 404 with a short text in `locale`). */
export async function loadGatheringReportForExport(
  slug: string,
  gatheringId: string,
  locale: Locale = "nb",
): Promise<{ report: GatheringReport; refusal?: never } | { report?: never; refusal: Response }> {
  const user = await getRequestUser();
  const loaded = await gatheringReportFor(getDb(), user?.id ?? null, slug, gatheringId);
  if (loaded.refusal) {
    const { status, key } = refusals[loaded.refusal];
    return { refusal: textResponse(status, translator(locale, "workshop")(`doc.${key}`)) };
  }
  return { report: loaded.report };
}

/** "agder", "2018-04-17", "pdf" → "samling-agder-2018-04-17.pdf" (ASCII only). */
export const gatheringReportFilename = (report: GatheringReport, extension: "pdf" | "xlsx") =>
  `samling-${filenamePart(report.network.slug)}-${filenamePart(report.gathering.startsOn)}.${extension}`;
