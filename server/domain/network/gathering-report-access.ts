/**
 * Who may read a samling's report: the network's facilitators and the people who may look at
 * the network (a role in or over a member partnership), as on the network page.
 */
import type { Executor } from "~/db/connection";
import { text } from "~/lib/i18n/text";
import { DomainError, forbidden, notFound } from "~/server/domain/errors";
import { canViewNetwork, findNetworkBySlug, loadNetworkAccess } from "./access";
import { loadGatheringReport, type GatheringReport } from "./gathering-report";

export type ReportRefusal = "unauthorized" | "forbidden" | "not_found";

export async function gatheringReportFor(
  db: Executor,
  userId: string | null,
  slug: string,
  gatheringId: string,
): Promise<{ report: GatheringReport; refusal?: never } | { report?: never; refusal: ReportRefusal }> {
  if (!userId) return { refusal: "unauthorized" };
  try {
    const found = await findNetworkBySlug(db, slug);
    if (!found) throw notFound(text("network.errors.networkNotFound"));
    if (!canViewNetwork(await loadNetworkAccess(db, userId, found.id))) throw forbidden();
    return { report: await loadGatheringReport(db, found.id, gatheringId) };
  } catch (error) {
    if (error instanceof DomainError && (error.kind === "not_found" || error.kind === "forbidden")) return { refusal: error.kind };
    throw error;
  }
}
